package org.scrutineer.web;

/** Something the caller named does not exist: answered 404 with this message. */
public class NotFound extends RuntimeException {

    private final String title;

    public NotFound(String message) {
        this(null, message);
    }

    /** @param title what a page heads it with instead of "Page not found" ("This task is closed"); nullable */
    public NotFound(String title, String message) {
        super(message);
        this.title = title;
    }

    public String title() {
        return title;
    }
}
