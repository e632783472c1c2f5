package org.scrutineer.web;

/** The caller is signed in but this is not theirs to do: answered 403. */
public class Forbidden extends RuntimeException {
    public Forbidden(String message) {
        super(message);
    }
}
