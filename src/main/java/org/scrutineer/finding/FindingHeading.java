package org.scrutineer.finding;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A line that opens a group of findings ("Areas for development") or, with no section, a timescale sub-heading
 * inside one ("Within three months"). A heading may name a theme after a colon: "Recommendations for immediate
 * action: Safeguarding".
 */
record FindingHeading(Section section, Timescale timescale, String theme) {

    private record Rule(Pattern pattern, Section section) {
    }

    private static final String THREE = "(?:three|3)";
    private static final String SIX = "(?:six|6)";
    /** Ofsted's judgement scale, as grade tables and graded headings print it. */
    static final String GRADE = "(?:outstanding|good|requires improvement(?: to be good)?|inadequate|adequate)";

    private static final List<Rule> SECTION_RULES = List.of(
            rule("(?:key |main |areas of (?:particular )?)?strengths?", Section.STRENGTH),
            rule("the service meets (?:the )?(?:statutory )?requirements(?: of (?:the )?statutory guidance)?"
                    + "(?: in the following areas?)?", Section.MEETS_REQUIREMENTS),
            rule("(?:areas of )?satisfactory practice", Section.MEETS_REQUIREMENTS),
            rule("areas? (?:for|of) (?:further )?development", Section.AREA_FOR_DEVELOPMENT),
            rule("what needs to improve(?: in this area of (?:social work )?practice)?", Section.AREA_FOR_DEVELOPMENT),
            rule("(?:areas? for )?priority actions?|areas? for priority action|priority (?:and|&) immediate actions?",
                    Section.PRIORITY_ACTION),
            // A report's parent heading over its improvement lists; items straight under it are recommendations.
            rule("what does the [a-z' ]{3,40} need to improve", Section.RECOMMENDATION),
            rule("recommendations?(?: for (?:immediate )?action)?(?: (?:with)?in " + THREE + " months| (?:with)?in "
                    + SIX + " months)?", Section.RECOMMENDATION),
            rule("areas? for improvement", Section.RECOMMENDATION),
            // The narrative parts of letters and reports; a contents line ends in a page number, so no digits here.
            // "Inspection findings – the Local Safeguarding Children Board": a report part's own findings
            rule("overview|(?:main |key |headline |inspection |summary of )?findings(?: (?:and|from) [a-z' ]{3,40}"
                    + "| ?[\u2013\u2014-] ?[a-z' ()]{3,80})?"
                    + "|(?:executive )?summary(?: of (?:main |key )?findings)?|evaluation of progress"
                    + "|overall effectiveness(?: of [^\\d]*| " + GRADE + ")?"
                    // both at once, as a board's review in a SIF report heads its account: context, not a list
                    + "|key strengths and (?:weaknesses|areas for (?:development|improvement))(?: of [a-z' ()]{3,60})?"
                    + "|summary of (?:the )?(?:inspection|judgements?)",
                    Section.NARRATIVE));

    // Every heading above starts with one of these; checking it first spares the patterns on ordinary prose.
    private static final Set<String> FIRST_WORDS = Set.of("key", "main", "areas", "area", "strength", "strengths", "the",
            "satisfactory", "what", "priority", "recommendation", "recommendations", "immediately", "immediate",
            "within", "in", "overview", "findings", "headline", "inspection", "summary", "overall", "evaluation",
            "executive");

