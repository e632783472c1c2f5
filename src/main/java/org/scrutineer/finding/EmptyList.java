package org.scrutineer.finding;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Whether the one item under a heading says that the heading's list is empty: "The inspection did not find any areas
 * for priority and immediate action" under "Priority and immediate action", "None." under "Areas for improvement".
 * Such an item is one negative sentence that repeats the heading's own words; an action, however negative, says
 * what to do rather than echoing its heading.
 */
final class EmptyList {

    private static final Pattern NONE = Pattern.compile("(?i)(?:none|nil|not applicable)(?: (?:identified|found))?\\.?");
    private static final Pattern NEGATION = Pattern.compile("(?i)\\b(?:no|not|none|nil|nothing)\\b");
    /** Long enough to tell "action" from "actions" the same and short words ("and", "for") apart. */
    private static final int STEM = 6;

    private EmptyList() {
    }

    static boolean says(String item, String heading) {
        if (NONE.matcher(item).matches()) {
            return true;
        }
        if (!Sentences.first(item).equals(item) || !NEGATION.matcher(item).find()) {
            return false;
        }
        String said = " " + item.toLowerCase(Locale.ROOT);
        int words = 0;
        int repeated = 0;
        for (String word : heading.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            // "Areas for …" is how every list heading starts; the words after it name the list.
            if (word.length() >= 5 && !word.equals("areas")) {
                words++;
                repeated += said.contains(" " + word.substring(0, Math.min(STEM, word.length()))) ? 1 : 0;
            }
        }
        return words > 0 && repeated * 2 >= words;
    }
}
