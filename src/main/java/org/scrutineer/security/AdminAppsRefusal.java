package org.scrutineer.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;

import java.io.IOException;


/**
 * Someone signed in who is not an administrator, calling Cockpit's or Admin's APIs, is told whose apps they are
 * and where their own work is, as a problem (opening the apps themselves, they are sent there).
 */
@Component
class AdminAppsRefusal implements AccessDeniedHandler {

    private final ObjectMapper json;

    AdminAppsRefusal(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
                "Cockpit and Admin are for administrators (the camunda-admin group). Your own work is on Scrutineer's"
                        + " home page: /");
        problem.setTitle("For administrators only");
        ProblemWriter.write(response, HttpStatus.FORBIDDEN, problem, json);
    }
}
