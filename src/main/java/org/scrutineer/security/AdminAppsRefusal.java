package org.scrutineer.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.scrutineer.web.ProblemWriter;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;

import java.io.IOException;


/**
 * Someone signed in who is not an administrator, calling Cockpit's or Admin's APIs, or an operation of the engine's
 * API that Tasklist does not use, is told whose it is and where their own work is, as a problem (opening the apps
 * themselves, they are sent there).
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
        String whose = request.getRequestURI().startsWith("/camunda/api/engine/")
                ? request.getMethod() + " " + request.getRequestURI() + " is for administrators (the camunda-admin group):"
                        + " Tasklist lets you read and work on your tasks, their comments, your profile and password."
                : "Cockpit and Admin are for administrators (the camunda-admin group).";
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
                whose + " Your own work is on Scrutineer's home page: /");
        problem.setTitle("For administrators only");
        ProblemWriter.write(response, HttpStatus.FORBIDDEN, problem, json);
    }
}
