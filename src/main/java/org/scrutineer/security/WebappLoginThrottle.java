package org.scrutineer.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.scrutineer.web.ProblemWriter;
import org.scrutineer.web.ReplayedRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * The Camunda webapps' own login ({@code POST /camunda/api/admin/auth/user/{engine}/login/{app}}, a form with
 * {@code username} and {@code password}) checks passwords itself, out of Spring Security's reach, so the
 * {@link SignInThrottle} is applied around it: a throttled attempt is answered 429 before the password is checked,
 * and the login's answer says how an admitted one went (401: wrong password; 2xx: signed in).
 */
class WebappLoginThrottle extends OncePerRequestFilter {

    /** A login form is a user id and a password; anything longer is not one. */
    static final int MAX_FORM_BYTES = 8 * 1024;

    private static final RequestMatcher LOGIN = PathPatternRequestMatcher.withDefaults()
            .matcher(org.springframework.http.HttpMethod.POST, "/camunda/api/admin/auth/user/*/login/*");

    private final SignInThrottle throttle;
    private final ObjectMapper json;

    WebappLoginThrottle(SignInThrottle throttle, ObjectMapper json) {
        this.throttle = throttle;
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !LOGIN.matches(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        byte[] form = request.getInputStream().readNBytes(MAX_FORM_BYTES + 1);
        if (form.length > MAX_FORM_BYTES) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.PAYLOAD_TOO_LARGE,
                    "A sign-in form is a user id and a password, at most " + MAX_FORM_BYTES + " bytes.");
            ProblemWriter.write(response, HttpStatus.PAYLOAD_TOO_LARGE, problem, json);
            return;
        }
        String username = username(form);
        if (username.isEmpty() && form.length == 0) {
            // something before us read the form as parameters, and with it the body: the name is still there
            username = Objects.requireNonNullElse(request.getParameter("username"), "");
        }
        SignInThrottle.Attempt attempt = throttle.admit(username, request.getRemoteAddr());
        if (!attempt.admitted()) {
            SignInThrottled throttled = new SignInThrottled(attempt.retryAfter());
            ProblemWriter.write(response, HttpStatus.TOO_MANY_REQUESTS, throttled.answer(response), json);
            return;
        }
        try {
            chain.doFilter(new ReplayedRequest(request, form), response);
        } catch (IOException | ServletException | RuntimeException e) {
            attempt.abandoned();
            throw e;
        }
        int status = response.getStatus();
        if (status == HttpServletResponse.SC_UNAUTHORIZED) {
            attempt.failed();
        } else if (status >= 200 && status < 300) {
            attempt.succeeded();
        } else {
            attempt.abandoned(); // refused before the password was looked at (its CSRF token, an unknown engine)
        }
    }

    private static String username(byte[] form) {
        for (String pair : new String(form, StandardCharsets.ISO_8859_1).split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0 && pair.substring(0, equals).equals("username")) {
                try {
                    return URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
                } catch (IllegalArgumentException malformed) {
                    return pair.substring(equals + 1);
                }
            }
        }
        return "";
    }
}
