package org.scrutineer.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A chair returning a report writes one box of comments, often one sentence an action ("A4: the RED rating needs a
 * recovery plan. A6: say what was done. Thank you all."). As the form's hint says, a sentence that starts with an
 * action's number is for that action's card and owner alone; every other sentence, wherever it stands, is for all.
 * A walk found a closing "Thank you all" printed under the last action named only.
 */
public final class ChairComments {

    /** "A4:" or "A4 –" opening a sentence or a line. */
    private static final Pattern LABEL = Pattern.compile("\\s*(\\p{Lu}{1,2}\\d{1,3})\\s*(?::|\\s[\u2013\u2014-]\\s)\\s*");

    /**
     * Where a sentence or a line ends: after a full stop, question or exclamation mark (and a closing quote or
     * bracket) followed by space and something other than a small letter ("e.g. the" goes on), or at a line break.
     */
    private static final Pattern BOUNDARY = Pattern.compile(
            "(?<=[.!?][\"'\u2019\u201d)\\]]{0,2})[ \\t]+(?=[^\\p{Ll}\\s])|[ \\t]*\\R\\s*");

    private ChairComments() {
    }

    /** One sentence of the comments, the action it is for ({@literal null}: all), and the space before it. */
    private record Sentence(String text, String actionId, String before) {
    }

    private static List<Sentence> sentences(String comments) {
        List<Sentence> sentences = new ArrayList<>();
        String text = comments.strip();
        Matcher boundary = BOUNDARY.matcher(text);
        int start = 0;
        String before = "";
        while (start < text.length()) {
            boolean found = boundary.find();
            int end = found ? boundary.start() : text.length();
            String sentence = text.substring(start, end);
            Matcher label = LABEL.matcher(sentence);
            sentences.add(label.lookingAt() ? new Sentence(capitalised(sentence.substring(label.end())), label.group(1), before)
                    : new Sentence(sentence, null, before));
            before = found ? (boundary.group().contains("\n") || boundary.group().contains("\r") ? "\n" : " ") : "";
            start = found ? boundary.end() : text.length();
        }
        return sentences;
    }

    /** The actions the comments address by number ("A4: …"), in the order they come, each once. */
    public static List<String> named(String comments) {
        return comments == null ? List.of() : sentences(comments).stream().map(Sentence::actionId)
                .filter(id -> id != null).distinct().toList();
    }

    /**
     * What the comments say to this action's owner: the sentences for all and those for it, in the order written,
     * each of its own starting a line as its label is gone; {@literal null} when nothing reaches it.
     */
    public static String about(String comments, String actionId) {
        if (comments == null || comments.isBlank()) {
            return null;
        }
        StringBuilder said = new StringBuilder();
        List<Sentence> sentences = sentences(comments);
        int previous = -1;
        for (int i = 0; i < sentences.size(); i++) {
            Sentence sentence = sentences.get(i);
            if (sentence.actionId() != null && !sentence.actionId().equals(actionId)) {
                continue;
            }
            if (previous >= 0) {
                boolean runsOn = previous == i - 1 && sentences.get(previous).actionId() == null && sentence.actionId() == null;
                said.append(runsOn ? sentence.before() : "\n");
            }
            said.append(sentence.text());
            previous = i;
        }
        return said.isEmpty() ? null : said.toString();
    }

    /** What followed "A5:" read as a sentence of its own, as the card prints it without the label: "please give…" → "Please give…". */
    private static String capitalised(String said) {
        return said.isEmpty() ? said : said.substring(0, 1).toUpperCase(Locale.UK) + said.substring(1);
    }
}
