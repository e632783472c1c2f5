package org.scrutineer.workflow;

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

        private final ObjectMapper json;
        private final TaskService tasks;

        RefusalFilter(ObjectMapper json, TaskService tasks) {
            this.json = json;
            this.tasks = tasks;
        }

        @Override
        protected boolean shouldNotFilter(HttpServletRequest request) {
            return !List.of("POST", "PUT", "DELETE").contains(request.getMethod());
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
            chain.doFilter(request, wrapper);
            RuntimeException refusal = wrapper.getStatus() < 500 ? null
                    : request.getAttribute(Refusals.ATTRIBUTE) instanceof RuntimeException remembered ? remembered
                    : completedAlready(request.getRequestURI());
            if (refusal != null) {
                wrapper.resetBuffer();
                ProblemDetail problem = problemFor(refusal);
                problem.setProperty("message", refusal.getMessage()); // what Tasklist shows
                wrapper.setStatus(problem.getStatus());
                wrapper.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
                json.writeValue(wrapper.getOutputStream(), problem);
            }
            wrapper.copyBodyToResponse();
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
