package org.scrutineer.finding;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An inspection report's overall judgement as its cover prints it: the grade against "Overall effectiveness" in the
 * grade table of an ILACS report, or the headline of a single-inspection-framework report ("Children's services in
 * Reading are inadequate", "The overall judgement is good"). A grade table at the end of a report records the
 * judgements of its chapters and is not read.
 */
final class ReportJudgement {

    private static final Pattern OVERALL = Pattern.compile("^Overall effectiveness(?:\\s+(.+))?$");
    /**
     * A short clause that ends by grading its subject. The verbs are in lower case: the grade table's rows print the
     * grade alone in a column ("The impact of leaders on social work Requires improvement to be good").
     */
    private static final Pattern HEADLINE = Pattern.compile("^\\p{Lu}[^.]{2,80}\\b(?:(?:is|are) (?:outstanding|good|adequate"
            + "|inadequate)|requires? improvement(?: to be good)?)\\.?$");
    /** A cover page's lines with text; PDF extraction leaves blank ones too, which are not counted. */
    private static final int COVER_LINES = 40;

    private ReportJudgement() {
    }

    /**
     * The judgement its cover prints, or {@literal null}; a cover headline only for a {@code report}, since a letter's
     * first lines are an address.
     */
    static String in(List<String> lines, boolean report) {
        for (int i = 0, seen = 0; i < lines.size() && seen < COVER_LINES; i++) {
            String line = lines.get(i);
            if (line.isEmpty()) {
                continue;
            }
            seen++;
            Matcher overall = OVERALL.matcher(line);
            if (overall.matches()) {
                String grade = gradeOf(overall.group(1), nextText(lines, i + 1));
                if (grade != null && LetterBlock.isGradeLine(grade)) {
                    return grade;
                }
            }
            if (report && HEADLINE.matcher(line).matches()) {
                return line;
            }
        }
        return null;
    }

    /** The grade on the line of "Overall effectiveness" or under it; in its column it may wrap ("… to be good"). */
    private static String gradeOf(String onTheLine, String next) {
        if (onTheLine == null || next == null) {
            return onTheLine == null ? next : onTheLine;
        }
        return Character.isLowerCase(next.charAt(0)) ? onTheLine + " " + next : onTheLine;
    }

    private static String nextText(List<String> lines, int from) {
        for (int i = from; i < lines.size(); i++) {
            if (!lines.get(i).isEmpty()) {
                return lines.get(i);
            }
        }
        return null;
    }
}
