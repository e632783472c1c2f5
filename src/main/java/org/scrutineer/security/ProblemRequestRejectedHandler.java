package org.scrutineer.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.scrutineer.web.ProblemWriter;
import org.scrutineer.web.UntakenMethod;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.stereotype.Component;

import java.io.IOException;

/**
 * The firewall in front of everything refuses addresses with encoded slashes, dots, percent signs or control
 * characters (path tricks), and methods no door takes; it answers with a problem like every other refusal instead of an
 * empty 400: a 405 for the method, a 400 for the address.
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
        if (!UntakenMethod.taken(request.getMethod())) {
            // the firewall refuses a method it does not know before anything else: not the address's fault
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.METHOD_NOT_ALLOWED,
                    UntakenMethod.detail(request.getMethod()));
            problem.setTitle(UntakenMethod.TITLE);
            response.setHeader(HttpHeaders.ALLOW, UntakenMethod.ALLOW);
            ProblemWriter.write(response, HttpStatus.METHOD_NOT_ALLOWED, problem, json);
            return;
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "The address has characters we do not accept in a path (encoded slashes, dots, percent signs or"
                        + " control characters); use the ids the API gives.");
        problem.setTitle("Invalid address");
        ProblemWriter.write(response, HttpStatus.BAD_REQUEST, problem, json);
    }
}
