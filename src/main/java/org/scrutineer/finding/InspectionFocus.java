package org.scrutineer.finding;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a visit or inspection looked at, as a letter's introduction states it: "Inspectors looked at the local
 * authority's arrangements for the 'front door'", "The purpose of the inspection is to evaluate … provision for
 * looked after children and care leavers", or the service it names in quotation marks: "Inspectors evaluated … help
 * and protection … in the 'front door' integrated referral team". It is the theme of findings that have no heading
 * group of their own.
 */
final class InspectionFocus {

    private static final String STATING = "(?i)\\b(?:inspectors (?:looked at|evaluated|considered)"
            + "|(?:visit|inspection) (?:looked at|focused on|evaluated)|purpose of (?:the|this) (?:inspection|visit))\\b";
    // Greedy up to the last "arrangements for"/"provision for" of the sentence: that names the service itself.
    private static final Pattern STATED = Pattern.compile(STATING
            + "[^.]{0,200}\\b(?:arrangements|provision|services|support) for\\s+([^.,;:()]{3,80})");
    // Lazy to the first term the sentence quotes; typographic quotes only, as a straight one is also an apostrophe.
    private static final Pattern QUOTED = Pattern.compile(STATING + "[^.]{0,200}?\u2018([^\u2019.]{3,40})\u2019");
    private static final Pattern LEADING_ARTICLE = Pattern.compile("(?i)^(?:the|its|their)\\s+");
    private static final String QUOTES = "'\"\u2018\u2019\u201C\u201D";

    private InspectionFocus() {
    }

    /** The stated focus in sentence case ("Front door"), or {@literal null}. */
    static String in(String preamble) {
        Matcher m = STATED.matcher(preamble);
        if (!m.find()) {
            m = QUOTED.matcher(preamble);
            if (preamble.indexOf('\u2018') < 0 || !m.find()) {
                return null;
            }
        }
        String focus = LEADING_ARTICLE.matcher(m.group(1).trim()).replaceFirst("");
        StringBuilder b = new StringBuilder();
        for (char c : focus.toCharArray()) {
            if (QUOTES.indexOf(c) < 0) {
                b.append(c);
            }
        }
        String t = LetterCleaner.collapse(b.toString());
        if (t.isEmpty()) {
            return null;
        }
        return Character.toUpperCase(t.charAt(0)) + t.substring(1);
    }
}
