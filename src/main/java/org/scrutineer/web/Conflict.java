package org.scrutineer.web;

/** The request is fine but the thing it acts on is not in a state that allows it: answered 409. */
public class Conflict extends RuntimeException {
    public Conflict(String message) {
        super(message);
    }
}
