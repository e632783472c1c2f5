package org.scrutineer.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.autoconfigure.web.servlet.error.ErrorViewResolver;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.ModelAndView;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Map;

/**
 * Where the servlet container sends an error our handlers did not answer (Camunda's webapps, a filter's
 * sendError): it answers as a problem too, never Spring Boot's error JSON or its Whitelabel page, and without the
 * exception's message; a browser gets a page only where an {@link ErrorViewResolver} has one for the error (the
 * webapps' refusals). Asked for directly, /error is a page like any other that does not exist: 404.
 */
@Controller
class ErrorPage implements ErrorController {

    private final List<ErrorViewResolver> pages;
    private final ObjectMapper json;

    ErrorPage(List<ErrorViewResolver> pages, ObjectMapper json) {
        this.pages = pages;
        this.json = json;
    }

    @RequestMapping(path = "${server.error.path:/error}", produces = MediaType.TEXT_HTML_VALUE)
    ModelAndView page(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HttpStatus status = statusOf(request);
        for (ErrorViewResolver resolver : pages) {
            ModelAndView page = resolver.resolveErrorView(request, status, Map.of());
            if (page != null) {
                response.setStatus(status.value());
                return page;
            }
        }
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem(request, status));
        return null;
    }

    @RequestMapping(path = "${server.error.path:/error}")
    @ResponseBody
    ResponseEntity<ProblemDetail> problem(HttpServletRequest request) {
        HttpStatus status = statusOf(request);
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem(request, status));
    }

    /** The error's status; 404 when there is none, as when /error is asked for directly. */
    private static HttpStatus statusOf(HttpServletRequest request) {
        HttpStatus status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code
                ? HttpStatus.resolve(code) : null;
        return status == null || !status.isError() ? HttpStatus.NOT_FOUND : status;
    }

    private static ProblemDetail problem(HttpServletRequest request, HttpStatus status) {
        ProblemDetail problem = ProblemAdvice.problem(status, status.getReasonPhrase(), detail(status));
        problem.setInstance(null); // not "/error": the address asked for, when the container says which
        if (request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String path) {
            try {
                problem.setInstance(new URI(null, null, path, null));
            } catch (URISyntaxException e) {
                // an address that is no URI is left unsaid
            }
        }
        return problem;
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
