package org.scrutineer.finding;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A unit of a letter's layout: a heading, a bullet, a labelled item ("Recommendation 2: …"), a numbered or a plain
 * paragraph, or the point where findings stop (the closing boilerplate, the sign-off, or a report's part that holds
 * none, such as its contents or "Information about this inspection").
 */
record LetterBlock(Kind kind, String text, int lineCount, FindingHeading heading) {

    enum Kind { HEADING, STOP, BULLET, LABELLED, NUMBERED, PARAGRAPH }

    /** A line of contact details or a copyright notice: a publisher's furniture, never a finding. */
    boolean isContactOrCopyright() {
        return text.length() <= 100 && CONTACT_OR_COPYRIGHT.matcher(text).matches();
    }

    private static final Pattern LABEL = Pattern.compile("(?i)^recommendation\\s*\\d{0,3}\\s*[:.;\\-\u2013]\\s*");
    // Reports number their paragraphs through the whole document, past 100.
    private static final Pattern PARAGRAPH_NUMBER = Pattern.compile("^\\d{1,3}\\.\\s+(?=\\p{Lu})");
    private static final Pattern LETTERED = Pattern.compile("^\\(?[a-z]\\)\\s+|^\\([ivx]{1,4}\\)\\s+");
    // A publisher's back page: "T: 0300 123 1231", "Textphone: …", "E: enquiries@…", "W: www.…", "© Crown copyright".
    private static final Pattern CONTACT_OR_COPYRIGHT = Pattern.compile("(?i)^(?:(?:t|tel|telephone|textphone|minicom"
            + "|fax|e|e-?mail|w|web|website)\\s*:\\s*\\S+(?:\\s\\S+){0,3}|(?:©|\\(c\\))\\s.{0,60}|crown copyright\\b.{0,40})$");
    private static final Pattern STOP = Pattern.compile(
            "(?i)^(?:yours\\s+(?:sincerely|faithfully|truly)\\b|any areas? for .{0,80}?identified above\\b)");
    /**
     * The closing paragraphs every inspectorate letter ends with (what happens next, who is copied in), which end its
     * findings even where no sign-off follows them.
     */
    private static final Pattern CLOSING = Pattern.compile("(?i)^(?:(?:ofsted|we|inspectors|the inspectorate)\\b[^.]{0,60}?"
            + "\\b(?:into account|(?:next|future) (?:inspection|visit))|(?:we|ofsted) (?:have|has) notified\\b"
            + "|you should (?:submit|send|prepare) an action plan\\b|(?:i am|we are) copying this letter\\b"
            + "|this letter will be published\\b)");
    private static final Pattern GRADE = Pattern.compile(
            "(?i)^(?:grade\\s*\\d\\b.{0,40}|" + FindingHeading.GRADE + ")$");
    /**
     * The parts of a report that hold no findings: its contents, the facts about the area and the inspection, the
     * explanation of the grades, the summary retold for children, the conclusion of a council's paper, and a
     * "Section 2: …" or "The Local Safeguarding Children Board (LSCB)" that starts another part, the board's review
     * in a SIF report (whose own findings headings open them again).
     */
    private static final Pattern PART_WITHOUT_FINDINGS = Pattern.compile("(?i)^(?:(?:table of )?contents|conclusions?"
            + "|information about this (?:local authority area|inspection)|what the inspection judge?ments mean\\b.{0,60}"
            + "|summary for children and young people|section \\d{1,2}\\s*:.{0,100}"
            + "|the local safeguarding children(?:'|\u2019)?s? board(?: \\(\\w{3,6}\\))?)$");
    /** A line that leads into a list and says what its items are: "The local authority has the following strengths". */
    private static final Pattern STRENGTHS_LEAD_IN = Pattern.compile(
            "(?i)^(?:the|this|its)\\b[^.]{0,60}\\bfollowing (?:key )?strengths:?$");
    /** "This local authority is good because", "It is not yet good because:": the reasons for a judgement follow. */
    private static final Pattern REASONS_LEAD_IN = Pattern.compile("(?i)^(?:the|this|it)\\b[^.]{0,60}\\b(?:"
            + FindingHeading.GRADE + "|improvement)\\s+because:?$");
    private static final int MAX_HEADING_WORDS = 10;
    /** "Progress: …", "Impact: …": a note under an item, never the rest of its sentence. */
    private static final Pattern LEAD_LABEL = Pattern.compile("^\\p{Lu}[\\p{L} ]{0,30}:");

