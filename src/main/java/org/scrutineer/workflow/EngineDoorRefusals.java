package org.scrutineer.workflow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.camunda.bpm.engine.TaskService;
import org.scrutineer.web.BadRequest;
import org.scrutineer.web.Forbidden;
import org.scrutineer.web.NotFound;
import org.scrutineer.web.Refusals;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

import java.io.IOException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Camunda's REST doors (/engine-rest, and Tasklist's /camunda/api/engine) answer any exception from a task
 * listener or {@link DoorGuard} with 500, wrapped in engine text. When one of ours refused a request, this answers
 * as our API does instead: 400 naming each field when the form check refused it, 403 when it was not the caller's
 * to do, 409 when another completion of the task was under way, 404 when it had already completed the task; an
 * RFC 9457 problem, still with Camunda's {@code message} for Tasklist.
 * <p>
 * Every other error the doors answer is a problem too, without the exception's class: a request the engine cannot
 * do (a body or field left out, a query it refuses, a value of the wrong kind in the address, which the doors
 * answered 500, or 404) is a 400 ({@link EngineMistakes}); a failure of the server's own stays a 500 and says
 * nothing of its cause. The webapps' engine API cannot hold a request open, so external tasks are fetched at
 * /engine-rest only (there a worker's long poll made a 500 and an error in the log).
 */
@Configuration(proxyBeanMethods = false)
class EngineDoorRefusals {

    @Bean
    FilterRegistrationBean<RefusalFilter> engineDoorRefusalFilter(ObjectMapper json, TaskService tasks) {
        FilterRegistrationBean<RefusalFilter> registration = new FilterRegistrationBean<>(new RefusalFilter(json, tasks));
        registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
        return registration;
    }

    static final class RefusalFilter extends OncePerRequestFilter {
        /** Completing a task, through /engine-rest or Tasklist's API: …/task/{id}/complete or …/submit-form. */
        private static final Pattern COMPLETION = Pattern.compile(".*/task/([^/]+)/(complete|submit-form)");
        private static final String FETCH_AND_LOCK = "/external-task/fetchAndLock";

        private final ObjectMapper json;
        private final TaskService tasks;

        RefusalFilter(ObjectMapper json, TaskService tasks) {
            this.json = json;
            this.tasks = tasks;
        }

        @Override
        protected boolean shouldNotFilter(HttpServletRequest request) {
            // a worker's long poll at /engine-rest answers after this filter has returned: nothing to rewrite then
            return request.getRequestURI().endsWith(FETCH_AND_LOCK) && request.getRequestURI().startsWith("/engine-rest/");
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            if (request.getRequestURI().endsWith(FETCH_AND_LOCK)) {
                write(response, problem(HttpStatus.BAD_REQUEST, "External tasks are fetched and locked at /engine-rest,"
                        + " which can hold a worker's request open; this API cannot."));
                return;
            }
            ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
            chain.doFilter(request, wrapper);
            boolean failed = wrapper.getStatus() >= 500 && List.of("POST", "PUT", "DELETE").contains(request.getMethod());
            RuntimeException refusal = failed && request.getAttribute(Refusals.ATTRIBUTE) instanceof RuntimeException remembered
                    ? remembered
                    // a task completed meanwhile also takes its assignee's right to work it with it: not theirs, but gone
                    : failed || wrapper.getStatus() == 403 ? completedAlready(request.getRequestURI()) : null;
            ProblemDetail problem = refusal != null ? problemFor(refusal) : enginesError(wrapper);
            if (problem != null) {
                if (refusal != null) {
                    problem.setProperty("message", refusal.getMessage()); // what Tasklist shows
                }
                wrapper.resetBuffer();
                write(wrapper, problem);
            }
            wrapper.copyBodyToResponse();
        }

        private void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
            response.setStatus(problem.getStatus());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            json.writeValue(response.getOutputStream(), problem);
        }

        /**
         * The doors' own answer to an exception ({@code {"type": "NullPointerException", "message": ...}}) as a problem
         * without the exception's class, 400 when the request caused it; {@literal null} for any other answer.
         */
        private ProblemDetail enginesError(ContentCachingResponseWrapper answer) {
            String type = answer.getContentType();
            if (answer.getStatus() < 400 || type == null || !MediaType.APPLICATION_JSON.isCompatibleWith(MediaType.parseMediaType(type))) {
                return null;
            }
            JsonNode error;
            try {
                error = json.readTree(answer.getContentAsByteArray());
            } catch (IOException | RuntimeException notJson) {
                return null;
            }
            if (error == null || !error.path("type").isTextual()) {
                return null;
            }
            String exception = error.path("type").asText();
            String message = error.path("message").isTextual() ? error.path("message").asText() : null;
            if (exception.equals("QueryParamException") || exception.equals("PathParamException")) {
                return problem(HttpStatus.BAD_REQUEST, "A value in the address is not of its kind: a number too large"
                        + " or not a number where one belongs (firstResult and maxResults are whole numbers up to 2147483647).");
            }
            HttpStatus status = HttpStatus.resolve(answer.getStatus());
            if (status == null || status.is5xxServerError() && EngineMistakes.sendersMistake(exception, message)) {
                status = HttpStatus.BAD_REQUEST;
            }
            String readable = EngineMistakes.readable(message);
            if (status.is5xxServerError()) {
                return problem(status, "Something went wrong on our side; nothing you sent was kept. The log has the details.");
            }
            return problem(status, readable != null ? readable : status == HttpStatus.BAD_REQUEST
                    ? "The engine cannot do this request: a body or a field it needs is missing, or not of its kind."
                    : status.getReasonPhrase() + ".");
        }

        private static ProblemDetail problem(HttpStatus status, String detail) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
            problem.setTitle(status == HttpStatus.BAD_REQUEST ? "Invalid request" : status.getReasonPhrase());
            problem.setProperty("message", detail); // what Tasklist shows
            return problem;
        }

        /**
         * A completion of a task someone else completed first (a second tab, a double click): the engine answers
         * that with 500, "task is null"; our API with 404.
         */
        private NotFound completedAlready(String path) {
            Matcher completion = COMPLETION.matcher(path);
            if (!completion.matches() || tasks.createTaskQuery().taskId(completion.group(1)).count() > 0) {
                return null;
            }
            return new NotFound("No open task has id '" + completion.group(1) + "'; it was completed already,"
                    + " perhaps in another tab. What you sent was not kept.");
        }

        private static ProblemDetail problemFor(RuntimeException refusal) {
            if (refusal instanceof BadRequest invalid) {
                ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, invalid.getMessage());
                problem.setTitle("Invalid request");
                problem.setProperty("errors", invalid.errors());
                return problem;
            }
            if (refusal instanceof Forbidden) {
                ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, refusal.getMessage());
                problem.setTitle("Forbidden");
                return problem;
            }
            boolean gone = refusal instanceof NotFound;
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(gone ? HttpStatus.NOT_FOUND : HttpStatus.CONFLICT,
                    refusal.getMessage());
            problem.setTitle(gone ? "Not found" : "Conflict");
            return problem;
        }
    }
}
