package org.scrutineer.web;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** The request itself is wrong: answered 400, naming each field at fault. */
public class BadRequest extends RuntimeException {

    private final List<FieldError> errors;

    /** How many fields a refusal names: a body of a million unknown keys must not make a million-line answer. */
    static final int MAX_ERRORS = 20;

    public BadRequest(String message, List<FieldError> errors) {
        super(message);
        this.errors = errors.size() <= MAX_ERRORS ? List.copyOf(errors) : capped(errors);
    }

    private static List<FieldError> capped(List<FieldError> errors) {
        List<FieldError> first = new ArrayList<>(errors.subList(0, MAX_ERRORS));
        first.add(new FieldError("…", "and " + String.format("%,d", errors.size() - MAX_ERRORS) + " more, not listed"));
        return List.copyOf(first);
    }

    /** The fields at fault in one line, for a message a client shows alone (Tasklist shows only the message). */
    public static String summary(List<FieldError> errors) {
        String listed = errors.stream().limit(MAX_ERRORS).map(e -> e.field() + " " + e.message())
                .collect(Collectors.joining("; "));
        return errors.size() <= MAX_ERRORS ? listed
                : listed + "; and " + String.format("%,d", errors.size() - MAX_ERRORS) + " more";
    }

    public BadRequest(String message) {
        this(message, List.of());
    }

    public List<FieldError> errors() {
        return errors;
    }

    /** One field at fault and why, as a client shows it beside the field. */
    public record FieldError(String field, String message) {
    }
}
