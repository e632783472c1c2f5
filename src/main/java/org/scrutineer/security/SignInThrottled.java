package org.scrutineer.security;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.AuthenticationException;

import java.time.Duration;

/** Too many failed sign-ins for this user or from this address lately: answered 429 with Retry-After. */
class SignInThrottled extends AuthenticationException {

    private final Duration retryAfter;

    SignInThrottled(Duration retryAfter) {
        super("too many failed sign-ins; retry after " + retryAfter);
        this.retryAfter = retryAfter;
    }

    /** The 429 problem, and Retry-After in whole seconds (at least one) on the response. */
    ProblemDetail answer(HttpServletResponse response) {
        long seconds = Math.max(1, (retryAfter.toMillis() + 999) / 1000);
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS,
                "Too many failed sign-ins for this user or from this address: try again in " + seconds + " s."
                        + " The account is not locked; an administrator can lift the wait at once.");
        problem.setTitle("Sign-in slowed down");
        problem.setProperty("retryAfterSeconds", seconds);
        return problem;
    }
}
