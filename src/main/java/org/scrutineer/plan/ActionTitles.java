package org.scrutineer.plan;

/**
 * A title for a proposed action: the finding's first sentence, whole. Not cut short: a committee paper that ends a
 * title with "…" hides what the action is; the coordinator shortens it in the draft if they wish. Only a "sentence"
 * longer than the draft form takes (1,000 characters: text the reader could not split) is cut, at a word. A finding
 * read from a bulleted list ("…improve: • delays in case allocation") starts in lower case; a title starts with a
 * capital, unless its first word is a name written with capitals inside ("eCAF").
 */
final class ActionTitles {

    private static final int MAX = 1000;

    private ActionTitles() {
    }

    static String from(String findingText) {
        String text = findingText.strip().replaceAll("\\s+", " ");
        int sentenceEnd = text.indexOf(". ");
        String sentence = capitalised(sentenceEnd > 0 ? text.substring(0, sentenceEnd) : text.replaceAll("[.;,]$", ""));
        if (sentence.length() <= MAX) {
            return sentence;
        }
        int cut = sentence.lastIndexOf(' ', MAX - 1);
        return sentence.substring(0, cut > 0 ? cut : MAX - 1) + "…";
    }

    private static String capitalised(String sentence) {
        int first = sentence.isEmpty() ? 0 : sentence.codePointAt(0);
        // "eCAF", "iPad": a name written so keeps its capitals where they are
        if (!Character.isLowerCase(first) || sentence.split(" ", 2)[0].codePoints().anyMatch(Character::isUpperCase)) {
            return sentence;
        }
        return new StringBuilder().appendCodePoint(Character.toTitleCase(first))
                .append(sentence, Character.charCount(first), sentence.length()).toString();
    }
}
