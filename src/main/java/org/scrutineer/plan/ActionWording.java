package org.scrutineer.plan;

import java.util.Locale;
import java.util.Set;

/**
 * The title and description proposed for the action answering a finding, which between them carry all the finding
 * asks the council to do. The title is the finding's first sentence, as a sentence (its full stop kept, or given to
 * a list item that ended with ";") and as something to do (see {@link Instructions}); the description is each later
 * sentence that asks something more ("In addition, ensure that…" becomes "Ensure that…"), or nothing.
 * <p>
 * Why not the whole finding in the title: each page lists actions by it and the paper heads each action's card with
 * it, so a title of three sentences could not be read there. Why not the rest of the finding as the description:
 * the paper prints the description as the action's "Action" row, under the finding quoted whole, so a remark, a
 * cross-reference or the inspectorate's own next step ("Her Majesty's Chief Inspector will share these findings…")
 * read there as the council's action and as the finding twice.
 * <p>
 * Neither is cut short in the ordinary way: a committee paper that ends a title with "…" hides what the action is;
 * the coordinator shortens it in the draft if they wish. Only a first "sentence" longer than the draft form takes
 * (1,000 characters: text the reader could not split) is cut, at a word, and then the description carries the whole
 * finding; a description is cut likewise at the form's 5,000 characters, the paper quoting the finding whole.
 *
 * @param description {@literal null} when the title says all the finding does
 */
record ActionWording(String title, String description) {

    static final int MAX_TITLE = 1000;
    static final int MAX_DESCRIPTION = 5000;

    /** Abbreviations whose full stop ends no sentence: "e.g. Somerset", "Dr. Smith". */
    private static final Set<String> ABBREVIATIONS = Set.of("e.g", "i.e", "eg", "ie", "etc", "cf", "mr", "mrs", "ms",
            "dr", "st", "no", "vs", "approx");

    /** @param findingText the finding as read or as the coordinator confirmed it; must not be {@literal null} */
    static ActionWording from(String findingText) {
        String text = findingText.strip().replaceAll("\\s+", " ");
        int end = firstSentenceEnd(text);
        String rest = text.substring(end).strip();
        String title = asSentence(text.substring(0, end).strip());
        if (title.length() > MAX_TITLE) {
            int cut = title.lastIndexOf(' ', MAX_TITLE - 1);
            // text the reader could not split: the description carries it whole
            return new ActionWording(title.substring(0, cut > 0 ? cut : MAX_TITLE - 1) + "…", shortened(text));
        }
        String todo = instructions(rest);
        return new ActionWording(title, todo.isEmpty() ? null : shortened(todo));
    }

    /**
     * The sentences after the first that tell the council to do something, as actions: "In addition, ensure that…"
     * is more to do; "Her Majesty's Chief Inspector will share these findings…" is the inspectorate's own step, and
     * a cross-reference or a remark is the finding's, which the paper quotes beside the action anyway.
     */
    private static String instructions(String rest) {
        StringBuilder todo = new StringBuilder();
        while (!rest.isEmpty()) {
            int end = firstSentenceEnd(rest);
            String sentence = rest.substring(0, end).strip();
            if (Instructions.isInstruction(sentence)) {
                todo.append(todo.isEmpty() ? "" : " ").append(asSentence(Instructions.withoutConnective(sentence)));
            }
            rest = rest.substring(end).strip();
        }
        return todo.toString();
    }

    /**
     * Where the first sentence ends: after a full stop, "?" or "!" followed by a space and a capital, a quote or a
     * bracket ("…by children. (outcome 4, national framework)" leaves the cross-reference to the description), but
     * not after an abbreviation or an initial.
     */
    static int firstSentenceEnd(String text) {
        for (int i = 0; i < text.length() - 2; i++) {
            char c = text.charAt(i);
            if ((c == '.' || c == '?' || c == '!') && text.charAt(i + 1) == ' ' && opensSentence(text.charAt(i + 2))
                    && !(c == '.' && endsAbbreviation(text, i))) {
                return i + 1;
            }
        }
        return text.length();
    }

    private static boolean opensSentence(char c) {
        return Character.isUpperCase(c) || Character.isDigit(c) || "(‘“\"'[".indexOf(c) >= 0;
    }

    private static boolean endsAbbreviation(String text, int stop) {
        int start = text.lastIndexOf(' ', stop - 1) + 1;
        String word = text.substring(start, stop).toLowerCase(Locale.ROOT).replaceAll("^[(‘“\"']+", "");
        return ABBREVIATIONS.contains(word) || (word.length() == 1 && Character.isLetter(word.charAt(0)));
    }

    /**
     * The sentence as an action, ending as a sentence does: its own full stop, or a full stop in place of the ";",
     * "," or ":" (and any "and" or "or") that ended a list item. A question or an exclamation stays as written.
     */
    private static String asSentence(String sentence) {
        if (sentence.endsWith("?") || sentence.endsWith("!")) {
            return Instructions.capitalised(sentence);
        }
        String body = sentence.replaceAll("(?:[;,:](?:\\s*(?:and|or))?|\\.)$", "").strip();
        return body.isEmpty() ? body : Instructions.from(body) + ".";
    }

    private static String shortened(String text) {
        if (text.length() <= MAX_DESCRIPTION) {
            return text;
        }
        int cut = text.lastIndexOf(' ', MAX_DESCRIPTION - 1);
        return text.substring(0, cut > 0 ? cut : MAX_DESCRIPTION - 1) + "…";
    }
}
