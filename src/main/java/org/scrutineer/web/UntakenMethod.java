package org.scrutineer.web;

import java.util.List;

/**
 * The HTTP methods some door of this server takes; any other (CONNECT, TRACE, PROPFIND, a made-up one) is a 405 that
 * says so, wherever it is refused: by Tomcat before any filter, or by the security firewall in front of everything.
 */
public final class UntakenMethod {

    /** The firewall's own list (Spring Security's StrictHttpFirewall), which every request passes. */
    public static final List<String> TAKEN = List.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS");
    /** The {@code Allow} header of the refusal: what the server takes at all, as no door is known yet. */
    public static final String ALLOW = String.join(", ", TAKEN);
    public static final String TITLE = "Method not allowed";
    /** A method is a token, but of any length: a problem quotes this much of it. */
    private static final int QUOTED = 30;

    private UntakenMethod() {
    }

    public static boolean taken(String method) {
        return TAKEN.contains(method);
    }

    /** What the problem's detail says; only letters, digits and dashes of the method are quoted back. */
    public static String detail(String method) {
        String quoted = method == null ? "" : method.replaceAll("[^A-Za-z0-9-]", "");
        quoted = quoted.length() > QUOTED ? quoted.substring(0, QUOTED) + "…" : quoted;
        return "The method " + quoted + " is not one this server takes: use "
                + String.join(", ", TAKEN.subList(0, TAKEN.size() - 1)) + " or " + TAKEN.get(TAKEN.size() - 1) + ".";
    }
}
