package org.scrutineer.web;

import java.util.Map;

/**
 * The request is fine but the thing it acts on is not in a state that allows it: answered 409. When someone else
 * changed it first, {@code current} says how it stands now, so the client can show it and try again.
 */
public class Conflict extends RuntimeException {

    private final transient Map<String, Object> current;

    public Conflict(String message) {
        this(message, Map.of());
    }

    public Conflict(String message, Map<String, Object> current) {
        super(message);
        this.current = Map.copyOf(current);
    }

    public Map<String, Object> current() {
        return current;
    }
}