    private static final Pattern IMMEDIATE = Pattern.compile("\\bimmediate(?:ly)?\\b");
    private static final Pattern WITHIN_THREE = Pattern.compile("\\b(?:with)?in " + THREE + " months\\b");
    private static final Pattern WITHIN_SIX = Pattern.compile("\\b(?:with)?in " + SIX + " months\\b");
    private static final Pattern TIMESCALE_ONLY = Pattern.compile(
            "immediately|immediate(?: action)?|(?:with)?in " + THREE + " months|(?:with)?in " + SIX + " months");
    private static final Pattern NUMBERING = Pattern.compile("^(?:\\d{1,2}(?:\\.\\d{1,2})*\\.?|[a-z]\\)|\\([a-z0-9]{1,3}\\))\\s+");
    private static final Pattern FOOTNOTE_MARK = Pattern.compile("(?<=[\\p{L}?])\\d{1,2}$");
    /** A report's chapter heading that ends in its grade: "The experiences and progress of children in care: good". */
    private static final Pattern GRADED = Pattern.compile("(?i)[^:]{10,140}:\\s*" + GRADE);
    // A theme names an area of work in a few words; a longer tail after the colon is a sentence, not a theme.
    private static final Pattern THEME = Pattern.compile("\\p{Lu}[^.;:!?\\s]*(?:\\s+[^.;:!?\\s]+){0,5}");

    private static Rule rule(String regex, Section section) {
        return new Rule(Pattern.compile(regex), section);
    }

    /** The heading a whole line states, or {@literal null} when the line is prose, a bullet or too long. */
    static FindingHeading match(String line) {
        if (line == null || line.isEmpty() || line.length() > 160 || line.startsWith(LetterCleaner.BULLET)) {
            return null;
        }
        String text = withoutFootnoteMark(line.trim());
        if (!text.isEmpty() && !Character.isUpperCase(text.charAt(0))) {
            String unnumbered = NUMBERING.matcher(text).replaceFirst("");
            // Unless numbered ("a) Areas for development"), a line starting in lower case is the end of a sentence
            // wrapped onto it: "overall effectiveness." under "… was judged to be good in its".
            if (unnumbered.equals(text) && Character.isLowerCase(text.charAt(0))) {
                return null;
            }
            text = unnumbered;
        }
        if (GRADED.matcher(text).matches()) {
            return new FindingHeading(Section.NARRATIVE, null, null);
        }
        String theme = null;
        int colon = text.indexOf(':');
        if (colon >= 0) {
            String after = text.substring(colon + 1).trim();
            if (!after.isEmpty()) {
                if (!THEME.matcher(after).matches()) {
                    return null;
                }
                theme = after;
            }
            text = text.substring(0, colon);
        }
        String key = withoutTrailingMarks(text.toLowerCase(Locale.ROOT).replace('\u2019', '\'').trim());
        int space = key.indexOf(' ');
        if (!FIRST_WORDS.contains(space < 0 ? key : key.substring(0, space))) {
            return null;
        }
        if (theme == null && TIMESCALE_ONLY.matcher(key).matches()) {
            return new FindingHeading(null, timescaleIn(key), null);
        }
        for (Rule r : SECTION_RULES) {
            if (r.pattern.matcher(key).matches()) {
                return new FindingHeading(r.section, r.section.callsForAction() ? timescaleIn(key) : null, theme);
            }
        }
        return null;
    }

    /**
     * A footnote's number printed straight after a heading's last letter or mark ("What needs to improve?1",
     * "Information about this local authority area2") is not part of it.
     */
    static String withoutFootnoteMark(String line) {
        boolean endsInDigit = !line.isEmpty() && Character.isDigit(line.charAt(line.length() - 1));
        return endsInDigit ? FOOTNOTE_MARK.matcher(line).replaceFirst("") : line;
    }

    private static String withoutTrailingMarks(String key) {
        int end = key.length();
        while (end > 0 && (key.charAt(end - 1) == '?' || key.charAt(end - 1) == '.')) {
            end--;
        }
        return key.substring(0, end).trim();
    }

    private static Timescale timescaleIn(String key) {
        if (IMMEDIATE.matcher(key).find()) {
            return Timescale.IMMEDIATE;
        }
        if (WITHIN_THREE.matcher(key).find()) {
            return Timescale.THREE_MONTHS;
        }
        if (WITHIN_SIX.matcher(key).find()) {
            return Timescale.SIX_MONTHS;
        }
        return null;
    }

    boolean opensSection() {
        return section != null;
    }
}
