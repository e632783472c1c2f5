package org.scrutineer.letter;

/** Collects a letter's text and refuses, as soon as it is passed, more than the limit of characters. */
final class BoundedText {

    private final StringBuilder text = new StringBuilder();
    private final int limit;

    BoundedText(int limit) {
        this.limit = limit;
    }

    BoundedText append(CharSequence s) {
        if (text.length() + s.length() > limit) {
            throw UnreadableLetter.tooLarge("characters of text", limit);
        }
        text.append(s);
        return this;
    }

    /** Ends the current paragraph with a blank line, as the letter reader expects between paragraphs. */
    BoundedText endParagraph() {
        int end = text.length();
        while (end > 0 && (text.charAt(end - 1) == ' ' || text.charAt(end - 1) == '\t')) {
            end--;
        }
        text.setLength(end);
        if (end > 0 && !endsWith("\n\n")) {
            append(endsWith("\n") ? "\n" : "\n\n");
        }
        return this;
    }

    /** Ends the current line without starting a new paragraph (a line break inside a paragraph, a list item). */
    BoundedText endLine() {
        if (text.length() > 0 && !endsWith("\n")) {
            append("\n");
        }
        return this;
    }

    private boolean endsWith(String s) {
        int start = text.length() - s.length();
        return start >= 0 && text.indexOf(s, start) == start;
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
