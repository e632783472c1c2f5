package org.scrutineer.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.scrutineer.web.ProblemWriter;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.stereotype.Component;

import java.io.IOException;

/**
 * 401 as an RFC 9457 problem, with the Basic challenge so browsers and curl know to send credentials; 429 with
 * Retry-After while sign-ins for the user or from the address are slowed down.
 */
@Component
class ProblemAuthenticationEntryPoint implements AuthenticationEntryPoint {

    private final ObjectMapper json;

    ProblemAuthenticationEntryPoint(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        if (e instanceof SignInThrottled throttled) {
            ProblemWriter.write(response, HttpStatus.TOO_MANY_REQUESTS, throttled.answer(response), json);
            return;
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED,
                "Sign in with HTTP Basic: a user id and password known to the engine's identity service.");
        problem.setTitle("Authentication required");
        response.setHeader("WWW-Authenticate", "Basic realm=\"scrutineer\"");
        ProblemWriter.write(response, HttpStatus.UNAUTHORIZED, problem, json);
    }
}
