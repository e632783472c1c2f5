package org.scrutineer.web;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.Optional;

/** Who is signed in to the request this thread serves: nobody in a job's thread, nor for a stranger. */
public final class RequestUser {

    private RequestUser() {
    }

    /** The signed-in person; empty when nobody is (Spring's anonymous token counts as authenticated, not as someone). */
    public static Optional<Authentication> current() {
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        return user != null && user.isAuthenticated() && !(user instanceof AnonymousAuthenticationToken)
                ? Optional.of(user) : Optional.empty();
    }
}
