package org.scrutineer.finding;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads who wrote a letter to whom, when, about which council, and its overall judgement. */
final class LetterMetadataReader {

    private static final Pattern DEAR = Pattern.compile("^Dear\\s+(.{1,80}?)[,:;]?$");
    private static final Pattern GENERIC_SALUTATION = Pattern.compile("(?i)(?:sir|madam|sir or madam|sir/madam|colleagues?|all|friends?)");
    private static final Pattern SIGN_OFF = Pattern.compile("(?i)^yours\\s+(?:sincerely|faithfully|truly)\\b");
    private static final Pattern LABELLED_DATE = Pattern.compile(
            "(?i)^(?:date(?: of (?:letter|issue|publication))?|(?:report )?published)\\s*:?\\s*(.{6,40})$");
    private static final Pattern OFSTED = Pattern.compile("(?i)\\bofsted\\b|her majesty['\u2019]s inspector");
    private static final Pattern CQC = Pattern.compile("(?i)care quality commission");
    private static final Pattern INSPECTION_DATES_LABEL = Pattern.compile("(?i)\\binspection dates?\\s*:\\s*(?=\\d)");
    // The lazy gaps are bounded so that a long text without full stops cannot make the search quadratic.
    private static final Pattern INSPECTION_DATES_PROSE = Pattern.compile(
            "(?i)\\b(?:conducted|carried out|undertaken|took place|visit(?:ed)?|inspected)\\b[^.]{0,160}?"
                    + "\\b(?:on|between|from)\\s+(\\d{1,2}(?:st|nd|rd|th)?\\b[^.]{0,60}?\\b(?:19|20)\\d{2})");
    private static final String DAY = "\\d{1,2}(?:st|nd|rd|th)?";
    private static final Pattern DATE_RANGE = Pattern.compile("(?i)" + DAY + "(?:\\s+" + EnglishDates.MONTH + "(?:\\s+\\d{4})?)?"
            + "(?:\\s*(?:,|and|to|until|&|-|\u2013|\u2014)\\s*" + DAY + "(?:\\s+" + EnglishDates.MONTH + "(?:\\s+\\d{4})?)?){0,6}"
            + "\\s+" + EnglishDates.MONTH + "\\s+\\d{4}");
    private static final Pattern SUMMARY_OPENING = Pattern.compile("^The inspection (?:identified|found|judged|concluded)\\b");
    private static final Pattern SUMMARY_HEADING = Pattern.compile(
            "(?i)^(?:overview|summary(?: of findings)?|overall effectiveness|(?:main|key|headline) findings)\\b");
    private static final int ADDRESS_BLOCK_LINES = 25;
    private static final Pattern NAMES_AN_INSPECTION = Pattern.compile("(?i)\\b(?:inspection|visit)\\b");

    private LetterMetadataReader() {
    }

    /** @param running the lines every few pages repeat, taken out of {@code lines} as running headers and footers */
    static ExtractedLetter read(List<String> lines, Set<String> running, List<LetterBlock> blocks, List<Finding> findings) {
        int dear = indexOf(lines, DEAR, 0);
        String salutation = dear < 0 ? null : salutationName(lines.get(dear));
        String title = dear < 0 ? coverTitle(lines, running) : title(lines, dear);
        String text = String.join(" ", lines.stream().filter(l -> !l.isEmpty()).toList());
        String inspectionDates = inspectionDates(text);
        LocalDate[] span = EnglishDates.span(inspectionDates);
        String coverJudgement = ReportJudgement.in(lines, dear < 0);
        return new ExtractedLetter(
                inspectorate(text),
                CouncilNames.authority(title, dear < 0 ? null : String.join(" ", lines.subList(dear, lines.size())), text),
                recipient(lines, dear, salutation),
                signatory(lines),
                letterDate(lines, dear),
                inspectionDates,
                span == null ? null : span[0],
                span == null ? null : span[1],
                title,
                coverJudgement == null ? summaryJudgement(blocks) : coverJudgement,
                findings);
    }

