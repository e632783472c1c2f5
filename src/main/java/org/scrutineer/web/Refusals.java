package org.scrutineer.web;

import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * A refusal made deep inside the engine (a listener, the door guard, a write lock) remembered for the request
 * that caused it, so the engine's own REST doors, which answer any such exception with 500, can answer as our
 * API does.
 */
public final class Refusals {

    public static final String ATTRIBUTE = Refusals.class.getName() + ".refusal";

    private Refusals() {
    }

    public static <T extends RuntimeException> T remember(T refusal) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null) {
            request.setAttribute(ATTRIBUTE, refusal, RequestAttributes.SCOPE_REQUEST);
        }
        return refusal;
    }
}
