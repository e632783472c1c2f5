package org.scrutineer.report;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A chair returning a report writes one box of comments, often one sentence an action ("A4: the RED rating needs a
 * recovery plan. A6: say what was done."). Each action's card and each owner's revision get what was said of that
 * action, after anything said of them all; comments that name no action go to every action returned.
 */
public final class ChairComments {

    /** "A4:" or "A4 –" opening the comments, a line or a sentence. */
    private static final Pattern LABEL = Pattern.compile("(?:^|(?<=[.!?\\n]))\\s*\\b(\\p{Lu}{1,2}\\d{1,3})\\s*(?::|\\s[\u2013\u2014-]\\s)\\s*");

    private ChairComments() {
    }

    /** One "A4:" in the comments: the action, where the label starts, and where what it says starts. */
    private record Label(String actionId, int start, int end) {
    }

    private static List<Label> labels(String comments) {
        List<Label> labels = new ArrayList<>();
        for (Matcher label = LABEL.matcher(comments); label.find(); ) {
            labels.add(new Label(label.group(1), label.start(), label.end()));
        }
        return labels;
    }

    /** The actions the comments address by number ("A4: …"), in the order they come, each once. */
    public static List<String> named(String comments) {
        return comments == null ? List.of() : labels(comments).stream().map(Label::actionId).distinct().toList();
    }

    /** What the comments say of this action; {@literal null} when they say nothing that reaches it. */
    public static String about(String comments, String actionId) {
        if (comments == null || comments.isBlank()) {
            return null;
        }
        List<Label> labels = labels(comments);
        if (labels.isEmpty()) {
            return comments.strip();
        }
        List<String> said = new ArrayList<>();
        String general = comments.substring(0, labels.get(0).start()).strip();
        if (!general.isEmpty()) {
            said.add(general);
        }
        for (int i = 0; i < labels.size(); i++) {
            if (labels.get(i).actionId().equals(actionId)) {
                int end = i + 1 < labels.size() ? labels.get(i + 1).start() : comments.length();
                said.add(sentence(comments.substring(labels.get(i).end(), end).strip()));
            }
        }
        return said.isEmpty() ? null : String.join("\n", said);
    }

    /** What followed "A5:" read as a sentence of its own, as the card prints it without the label: "please give…" → "Please give…". */
    private static String sentence(String said) {
        return said.isEmpty() ? said : said.substring(0, 1).toUpperCase(java.util.Locale.UK) + said.substring(1);
    }
}
