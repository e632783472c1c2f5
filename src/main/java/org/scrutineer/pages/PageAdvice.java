package org.scrutineer.pages;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletResponse;
import org.scrutineer.people.People;
import org.scrutineer.web.BadRequest;
import org.scrutineer.web.Conflict;
import org.scrutineer.web.Forbidden;
import org.scrutineer.web.NotFound;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.web.ErrorResponse;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.ModelAndView;

/**
 * What every page gets: who is signed in ({@code me}), and a failure answered as a page a person can act on,
 * with the status the API would give, never a stack trace or the API's problem JSON.
 */
@ControllerAdvice(annotations = PageController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class PageAdvice {

    private static final Logger log = LoggerFactory.getLogger(PageAdvice.class);

    private final People people;

    PageAdvice(People people) {
        this.people = people;
    }

    @ModelAttribute("me")
    SignedIn me(Authentication user) {
        return user == null || user instanceof AnonymousAuthenticationToken ? null
                : SignedIn.of(user, people.displayName(user.getName()));
    }

    @ExceptionHandler(NotFound.class)
    ModelAndView notFound(NotFound e, Authentication user, HttpServletResponse response) {
        ModelAndView page = ErrorPages.page(HttpStatus.NOT_FOUND, e.getMessage(), me(user), response);
        if (e.title() != null) {
            page.addObject("heading", e.title());
        }
        return page;
    }

    @ExceptionHandler(Forbidden.class)
    ModelAndView forbidden(Forbidden e, Authentication user, HttpServletResponse response) {
        return ErrorPages.page(HttpStatus.FORBIDDEN, e.getMessage(), me(user), response);
    }

    @ExceptionHandler(BadRequest.class)
    ModelAndView badRequest(BadRequest e, Authentication user, HttpServletResponse response) {
        return ErrorPages.page(HttpStatus.BAD_REQUEST, e.getMessage(), me(user), response);
    }

    @ExceptionHandler({Conflict.class, OptimisticLockingFailureException.class,
            org.camunda.bpm.engine.OptimisticLockingException.class})
    ModelAndView conflict(RuntimeException e, Authentication user, HttpServletResponse response) {
        String message = e instanceof Conflict ? e.getMessage()
                : "Someone else changed this at the same time; go back, reload and try again.";
        return ErrorPages.page(HttpStatus.CONFLICT, message, me(user), response);
    }

    /** An address the page does not take (a letter with {@code ?page=abc}, a method it has no form for): its status. */
    @ExceptionHandler({ServletException.class, ErrorResponseException.class, TypeMismatchException.class})
    ModelAndView badAddress(Exception e, Authentication user, HttpServletResponse response) {
        if (e instanceof ErrorResponse answer) {
            return ErrorPages.page(HttpStatus.valueOf(answer.getStatusCode().value()), null, me(user), response);
        }
        return e instanceof TypeMismatchException ? ErrorPages.page(HttpStatus.BAD_REQUEST, null, me(user), response)
                : unexpected(e, user, response);
    }

    @ExceptionHandler(Exception.class)
    ModelAndView unexpected(Exception e, Authentication user, HttpServletResponse response) {
        log.error("Unexpected failure on a page", e);
        return ErrorPages.page(HttpStatus.INTERNAL_SERVER_ERROR, null, me(user), response);
    }
}
