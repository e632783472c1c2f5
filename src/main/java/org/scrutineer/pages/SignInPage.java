package org.scrutineer.pages;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.scrutineer.security.SignInThrottle;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * One sign-in for everything a browser opens: our pages, {@code /api} reads, and, for administrators, Camunda's
 * webapps. It signs the person in exactly as the webapps' own login does, into the webapps' session
 * ({@link AuthenticationUtil#revalidateSession}, which also gives the session a new id), so Cockpit and Admin find
 * them signed in, and signing out anywhere ends that one session everywhere.
 */
@PageController
class SignInPage {

    private static final int MAX_FIELD_LENGTH = 200;

    private final ProcessEngine engine;
    private final SignInThrottle throttle;

    SignInPage(ProcessEngine engine, SignInThrottle throttle) {
        this.engine = engine;
        this.throttle = throttle;
    }

    @GetMapping("/login")
    String form(@RequestParam(required = false) String next, Authentication user, Model model) {
        if (user != null && !(user instanceof AnonymousAuthenticationToken)) {
            return "redirect:" + LocalPaths.orHome(next);
        }
        model.addAttribute("next", LocalPaths.orHome(next));
        return "pages/login";
    }

    @PostMapping("/login")
    String signIn(@RequestParam(defaultValue = "") String username, @RequestParam(defaultValue = "") String password,
                  @RequestParam(required = false) String next, HttpServletRequest request,
                  HttpServletResponse response, Model model) {
        model.addAttribute("next", LocalPaths.orHome(next));
        model.addAttribute("username", username.length() > MAX_FIELD_LENGTH ? "" : username);
        if (username.isBlank() || password.isEmpty() || username.length() > MAX_FIELD_LENGTH
                || password.length() > MAX_FIELD_LENGTH) {
            return refused(response, HttpStatus.BAD_REQUEST, "Enter your user name and your password.", model);
        }
        SignInThrottle.Attempt attempt = throttle.admit(username, request.getRemoteAddr());
        if (!attempt.admitted()) {
            long seconds = Math.max(1, (attempt.retryAfter().toMillis() + 999) / 1000);
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds)); // as the API's 429 says it
            return refused(response, HttpStatus.TOO_MANY_REQUESTS, "Too many failed sign-ins lately: wait " + seconds
                    + " seconds and try again. Your account is not locked.", model);
        }
        boolean valid;
        try {
            valid = engine.getIdentityService().checkPassword(username, password);
        } catch (RuntimeException e) {
            attempt.abandoned();
            throw e;
        }
        if (!valid) {
            attempt.failed();
            return refused(response, HttpStatus.UNAUTHORIZED, "The user name or password is not right.", model);
        }
        attempt.succeeded();
        AuthenticationUtil.revalidateSession(request, AuthenticationUtil.createAuthentication(engine, username));
        return "redirect:" + LocalPaths.orHome(next);
    }

    /** Ends the one session: our pages, the API's browser reads and the webapps all sign out together. */
    @PostMapping("/logout")
    String signOut(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        return "redirect:/login?signedOut";
    }

    private static String refused(HttpServletResponse response, HttpStatus status, String message, Model model) {
        response.setStatus(status.value());
        model.addAttribute("error", message);
        return "pages/login";
    }
}
