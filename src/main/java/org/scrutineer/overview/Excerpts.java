package org.scrutineer.overview;

/** Short pieces of long text for lists and quotes, cut at a word where one is near. */
final class Excerpts {

    private Excerpts() {
    }

    /** The text's first {@code max} characters or so, with "…" when it goes on; "" for {@literal null}. */
    static String start(String text, int max) {
        if (text == null) {
            return "";
        }
        String flat = text.strip().replaceAll("\\s+", " ");
        if (flat.length() <= max) {
            return flat;
        }
        int cut = flat.lastIndexOf(' ', max);
        return flat.substring(0, cut > max / 2 ? cut : max).strip() + "…";
    }

    /** The text's last {@code max} characters or so, with "…" before when it went on. */
    static String end(String text, int max) {
        String flat = text.replaceAll("\\s+", " ");
        if (flat.length() <= max) {
            return flat.stripLeading();
        }
        int from = flat.length() - max;
        int cut = flat.indexOf(' ', from);
        return "…" + flat.substring(cut >= 0 && cut < from + max / 2 ? cut : from).stripLeading();
    }
}