    /**
     * A short paragraph of one or two lines with no sentence punctuation, such as "Conclusion" or "Outcomes for
     * looked after children and / young people": an unknown heading that ends the findings group before it.
     */
    boolean looksLikeHeading() {
        if (kind != Kind.PARAGRAPH || lineCount > 2 || text.isEmpty() || text.indexOf(':') >= 0
                || text.contains(". ")) {
            return false;
        }
        char first = text.charAt(0);
        char last = text.charAt(text.length() - 1);
        return Character.isUpperCase(first) && ".,;!\"\u201D".indexOf(last) < 0
                && text.split(" ").length <= MAX_HEADING_WORDS && !isGrade();
    }

    /** A report's judgement line under a heading: "Grade 4 (inadequate)", or the grade alone, "Good". */
    boolean isGrade() {
        return kind == Kind.PARAGRAPH && isGradeLine(text);
    }

    static boolean isGradeLine(String line) {
        return GRADE.matcher(line).matches();
    }

    static List<LetterBlock> split(List<String> lines) {
        Splitter s = new Splitter();
        for (int i = 0; i < lines.size(); i++) {
            i = s.accept(lines, i);
        }
        s.close();
        return s.blocks;
    }

    private static final class Splitter {
        final List<LetterBlock> blocks = new ArrayList<>();
        Kind kind;
        StringBuilder text;
        int lineCount;
        boolean blankSince;

        /** Consumes the line at {@code i} (and the next one for a two-line heading); returns the last index used. */
        int accept(List<String> lines, int i) {
            String line = lines.get(i);
            if (line.isEmpty()) {
                blankSince = true;
                return i;
            }
            // "Recommendation: Ensure …" is an item, though "Recommendation" alone would be a heading.
            Matcher label = LABEL.matcher(line);
            if (label.find() && label.end() < line.length()) {
                open(Kind.LABELLED, line.substring(label.end()));
                return i;
            }
            FindingHeading heading = FindingHeading.match(line);
            if (heading == null && startsList(lines, i + 1)) {
                heading = leadIn(line);
            }
            if (heading == null && isLogoText(line)) {
                blankSince = true;
                return i;
            }
            int used = i;
            // A heading wrapped onto a second line, which may read as a shorter heading on its own.
            if (i + 1 < lines.size() && isHeadingStart(line, lines.get(i + 1))) {
                FindingHeading wrapped = FindingHeading.match(line + " " + lines.get(i + 1));
                if (wrapped != null) {
                    heading = wrapped;
                    used = i + 1;
                }
            }
            if (heading != null) {
                close();
                blocks.add(new LetterBlock(Kind.HEADING, line, used - i + 1, heading));
                return used;
            }
            if (STOP.matcher(line).find()
                    || PART_WITHOUT_FINDINGS.matcher(FindingHeading.withoutFootnoteMark(line)).matches()) {
                close();
                blocks.add(new LetterBlock(Kind.STOP, line, 1, null));
                return i;
            }
            if (line.startsWith(LetterCleaner.BULLET)) {
                open(Kind.BULLET, line.substring(LetterCleaner.BULLET.length()));
                return i;
            }
            Matcher lettered = LETTERED.matcher(line);
            if (lettered.find()) {
                open(Kind.BULLET, line.substring(lettered.end()));
                return i;
            }
            Matcher number = PARAGRAPH_NUMBER.matcher(line);
            if (number.find()) {
                open(Kind.NUMBERED, line.substring(number.end()));
                return i;
            }
            if (text != null && (!blankSince || continuesSentence(line) || isBracketedTag(line))) {
                // "Stockton-on-" at a line's end and "Tees" on the next are one name: no space after the hyphen
                boolean hyphenated = text.length() > 1 && text.charAt(text.length() - 1) == '-'
                        && Character.isLetter(text.charAt(text.length() - 2)) && Character.isLetter(line.charAt(0));
                text.append(hyphenated ? "" : " ").append(line);
                lineCount++;
                blankSince = false;
                return i;
            }
            open(Kind.PARAGRAPH, line);
            return i;
        }

