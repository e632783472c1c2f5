package org.scrutineer.web;

import java.util.List;

/** The request itself is wrong: answered 400, naming each field at fault. */
public class BadRequest extends RuntimeException {

    private final List<FieldError> errors;

    public BadRequest(String message, List<FieldError> errors) {
        super(message);
        this.errors = List.copyOf(errors);
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