    private static int indexOf(List<String> lines, Pattern p, int from) {
        for (int i = from; i < lines.size(); i++) {
            if (p.matcher(lines.get(i)).find()) {
                return i;
            }
        }
        return -1;
    }

    private static String salutationName(String dearLine) {
        Matcher m = DEAR.matcher(dearLine);
        if (!m.find()) {
            return null;
        }
        String name = m.group(1).trim();
        return GENERIC_SALUTATION.matcher(name).matches() ? null : name;
    }

    /**
     * The full name in the address block whose surname the salutation uses ("Dear Mr Smith"), or whose first name it
     * uses ("Dear Caroline"); else the salutation's name.
     */
    private static String recipient(List<String> lines, int dear, String salutation) {
        if (salutation == null) {
            return null;
        }
        String[] words = salutation.split(" ");
        boolean firstName = words.length == 1;
        for (int i = dear - 1; i >= Math.max(0, dear - ADDRESS_BLOCK_LINES); i--) {
            String line = lines.get(i);
            boolean named = firstName ? line.startsWith(words[0] + " ") : line.endsWith(" " + words[words.length - 1]);
            if (named && PersonNames.isPersonName(line)) {
                return line;
            }
        }
        return salutation;
    }

    private static String signatory(List<String> lines) {
        int signOff = indexOf(lines, SIGN_OFF, 0);
        if (signOff >= 0) {
            for (int i = signOff + 1, seen = 0; i < lines.size() && seen < 3; i++) {
                String line = lines.get(i);
                if (line.isEmpty()) {
                    continue;
                }
                seen++;
                String name = PersonNames.withoutPostNominals(line);
                if (PersonNames.isPersonName(name)) {
                    return name;
                }
            }
            return null;
        }
        return PersonNames.signatureAtEnd(lines);
    }

    /**
     * A line that is nothing but a date, above the salutation: where letters put it. Without a salutation (a report),
     * the first 60 lines of text, not counting blank ones: PDF extraction leaves many blank lines on a cover page.
     */
    private static LocalDate letterDate(List<String> lines, int dear) {
        int end = dear >= 0 ? dear : lines.size();
        int seen = 0;
        for (int i = 0; i < end && (dear >= 0 || seen < 60); i++) {
            String line = lines.get(i);
            if (line.isEmpty()) {
                continue;
            }
            seen++;
            if (line.length() > 60) {
                continue;
            }
            LocalDate date = EnglishDates.parse(line);
            if (date == null) {
                Matcher labelled = LABELLED_DATE.matcher(line);
                date = labelled.matches() ? EnglishDates.parse(labelled.group(1)) : null;
            }
            if (date != null) {
                return date;
            }
        }
        return null;
    }

    /**
     * A report or paper without a salutation opens with its title: its first line, with the lines it wraps onto, when
     * that is not a sentence and names the inspection or visit ("Inspection of looked after children services"). A
     * wrapped line goes on in lower case, or, starting with a capital ("Inspection of Wokingham Borough / Council
     * local authority children’s / services"), is part of the title when the title so far, with it, begins a line the
     * document repeats further on: reports print their whole title in every page's running header or footer. A
     * council's name may stand above it; a second title joined by a line "and" (a board's review) is left out.
     */
    private static String coverTitle(List<String> lines, Set<String> running) {
        int first = 0;
        while (first < lines.size() && lines.get(first).isEmpty()) {
            first++;
        }
        if (first == lines.size()) {
            return null;
        }
        // a council's name above the title ("Reading Borough Council / Inspection of services for children in need…"):
        // the letter names its council apart
        if (first + 1 < lines.size() && !NAMES_AN_INSPECTION.matcher(lines.get(first)).find()
                && lines.get(first).split(" ").length <= 8 && NAMES_AN_INSPECTION.matcher(lines.get(first + 1)).find()) {
            first++;
        }
        StringBuilder b = new StringBuilder(lines.get(first));
        for (int i = first + 1; i < lines.size() && i <= first + 2 && !lines.get(i).isEmpty()
                && !lines.get(i).equalsIgnoreCase("and"); i++) {
            String longer = b + " " + lines.get(i);
            if (!Character.isLowerCase(lines.get(i).charAt(0))
                    && running.stream().noneMatch(r -> r.startsWith(longer)) && !repeatedLater(lines, i + 1, longer)) {
                break;
            }
            b.append(' ').append(lines.get(i));
        }
        String title = b.toString();
        boolean titleLike = !title.endsWith(".") && title.split(" ").length <= 25 && !title.startsWith(LetterCleaner.BULLET)
                && NAMES_AN_INSPECTION.matcher(title).find();
        return titleLike ? title : null;
    }

