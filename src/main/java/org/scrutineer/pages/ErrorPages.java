package org.scrutineer.pages;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.scrutineer.web.ApiPaths;
import org.springframework.boot.autoconfigure.web.servlet.error.ErrorViewResolver;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

import java.util.Map;

/**
 * A browser that meets an error outside the APIs (a page that does not exist, a refusal by a filter) gets a page,
 * not JSON. The APIs' own paths keep answering with problem documents whatever the client accepts.
 */
@Component
class ErrorPages implements ErrorViewResolver {

    private final PageAdvice pages;

    ErrorPages(PageAdvice pages) {
        this.pages = pages;
    }

    @Override
    public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = uri instanceof String p ? p : "";
        if (ApiPaths.contains(path) || path.startsWith("/camunda/")) {
            return null;
        }
        return view(status, null, pages.me(SecurityContextHolder.getContext().getAuthentication()));
    }

    static ModelAndView page(HttpStatus status, String message, SignedIn me, HttpServletResponse response) {
        response.setStatus(status.value());
        return view(status, message, me);
    }

    private static ModelAndView view(HttpStatus status, String message, SignedIn me) {
        ModelAndView page = new ModelAndView("error", status);
        page.addObject("status", status.value());
        page.addObject("heading", heading(status));
        page.addObject("message", message != null ? message : explanation(status));
        page.addObject("me", me);
        return page;
    }

    private static String heading(HttpStatus status) {
        return switch (status) {
            case NOT_FOUND -> "Page not found";
            case FORBIDDEN -> "You cannot open this page";
            case BAD_REQUEST -> "That could not be done";
            case CONFLICT -> "Someone got there first";
            case PAYLOAD_TOO_LARGE -> "What you sent is too large";
            case INTERNAL_SERVER_ERROR -> "Sorry, there is a problem with Scrutineer";
            default -> status.getReasonPhrase();
        };
    }

    private static String explanation(HttpStatus status) {
        return switch (status) {
            case NOT_FOUND -> "If you typed the web address, check it is correct. If you followed a link, what it led to"
                    + " may have been done or withdrawn since.";
            case FORBIDDEN -> "You are signed in, but this page is not part of your work in Scrutineer: it is for another"
                    + " role, or for the person a task was given to. Your own work is on your home page.";
            case PAYLOAD_TOO_LARGE -> "Nothing was kept. A letter's file may be at most 20 MB: go back and upload only"
                    + " the letter, not a whole report, or paste its text.";
            case INTERNAL_SERVER_ERROR -> "Nothing you sent was kept. Try again later; if it keeps happening, tell your administrator.";
            default -> "Go back and try again.";
        };
    }
}
