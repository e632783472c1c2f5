package org.scrutineer.overview;

import org.scrutineer.finding.Finding;
import org.scrutineer.finding.Section;
import org.scrutineer.plan.Action;
import org.scrutineer.plan.Plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A letter's findings by the heading they stand under, each with where it sits in the letter and what answers it. */
final class FindingGroups {

    /** The sections in the order a coordinator works through them: what calls for action first. */
    private static final List<Section> ORDER = List.of(Section.PRIORITY_ACTION, Section.AREA_FOR_DEVELOPMENT,
            Section.RECOMMENDATION, Section.STRENGTH, Section.MEETS_REQUIREMENTS, Section.NARRATIVE,
            Section.UNCLASSIFIED);
    private static final int CONTEXT = 110;
    private static final int QUOTED = 220;

    private FindingGroups() {
    }

    /** @param id the element id of the group's heading */
    record Group(String id, String heading, boolean callsForAction, List<Row> findings) {
    }

    /**
     * @param place  "Page 2, characters 1,043 to 1,290 of 12,400", or why there is none
     * @param before the letter's text just before it, {@code quote} its own (shortened), {@code after} just after;
     *               all "" when it has no place in the text
     * @param answeredBy the plan's actions answering it
     */
    record Row(String id, String text, String timescale, String theme, String place, String before, String quote,
               String after, List<String> answeredBy) {
    }

    /** @param plan may be {@literal null}, before it is drafted */
    static List<Group> of(List<Finding> findings, String letterText, Plan plan) {
        List<Group> groups = new ArrayList<>();
        for (Section section : ORDER) {
            List<Row> rows = findings.stream().filter(f -> f.section() == section)
                    .map(f -> row(f, letterText == null ? "" : letterText, plan)).toList();
            if (!rows.isEmpty()) {
                groups.add(new Group("findings-" + section.json().replace('_', '-'), heading(section),
                        section.callsForAction(), rows));
            }
        }
        return groups;
    }

    private static Row row(Finding f, String text, Plan plan) {
        List<String> answeredBy = plan == null ? List.of() : plan.getActions().stream()
                .filter(a -> a.getFindingIds().contains(f.id())).map(Action::getId).toList();
        String timescale = f.timescale() == null ? "" : f.timescale().heading();
        Finding.Source source = f.source();
        if (source == null || source.start() < 0 || source.end() > text.length() || source.start() >= source.end()) {
            return new Row(f.id(), f.text(), timescale, orEmpty(f.theme()),
                    "Added by a coordinator: not quoted from the letter", "", "", "", answeredBy);
        }
        String place = (source.page() == null ? "" : "Page " + source.page() + ", ")
                + String.format(Locale.UK, "characters %,d to %,d of %,d", source.firstCharacter(), source.end(), text.length());
        String before = text.substring(Math.max(0, source.start() - 2 * CONTEXT), source.start());
        String after = text.substring(source.end(), Math.min(text.length(), source.end() + 2 * CONTEXT));
        return new Row(f.id(), f.text(), timescale, orEmpty(f.theme()),
                source.page() == null ? capitalised(place) : place,
                before.isBlank() ? "" : Excerpts.end(before, CONTEXT),
                Excerpts.start(text.substring(source.start(), source.end()), QUOTED),
                after.isBlank() ? "" : (Character.isWhitespace(after.charAt(0)) ? " " : "")
                        + Excerpts.start(after, CONTEXT), answeredBy);
    }

    private static String heading(Section section) {
        return switch (section) {
            case PRIORITY_ACTION -> "Areas for priority action";
            case AREA_FOR_DEVELOPMENT -> "Areas for development";
            case RECOMMENDATION -> "Recommendations";
            case STRENGTH -> "Strengths";
            case MEETS_REQUIREMENTS -> "Where the service meets the requirements";
            case NARRATIVE -> "Overview and context";
            case UNCLASSIFIED -> "Not yet placed under a heading";
        };
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
