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

    /** The actions the comments address by number ("A4: …"), in the order they come, each once. */
    public static List<String> named(String comments) {
        List<String> ids = new ArrayList<>();
        if (comments != null) {
            Matcher label = LABEL.matcher(comments);
            while (label.find()) {
                if (!ids.contains(label.group(1))) {
                    ids.add(label.group(1));
                }
            }
        }
        return ids;
    }

    /** What the comments say of this action; {@literal null} when they say nothing that reaches it. */
    public static String about(String comments, String actionId) {
        if (comments == null || comments.isBlank()) {
            return null;
        }
        Matcher label = LABEL.matcher(comments);
        List<int[]> labels = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        while (label.find()) {
            labels.add(new int[] {label.start(), label.end()});
            ids.add(label.group(1));
        }
        if (labels.isEmpty()) {
            return comments.strip();
        }
        List<String> said = new ArrayList<>();
        String general = comments.substring(0, labels.get(0)[0]).strip();
        if (!general.isEmpty()) {
            said.add(general);
        }
        for (int i = 0; i < labels.size(); i++) {
            if (ids.get(i).equals(actionId)) {
                int end = i + 1 < labels.size() ? labels.get(i + 1)[0] : comments.length();
                said.add(comments.substring(labels.get(i)[1], end).strip());
            }
        }
        return said.isEmpty() ? null : String.join("\n", said);
    }
}
