package org.scrutineer.web;

import java.util.regex.Pattern;

/**
 * Text as its reader sees it. The PDF drops characters that only steer how text is shown, while a page, the Word
 * copy and the spreadsheet obey them: a right-to-left override made an owner's "21 cases; 100%" read "12 cases;
 * %001" in the PDF and the other way round everywhere else. So they go before anything is stored: direction
 * overrides, embeddings, isolates and marks, zero-width spaces, word joiners, byte-order marks and soft hyphens.
 * The joiners that scripts and emoji need (U+200C, U+200D) stay.
 */
public final class VisibleText {

    private static final Pattern INVISIBLE = Pattern.compile("[\u00AD\u200B\u200E\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF]");
    private static final Pattern LINE_BREAK = Pattern.compile("\\s*\\R\\s*");

    private VisibleText() {
    }

    public static String of(String text) {
        return text == null ? null : INVISIBLE.matcher(text).replaceAll("");
    }

    /** For a field of one line, whose line breaks Tasklist or a script may still send: each becomes a space. */
    public static String oneLine(String text) {
        return text == null ? null : LINE_BREAK.matcher(of(text)).replaceAll(" ");
    }
}
