package org.scrutineer.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.autoconfigure.web.servlet.error.ErrorViewResolver;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.View;

import java.io.IOException;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Someone signed in who is not an administrator, opening Cockpit or Admin, is told whose apps they are and where
 * their own tasks are: as a page when the browser opens the app (Camunda's webapps refuse it with a bare 403, which
 * Spring Boot would show as its Whitelabel error page), and as a problem when something calls the apps' APIs.
 */
@Component
class AdminAppsRefusal implements ErrorViewResolver, AccessDeniedHandler {

    private static final String TASKLIST = "/camunda/app/tasklist/";

    private static final Pattern ADMIN_APPS = Pattern.compile("/camunda/app/(cockpit|admin)/.*");

    private static final String PAGE = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Cockpit and Admin are for administrators</title>
            <style>body{font-family:system-ui,sans-serif;max-width:36rem;margin:4rem auto;padding:0 1rem;line-height:1.5}</style>
            </head>
            <body>
            <h1>Cockpit and Admin are for administrators</h1>
            <p>You are signed in, but these apps are open only to the camunda-admin group.</p>
            <p>Your tasks are in <a href="%s">Tasklist</a>.</p>
            <p>If your work needs Cockpit or Admin, ask an administrator.</p>
            </body>
            </html>
            """.formatted(TASKLIST);

    private final ObjectMapper json;

    AdminAppsRefusal(ObjectMapper json) {
        this.json = json;
    }

    /** The page, for Camunda's refusal of a Cockpit or Admin page; {@literal null} (not ours) for any other error. */
    @Override
    public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
        boolean ours = status == HttpStatus.FORBIDDEN
                && request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String uri
                && ADMIN_APPS.matcher(uri).matches();
        return ours ? new ModelAndView(new Page()) : null; // the error controller has set the status
    }

    /** The problem, for the guard on Cockpit's and Admin's APIs. */
    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
                "Cockpit and Admin are for administrators (the camunda-admin group). Your tasks are in Tasklist: "
                        + TASKLIST);
        problem.setTitle("For administrators only");
        ProblemWriter.write(response, HttpStatus.FORBIDDEN, problem, json);
    }

    private static final class Page implements View {

        @Override
        public String getContentType() {
            return "text/html;charset=UTF-8";
        }

        @Override
        public void render(Map<String, ?> model, HttpServletRequest request, HttpServletResponse response)
                throws IOException {
            response.setContentType(getContentType());
            response.getWriter().write(PAGE);
        }
    }
}
