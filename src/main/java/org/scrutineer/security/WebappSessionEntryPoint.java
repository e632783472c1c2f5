package org.scrutineer.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.scrutineer.web.ProblemWriter;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.stereotype.Component;

import java.io.IOException;

/**
 * 401 for Cockpit's and Admin's APIs, as an RFC 9457 problem with no Basic challenge: those APIs know only the
 * webapps' session, so a challenge would only make the browser of someone whose session ended pop up a login box
 * that signs in nowhere. The apps answer a 401 themselves, with their own login page.
 */
@Component
class WebappSessionEntryPoint implements AuthenticationEntryPoint {

    private final ObjectMapper json;

    WebappSessionEntryPoint(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED,
                "Not signed in, or the session has ended: sign in again on the Cockpit or Admin login page.");
        problem.setTitle("Authentication required");
        ProblemWriter.write(response, HttpStatus.UNAUTHORIZED, problem, json);
    }
}
