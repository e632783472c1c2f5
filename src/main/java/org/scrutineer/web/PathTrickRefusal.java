package org.scrutineer.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * An address with a path parameter ({@code ;x=1}) or an empty segment ({@code //}) is refused (400 problem) before
 * anything reads it. Spring Security's firewall refuses both, but only once a request reaches it: at Camunda's
 * servlets ({@code /engine-rest;x=1/task}, {@code /camunda/api//cockpit/...}) Spring's own path filter failed on
 * them first, a 500 with an ERROR stack trace for any stranger.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class PathTrickRefusal extends OncePerRequestFilter {

    private final ObjectMapper json;

    PathTrickRefusal(ObjectMapper json) {
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI();
        if (path.contains(";") || path.contains("//")) {
            ProblemWriter.write(response, HttpStatus.BAD_REQUEST, ProblemAdvice.problem(HttpStatus.BAD_REQUEST,
                    "Invalid address", "The address has a path parameter (;) or an empty segment (//), which no door"
                            + " takes; use the addresses the API gives."), json);
            return;
        }
        chain.doFilter(request, response);
    }
}
