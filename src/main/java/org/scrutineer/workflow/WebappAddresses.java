package org.scrutineer.workflow;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Answers 404 for a webapp or engine that does not exist, before Camunda's ProcessEnginesFilter sees it: that
 * filter serves /camunda/app/{app}/{engine}/ by looking the engine up, and for an unknown one (or an unknown app)
 * fails with a NullPointerException, a 500 for anyone who types a wrong address.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class WebappAddresses extends OncePerRequestFilter {

    private static final String APPS_ROOT = "/camunda/app/";
    private static final Set<String> APPS = Set.of("admin", "cockpit", "tasklist", "welcome");
    /** {app}, and an engine's page: a second segment without a dot (a file has one), then nothing or index.html. */
    private static final Pattern APP_PAGE = Pattern.compile("([^/]+)(?:/([^/.]+)(?:/(?:index\\.html)?)?)?(/.*)?");

    private final String engineName;
    private final ObjectMapper json;

    WebappAddresses(ProcessEngine engine, ObjectMapper json) {
        this.engineName = engine.getName();
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !path(request).startsWith(APPS_ROOT);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Matcher address = APP_PAGE.matcher(path(request).substring(APPS_ROOT.length()));
        if (address.matches()) {
            String app = address.group(1);
            String engine = address.group(2);
            boolean enginePage = engine != null && address.group(3) == null;
            if (!APPS.contains(app)) {
                refuse(response, "There is no webapp '" + app + "'; there are " + String.join(", ", APPS.stream().sorted().toList()) + ".");
                return;
            }
            if (enginePage && !engine.equals(engineName)) {
                refuse(response, "There is no engine '" + engine + "'; this server runs '" + engineName + "'.");
                return;
            }
        }
        chain.doFilter(request, response);
    }

    private void refuse(HttpServletResponse response, String detail) throws IOException {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, detail);
        problem.setTitle("Not found");
        response.setStatus(HttpStatus.NOT_FOUND.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
