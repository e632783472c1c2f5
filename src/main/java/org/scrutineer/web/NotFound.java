package org.scrutineer.web;

/** Something the caller named does not exist: answered 404 with this message. */
public class NotFound extends RuntimeException {
    public NotFound(String message) {
        super(message);
    }
}