        void open(Kind k, String first) {
            close();
            kind = k;
            text = new StringBuilder(first);
            lineCount = 1;
            blankSince = false;
        }

        void close() {
            if (text != null) {
                String t = LetterCleaner.collapse(text.toString());
                blocks.add(new LetterBlock(kind == Kind.PARAGRAPH && CLOSING.matcher(t).find() ? Kind.STOP : kind, t,
                        lineCount, null));
            }
            text = null;
            blankSince = false;
        }

        // OCR and PDF extraction put blank lines inside paragraphs, and a page break falls mid-sentence: a line going
        // on from an unfinished sentence continues it if it starts in lower case or with a bracket or a digit, or if it
        // is itself a sentence rather than a short heading, and what it follows is not a short heading either.
        private boolean continuesSentence(String line) {
            int end = text.length() - 1;
            if (end < 0 || ".!?:;".indexOf(text.charAt(end)) >= 0) {
                return false;
            }
            char first = line.charAt(0);
            if (Character.isLowerCase(first) || first == '(' || Character.isDigit(first)) {
                return true;
            }
            if (kind == Kind.PARAGRAPH && lineCount == 1 && text.toString().split(" ").length <= MAX_HEADING_WORDS) {
                return false;
            }
            char last = text.charAt(end);
            return (Character.isLowerCase(last) || last == ',') && line.split(" ").length > MAX_HEADING_WORDS
                    && !LEAD_LABEL.matcher(line).find();
        }

        /** "(Recommendation)" or "(outcome 4, national framework)" on a line of its own tags the paragraph above. */
        private static boolean isBracketedTag(String line) {
            return line.charAt(0) == '(' && line.lastIndexOf(')') >= line.length() - 2;
        }

        /** Whether the next line with text opens a numbered paragraph or a bullet. */
        private static boolean startsList(List<String> lines, int from) {
            int k = from;
            while (k < lines.size() && lines.get(k).isEmpty()) {
                k++;
            }
            return k < lines.size()
                    && (lines.get(k).startsWith(LetterCleaner.BULLET) || PARAGRAPH_NUMBER.matcher(lines.get(k)).find());
        }

        /**
         * A line introducing a list of strengths opens them; one giving the reasons for a judgement opens narrative.
         * Only where a list follows: the same words wrapped inside a paragraph are no heading.
         */
        private static FindingHeading leadIn(String line) {
            if (STRENGTHS_LEAD_IN.matcher(line).matches()) {
                return new FindingHeading(Section.STRENGTH, null, null);
            }
            return REASONS_LEAD_IN.matcher(line).matches() ? new FindingHeading(Section.NARRATIVE, null, null) : null;
        }

        private static boolean isHeadingStart(String line, String next) {
            return !next.isEmpty() && !next.startsWith(LetterCleaner.BULLET) && line.length() + next.length() < 160
                    && Character.isLowerCase(next.charAt(0));
        }

        // A logo or letterhead line in capitals ("INVESTOR IN PEOPLE") is neither a finding nor a heading of one.
        private static boolean isLogoText(String line) {
            if (line.length() > 60) {
                return false;
            }
            boolean letter = false;
            for (int k = 0; k < line.length(); k++) {
                char c = line.charAt(k);
                if (Character.isLowerCase(c)) {
                    return false;
                }
                letter |= Character.isLetter(c);
            }
            return letter && line.indexOf(' ') > 0;
        }
    }
}
