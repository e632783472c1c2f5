package org.scrutineer.finding;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A unit of a letter's layout: a heading, a bullet, a labelled item ("Recommendation 2: …"), a plain paragraph, or
 * the point where the findings are over (the closing boilerplate or the sign-off).
 */
record LetterBlock(Kind kind, String text, int lineCount, FindingHeading heading) {

    enum Kind { HEADING, STOP, BULLET, LABELLED, PARAGRAPH }

    private static final Pattern LABEL = Pattern.compile("(?i)^recommendation\\s*\\d{0,3}\\s*[:.;\\-\u2013]\\s*");
    private static final Pattern PARAGRAPH_NUMBER = Pattern.compile("^\\d{1,2}\\.\\s+(?=\\p{Lu})");
    private static final Pattern LETTERED = Pattern.compile("^\\(?[a-z]\\)\\s+|^\\([ivx]{1,4}\\)\\s+");
    private static final Pattern STOP = Pattern.compile(
            "(?i)^(?:yours\\s+(?:sincerely|faithfully|truly)\\b|any areas? for .{0,80}?identified above\\b)");
    private static final int MAX_HEADING_WORDS = 10;

    /**
     * A short one-line paragraph with no sentence punctuation, such as "Conclusion" or "Findings": an unknown heading
     * that ends the findings group before it.
     */
    boolean looksLikeHeading() {
        if (kind != Kind.PARAGRAPH || lineCount != 1 || text.isEmpty() || text.indexOf(':') >= 0) {
            return false;
        }
        char first = text.charAt(0);
        char last = text.charAt(text.length() - 1);
        return Character.isUpperCase(first) && ".,;!\"\u201D".indexOf(last) < 0
                && text.split(" ").length <= MAX_HEADING_WORDS;
    }

    static List<LetterBlock> split(List<String> lines) {
        Splitter s = new Splitter();
        for (int i = 0; i < lines.size(); i++) {
            i = s.accept(lines, i);
        }
        s.close();
        return s.blocks;
    }

    private static final class Splitter {
        final List<LetterBlock> blocks = new ArrayList<>();
        Kind kind;
        StringBuilder text;
        int lineCount;
        boolean blankSince;

        /** Consumes the line at {@code i} (and the next one for a two-line heading); returns the last index used. */
        int accept(List<String> lines, int i) {
            String line = lines.get(i);
            if (line.isEmpty()) {
                blankSince = true;
                return i;
            }
            // "Recommendation: Ensure …" is an item, though "Recommendation" alone would be a heading.
            Matcher label = LABEL.matcher(line);
            if (label.find() && label.end() < line.length()) {
                open(Kind.LABELLED, line.substring(label.end()));
                return i;
            }
            FindingHeading heading = FindingHeading.match(line);
            if (heading == null && isLogoText(line)) {
                blankSince = true;
                return i;
            }
            int used = i;
            if (heading == null && i + 1 < lines.size() && isHeadingStart(line, lines.get(i + 1))) {
                heading = FindingHeading.match(line + " " + lines.get(i + 1));
                used = i + 1;
            }
            if (heading != null) {
                close();
                blocks.add(new LetterBlock(Kind.HEADING, line, used - i + 1, heading));
                return used;
            }
            if (STOP.matcher(line).find()) {
                close();
                blocks.add(new LetterBlock(Kind.STOP, line, 1, null));
                return i;
            }
            if (line.startsWith(LetterCleaner.BULLET)) {
                open(Kind.BULLET, line.substring(LetterCleaner.BULLET.length()));
                return i;
            }
            Matcher lettered = LETTERED.matcher(line);
            if (lettered.find()) {
                open(Kind.BULLET, line.substring(lettered.end()));
                return i;
            }
            Matcher number = PARAGRAPH_NUMBER.matcher(line);
            if (number.find()) {
                open(Kind.PARAGRAPH, line.substring(number.end()));
                return i;
            }
            if (text != null && (!blankSince || continuesSentence(text, line))) {
                text.append(' ').append(line);
                lineCount++;
                blankSince = false;
                return i;
            }
            open(Kind.PARAGRAPH, line);
            return i;
        }

        void open(Kind k, String first) {
            close();
            kind = k;
            text = new StringBuilder(first);
            lineCount = 1;
            blankSince = false;
        }

        void close() {
            if (text != null) {
                blocks.add(new LetterBlock(kind, LetterCleaner.collapse(text.toString()), lineCount, null));
            }
            text = null;
            blankSince = false;
        }

        // OCR and PDF extraction put blank lines inside paragraphs; a line going on in lower case from an unfinished
        // sentence continues one.
        private static boolean continuesSentence(StringBuilder text, String line) {
            int end = text.length() - 1;
            return Character.isLowerCase(line.charAt(0)) && end >= 0 && ".!?:".indexOf(text.charAt(end)) < 0;
        }

        private static boolean isHeadingStart(String line, String next) {
            return !next.isEmpty() && !next.startsWith(LetterCleaner.BULLET) && line.length() + next.length() < 160
                    && Character.isLowerCase(next.charAt(0));
        }

        // A logo or letterhead line in capitals ("INVESTOR IN PEOPLE") is neither a finding nor a heading of one.
        private static boolean isLogoText(String line) {
            if (line.length() > 60) {
                return false;
            }
            boolean letter = false;
            for (int k = 0; k < line.length(); k++) {
                char c = line.charAt(k);
                if (Character.isLowerCase(c)) {
                    return false;
                }
                letter |= Character.isLetter(c);
            }
            return letter && line.indexOf(' ') > 0;
        }
    }
}
