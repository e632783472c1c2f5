package org.scrutineer.pages;

import java.util.regex.Pattern;

/** Where a page may send a person on to after a form: only a path on this site. */
public final class LocalPaths {

    private LocalPaths() {
    }

    /** A ".." segment: "/..//evil.example" left the redirect failing, an empty page. */
    private static final Pattern UP = Pattern.compile("(^|/)\\.\\.(/|$|\\?)");

    /**
     * The path itself when it is one on this site, else {@code /}: a link elsewhere must not be able to send
     * someone to another site after they sign in or submit a form. Only printable ASCII, as every address of ours
     * is: Tomcat dropped a Location with "。" in it, leaving a blank page after signing in.
     */
    public static String orHome(String path) {
        boolean local = path != null && path.startsWith("/") && !path.startsWith("//") && !path.contains("\\")
                && path.length() <= 2000 && path.chars().allMatch(c -> c > ' ' && c < 0x7f) && !UP.matcher(path).find();
        return local ? path : "/";
    }
}
