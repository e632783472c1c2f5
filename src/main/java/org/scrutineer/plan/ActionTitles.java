package org.scrutineer.plan;

/** A short title for a proposed action: the finding's first sentence, cut at a word near 100 characters. */
final class ActionTitles {

    private static final int MAX = 100;

    private ActionTitles() {
    }

    static String from(String findingText) {
        String text = findingText.strip().replaceAll("\\s+", " ");
        int sentenceEnd = text.indexOf(". ");
        String sentence = sentenceEnd > 0 ? text.substring(0, sentenceEnd) : text.replaceAll("\\.$", "");
        if (sentence.length() <= MAX) {
            return sentence;
        }
        int cut = sentence.lastIndexOf(' ', MAX);
        return sentence.substring(0, cut > 0 ? cut : MAX) + "…";
    }
}
