package org.scrutineer.finding;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds the name of the inspected council ("Somerset County Council", "London Borough of Hackney"). */
final class CouncilNames {

    private static final String WORD = "\\p{Lu}[\\p{L}\u2019'.\\-]*";
    private static final Pattern COUNCIL = Pattern.compile(
            WORD + "\\s+(?:(?:" + WORD + "|and|upon|of|the|&)\\s+){0,5}Council\\b"
                    + "|(?:London|Royal) Borough of " + WORD + "(?:\\s+(?:and|upon)\\s+" + WORD + ")?");
    // Words that can stand capitalised before a council's name but are not part of it.
    private static final Set<String> LEADING_NOISE = Set.of("the", "dear", "copy", "within", "annual", "focused",
            "inspection", "visit", "to", "of", "and", "upon", "for", "in", "&", "children's", "children\u2019s",
            "services", "service", "unannounced", "report", "letter");
    // A name made only of these is a body inside or beside a council, not the council.
    private static final Set<String> GENERIC = Set.of("care", "youth", "parish", "town", "city", "county", "district",
            "borough", "metropolitan", "health", "research", "children", "school", "schools", "the", "and", "of", "my",
            "your", "our", "this", "each", "every", "local", "full", "whole");

    private static final Set<String> OF_PREFIXES = Set.of("City", "Borough", "County", "Isle", "Isles", "Council");

    /** How much of the letter after its salutation counts as its opening, where the place is named. */
    private static final int OPENING = 400;

    private CouncilNames() {
    }

    /**
     * The first plausible council name in the title, else in the letter from its salutation; else the council of the
     * place the title names ("Inspection of Wandsworth local authority children's services"), before any council the
     * rest of the text mentions (a youth council, a neighbour); else the first council name anywhere; failing those,
     * the council of the place the opening paragraph names.
     */
    static String authority(String title, String fromSalutation, String wholeText) {
        for (String source : new String[] {title, fromSalutation}) {
            String name = firstIn(source);
            if (name != null) {
                return name;
            }
        }
        String named = CouncilGazetteer.councilOfPlaceIn(title);
        if (named == null) {
            named = firstIn(wholeText);
        }
        if (named == null && fromSalutation != null) {
            named = CouncilGazetteer.councilOfPlaceIn(fromSalutation.substring(0, Math.min(fromSalutation.length(), OPENING)));
        }
        return named;
    }

    private static String firstIn(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = COUNCIL.matcher(text);
        while (m.find()) {
            String name = trimmed(m.group());
            if (name != null) {
                return name;
            }
        }
        return null;
    }

    private static String trimmed(String match) {
        String[] words = match.split("\\s+");
        int start = 0;
        while (start < words.length - 1 && isNoise(words[start])) {
            start++;
        }
        start = afterForeignOf(words, start);
        String[] kept = Arrays.copyOfRange(words, start, words.length);
        boolean allGeneric = true;
        for (int i = 0; i < kept.length - 1; i++) {
            allGeneric &= GENERIC.contains(kept[i].toLowerCase(Locale.ROOT));
        }
        if (kept.length < 2 || allGeneric) {
            return null;
        }
        return String.join(" ", kept);
    }

    /** "Ofsted of Somerset County Council" names two bodies; "City of York Council" names one. */
    private static int afterForeignOf(String[] words, int start) {
        for (int i = start + 1; i < words.length - 1; i++) {
            if (words[i].equals("of") && !OF_PREFIXES.contains(words[i - 1])) {
                return i + 1;
            }
        }
        return start;
    }

    // An acronym such as "NHS" or "LSCB" before a council's name belongs to a partner body.
    private static boolean isNoise(String word) {
        return LEADING_NOISE.contains(word.toLowerCase(Locale.ROOT))
                || (word.length() >= 2 && word.chars().allMatch(c -> Character.isUpperCase(c) || c == '&'));
    }
}