    private static boolean repeatedLater(List<String> lines, int from, String start) {
        for (int i = from; i < lines.size(); i++) {
            if (lines.get(i).startsWith(start)) {
                return true;
            }
        }
        return false;
    }

    /** The subject heading under the salutation: a short paragraph that is not a sentence. */
    private static String title(List<String> lines, int dear) {
        int i = dear + 1;
        while (i < lines.size() && lines.get(i).isEmpty()) {
            i++;
        }
        StringBuilder b = new StringBuilder();
        int count = 0;
        for (; i < lines.size() && !lines.get(i).isEmpty(); i++) {
            if (++count > 3) {
                return null;
            }
            b.append(b.length() > 0 ? " " : "").append(lines.get(i));
        }
        String title = b.toString();
        if (title.isEmpty() || title.length() > 300 || title.startsWith(LetterCleaner.BULLET)
                || title.endsWith(".") || title.endsWith(":") || title.startsWith("Yours")) {
            return null;
        }
        return title;
    }

    private static String inspectorate(String text) {
        if (OFSTED.matcher(text).find()) {
            return "Ofsted";
        }
        if (CQC.matcher(text).find()) {
            return "Care Quality Commission";
        }
        return null;
    }

    private static String inspectionDates(String text) {
        Matcher m = INSPECTION_DATES_LABEL.matcher(text);
        if (m.find()) {
            // The whole span after the label: "14 January 2014 – 5 February 2014", not its first date alone.
            Matcher range = DATE_RANGE.matcher(text).region(m.end(), Math.min(text.length(), m.end() + 80));
            if (range.lookingAt()) {
                return range.group();
            }
        }
        m = INSPECTION_DATES_PROSE.matcher(text);
        while (m.find()) {
            if (DATE_RANGE.matcher(m.group(1)).matches()) {
                return m.group(1);
            }
        }
        return null;
    }

    /**
     * Ofsted's letters state the overall judgement in a sentence starting "The inspection identified …"; its
     * newer letters and reports open the section after an "Overview" heading with it.
     */
    private static String summaryJudgement(List<LetterBlock> blocks) {
        for (LetterBlock b : blocks) {
            if (b.kind() != LetterBlock.Kind.HEADING && SUMMARY_OPENING.matcher(b.text()).find()) {
                return Sentences.first(b.text());
            }
        }
        for (int i = 0; i < blocks.size(); i++) {
            LetterBlock b = blocks.get(i);
            boolean narrativeHeading = b.kind() == LetterBlock.Kind.HEADING && b.heading().section() == Section.NARRATIVE;
            if (narrativeHeading || (b.kind() == LetterBlock.Kind.PARAGRAPH && SUMMARY_HEADING.matcher(b.text()).find()
                    && b.text().split(" ").length <= 16)) {
                for (int j = i + 1; j < blocks.size() && j <= i + 3; j++) {
                    LetterBlock next = blocks.get(j);
                    String sentence = Sentences.first(next.text());
                    boolean paragraph = next.kind() == LetterBlock.Kind.PARAGRAPH
                            || next.kind() == LetterBlock.Kind.NUMBERED;
                    if (paragraph && !next.isGrade() && sentence.split(" ").length >= 8
                            && Sentences.isComplete(sentence)) {
                        return sentence;
                    }
                }
            }
        }
        return null;
    }
}
