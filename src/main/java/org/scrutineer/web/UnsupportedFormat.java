package org.scrutineer.web;

/** An upload in a format we cannot read: answered 415 with what to do instead. */
public class UnsupportedFormat extends RuntimeException {
    public UnsupportedFormat(String message) {
        super(message);
    }
}
