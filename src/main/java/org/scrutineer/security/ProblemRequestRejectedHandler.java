package org.scrutineer.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.stereotype.Component;

import java.io.IOException;

/**
 * The firewall in front of everything refuses addresses with encoded slashes, dots, percent signs or control
 * characters (path tricks); it answers with a problem like every other refusal instead of an empty 400.
 */
@Component
class ProblemRequestRejectedHandler implements RequestRejectedHandler {

    private final ObjectMapper json;

    ProblemRequestRejectedHandler(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, RequestRejectedException e)
            throws IOException {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "The address has characters we do not accept in a path (encoded slashes, dots, percent signs or"
                        + " control characters); use the ids the API gives.");
        problem.setTitle("Invalid address");
        ProblemWriter.write(response, HttpStatus.BAD_REQUEST, problem, json);
    }
}
