package org.scrutineer.pages;

/** Where a page may send a person on to after a form: only a path on this site. */
public final class LocalPaths {

    private LocalPaths() {
    }

    /**
     * The path itself when it is one on this site, else {@code /}: a link elsewhere must not be able to send
     * someone to another site after they sign in or submit a form.
     */
    public static String orHome(String path) {
        boolean local = path != null && path.startsWith("/") && !path.startsWith("//") && !path.contains("\\")
                && path.length() <= 2000 && path.chars().noneMatch(Character::isISOControl);
        return local ? path : "/";
    }
}
