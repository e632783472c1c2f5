package org.scrutineer.finding;

import java.util.Set;

/** The first sentence of a paragraph, not fooled by "e.g." or "Mr.". */
final class Sentences {

    private static final Set<String> ABBREVIATIONS = Set.of("e.g", "i.e", "eg", "ie", "mr", "mrs", "ms", "dr", "st",
            "no", "etc", "cf", "vs");

    private Sentences() {
    }

    static String first(String paragraph) {
        for (int i = 0; i < paragraph.length(); i++) {
            char c = paragraph.charAt(i);
            if (c != '.' && c != '!' && c != '?') {
                continue;
            }
            if (i + 1 == paragraph.length()) {
                return paragraph;
            }
            if (paragraph.charAt(i + 1) == ' ' && i + 2 < paragraph.length() && startsSentence(paragraph.charAt(i + 2))
                    && !(c == '.' && endsWithAbbreviation(paragraph, i))) {
                return paragraph.substring(0, i + 1);
            }
        }
        return paragraph;
    }

    static boolean isComplete(String sentence) {
        return !sentence.isEmpty() && ".!?".indexOf(sentence.charAt(sentence.length() - 1)) >= 0;
    }

    private static boolean startsSentence(char c) {
        return Character.isUpperCase(c) || Character.isDigit(c) || "\u2018\u201C\"'(".indexOf(c) >= 0;
    }

    private static boolean endsWithAbbreviation(String s, int dot) {
        int start = s.lastIndexOf(' ', dot - 1) + 1;
        return ABBREVIATIONS.contains(s.substring(start, dot).toLowerCase(java.util.Locale.ROOT));
    }
}
