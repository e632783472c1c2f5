package org.scrutineer.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.List;

/**
 * A check of a JSON body sent to write, made before anything else reads it: the body is read once (past the size
 * limit as it streams in, 413), refused with a 400 problem when {@link #refusal} says why, else served again to
 * what comes after.
 */
abstract class JsonBodyCheck extends OncePerRequestFilter {

    private final ObjectMapper json;

    JsonBodyCheck(ObjectMapper json) {
        this.json = json;
    }

    /** Why the body is refused, in a sentence; {@literal null} to let it through. */
    abstract String refusal(byte[] body);

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !List.of("POST", "PUT", "PATCH").contains(request.getMethod())
                || request.getContentType() == null || !request.getContentType().contains("json");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        byte[] body;
        try {
            body = request.getInputStream().readAllBytes();
        } catch (RequestSizeLimit.BodyTooLarge tooLarge) {
            // a body sent without its length, past the limit as it streams in
            response.setStatus(HttpStatus.PAYLOAD_TOO_LARGE.value());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            json.writeValue(response.getOutputStream(), RequestSizeLimit.tooLarge(tooLarge.maxBytes));
            return;
        }
        String refusal = refusal(body);
        if (refusal != null) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            json.writeValue(response.getOutputStream(), ProblemAdvice.problem(HttpStatus.BAD_REQUEST,
                    "Invalid request", refusal));
            return;
        }
        chain.doFilter(new ReplayedRequest(request, body), response);
    }
}
