package org.scrutineer.workflow;

import java.time.LocalDate;
import java.util.function.Supplier;

/**
 * The meeting a coordinator named when asking for a cycle now, handed to {@link OpenCycle}: the cycle opens in the
 * requesting thread, as the request's message moves the letter's process into it. Not a process variable, which a
 * message from a person may not carry (see {@link DoorGuard}) and which would outlive the cycle.
 */
final class RequestedMeeting {

    private static final ThreadLocal<LocalDate> REQUESTED = new ThreadLocal<>();

    private RequestedMeeting() {
    }

    static <T> T during(LocalDate meeting, Supplier<T> request) {
        REQUESTED.set(meeting);
        try {
            return request.get();
        } finally {
            REQUESTED.remove();
        }
    }

    /** The meeting named in this thread's request; {@literal null} when none was, or the cycle opened on its own. */
    static LocalDate current() {
        return REQUESTED.get();
    }
}
