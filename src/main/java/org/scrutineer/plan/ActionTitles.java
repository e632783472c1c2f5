package org.scrutineer.plan;

/**
 * A title for a proposed action: the finding's first sentence, whole. Not cut short: a committee paper that ends a
 * title with "…" hides what the action is; the coordinator shortens it in the draft if they wish. Only a "sentence"
 * longer than the draft form takes (1,000 characters: text the reader could not split) is cut, at a word.
 */
final class ActionTitles {

    private static final int MAX = 1000;

    private ActionTitles() {
    }

    static String from(String findingText) {
        String text = findingText.strip().replaceAll("\\s+", " ");
        int sentenceEnd = text.indexOf(". ");
        String sentence = sentenceEnd > 0 ? text.substring(0, sentenceEnd) : text.replaceAll("\\.$", "");
        if (sentence.length() <= MAX) {
            return sentence;
        }
        int cut = sentence.lastIndexOf(' ', MAX - 1);
        return sentence.substring(0, cut > 0 ? cut : MAX - 1) + "…";
    }
}
