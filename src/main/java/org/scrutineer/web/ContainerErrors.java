package org.scrutineer.web;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * Tomcat refuses some requests before any servlet or filter sees them (an address with a stray '%', an invalid
 * header) and answers those with its own HTML page. This has it answer them as a problem, like everything else.
 */
@Component
class ContainerErrors implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        // set on the host before it starts, which is when it adds its error report valve
        factory.addContextCustomizers(context -> ((org.apache.catalina.core.StandardHost) context.getParent())
                .setErrorReportValveClass(ProblemReportValve.class.getName()));
    }

    /** Writes the container's own error answers as RFC 9457 problems, without the exception's message. */
    public static class ProblemReportValve extends ErrorReportValve {

        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            int status = response.getStatus();
            if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
                return;
            }
            HttpStatus known = HttpStatus.resolve(status);
            String title = known != null ? known.getReasonPhrase() : "Error";
            String detail = status == 400 ? "The request is malformed: its address or headers cannot be read."
                    : status >= 500 ? "Something went wrong on our side; nothing you sent was kept." : title + ".";
            if ((status == 405 || status == 501) && !UntakenMethod.taken(request.getMethod())) {
                // Tomcat answers CONNECT 501 and TRACE 405 itself: a method no door takes, the client's to change
                status = 405;
                response.setStatus(status);
                title = UntakenMethod.TITLE;
                detail = UntakenMethod.detail(request.getMethod());
                if (response.getHeader("Allow") == null) {
                    response.setHeader("Allow", UntakenMethod.ALLOW);
                }
            }
            try {
                response.setContentType("application/problem+json");
                response.setCharacterEncoding(StandardCharsets.UTF_8.name());
                Writer writer = response.getReporter();
                if (writer != null) {
                    writer.write("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status
                            + ",\"detail\":\"" + detail + "\"}");
                    response.finishResponse();
                }
            } catch (IOException | IllegalStateException e) {
                // the client has gone, or the answer was under way: nothing more to say
            }
        }
    }
}
