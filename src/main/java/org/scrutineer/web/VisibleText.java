package org.scrutineer.web;

import java.util.regex.Pattern;

/**
 * Text as its reader sees it. The PDF drops characters that only steer how text is shown, or that show nothing,
 * while a page, the Word copy and the spreadsheet obey or keep them: a right-to-left override made an owner's
 * "21 cases; 100%" read "12 cases; %001" in the PDF and the other way round everywhere else, and tag characters
 * carry text no reader sees. So they go before anything is stored: direction overrides, embeddings, isolates and
 * marks (Arabic's too), zero-width spaces, word joiners and invisible operators, byte-order marks, soft hyphens,
 * fillers and blanks that print as nothing (Hangul, Khmer, Mongolian, the combining grapheme joiner, musical
 * formatting), interlinear annotations, tags, and the two noncharacters U+FFFE and U+FFFF. Line and paragraph
 * separators become line breaks. The joiners and variation selectors that scripts and emoji need (U+200C, U+200D,
 * U+FE00–FE0F) stay.
 */
public final class VisibleText {

    private static final Pattern INVISIBLE = Pattern.compile("[\u00AD\u034F\u061C\u115F\u1160\u17B4\u17B5\u180E"
            + "\u200B\u200E\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\u3164\uFEFF\uFFA0\uFFF9-\uFFFB\uFFFE\uFFFF"
            + "\\x{1D173}-\\x{1D17A}\\x{E0000}-\\x{E007F}]");
    private static final Pattern SEPARATOR = Pattern.compile("[\u2028\u2029]");
    private static final Pattern LINE_BREAK = Pattern.compile("\\s*\\R\\s*");

    private VisibleText() {
    }

    public static String of(String text) {
        return text == null ? null : SEPARATOR.matcher(INVISIBLE.matcher(text).replaceAll("")).replaceAll("\n");
    }

    /** For a field of one line, whose line breaks Tasklist or a script may still send: each becomes a space. */
    public static String oneLine(String text) {
        return text == null ? null : LINE_BREAK.matcher(of(text)).replaceAll(" ");
    }

    /**
     * Why what a person typed cannot be kept as it came, or {@literal null} when it can: people type line breaks and
     * tabs at most, so other control characters are debris or an attack; and half of a UTF-16 pair (JSON's
     * {@code "\ud800"}) is no character at all, which storing would silently turn into "�".
     */
    public static String problem(String text) {
        if (text == null) {
            return null;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return "has a broken character (half of a UTF-16 surrogate pair)";
            } else if (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t') {
                return "must not contain control characters";
            }
        }
        return null;
    }
}
