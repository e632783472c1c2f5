package org.scrutineer.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * Where the servlet container sends an error our handlers did not answer (Camunda's webapps, a filter's
 * sendError): it answers as a problem too, never Spring Boot's error JSON or its Whitelabel page, and without the
 * exception's message. Asked for directly, /error is a page like any other that does not exist: 404.
 */
@RestController
class ErrorPage implements ErrorController {

    @RequestMapping(path = "${server.error.path:/error}", produces = MediaType.ALL_VALUE)
    ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
        HttpStatus status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code
                ? HttpStatus.resolve(code) : null;
        if (status == null || !status.isError()) {
            status = HttpStatus.NOT_FOUND;
        }
        ProblemDetail problem = ProblemAdvice.problem(status, status.getReasonPhrase(), detail(status));
        problem.setInstance(null); // not "/error": the address asked for, when the container says which
        if (request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String path) {
            try {
                problem.setInstance(new URI(null, null, path, null));
            } catch (URISyntaxException e) {
                // an address that is no URI is left unsaid
            }
        }
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private static String detail(HttpStatus status) {
        return switch (status) {
            case NOT_FOUND -> "There is nothing at this address.";
            case UNAUTHORIZED -> "Sign in first.";
            case FORBIDDEN -> "You may not do this.";
            case METHOD_NOT_ALLOWED -> "This address does not take that method.";
            case BAD_REQUEST -> "The request is malformed.";
            default -> status.is5xxServerError()
                    ? "Something went wrong on our side; nothing you sent was kept. The log has the details."
                    : status.getReasonPhrase() + ".";
        };
    }
}
