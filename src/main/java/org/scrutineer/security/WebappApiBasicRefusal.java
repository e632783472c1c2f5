package org.scrutineer.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.scrutineer.web.ProblemWriter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * Tasklist's engine API ({@code /camunda/api/engine}) signs in only with the webapps' session: no security chain of
 * ours guards it, and Camunda's own filter asks for the session before it looks for a user, so every request there
 * without one was given a new session, a script's HTTP Basic request included, only to be told 401. A request that
 * brings credentials and no session is a script: it is told where Basic is taken, and given no session to keep.
 * A browser signed in to Tasklist has its session and passes, whatever else it sends.
 */
class WebappApiBasicRefusal extends OncePerRequestFilter {

    private final ObjectMapper json;

    WebappApiBasicRefusal(ObjectMapper json) {
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return request.getHeader(HttpHeaders.AUTHORIZATION) == null || request.getSession(false) != null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED,
                "Tasklist's API takes no HTTP Basic: sign in to Tasklist, or use /api (and, for administrators,"
                        + " /engine-rest), which take it.");
        problem.setTitle("Sign in first");
        // no WWW-Authenticate: a browser would offer a Basic sign-in this door would not take
        ProblemWriter.write(response, HttpStatus.UNAUTHORIZED, problem, json);
    }
}
