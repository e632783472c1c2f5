package org.scrutineer.overview;

import org.scrutineer.finding.Finding;
import org.scrutineer.finding.Section;
import org.scrutineer.plan.Action;
import org.scrutineer.plan.Plan;

import java.util.ArrayList;
import java.util.List;

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

        /** Whether any of its findings has a timescale or theme: a column empty on every row is left out. */
        public boolean hasTimescalesOrThemes() {
            return findings.stream().anyMatch(f -> !f.timescale().isEmpty() || !f.theme().isEmpty());
        }
    }

    /**
     * @param place  "Page 2", or why there is none
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
                groups.add(new Group("findings-" + section.json().replace('_', '-'), section.heading(),
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
        // where a reader finds it in the letter they hold: its page; a letter without pages has only its text
        String place = source.page() == null ? "In the letter's text" : "Page " + source.page();
        String before = text.substring(Math.max(0, source.start() - 2 * CONTEXT), source.start());
        String after = text.substring(source.end(), Math.min(text.length(), source.end() + 2 * CONTEXT));
        return new Row(f.id(), f.text(), timescale, orEmpty(f.theme()),
                place,
                before.isBlank() ? "" : Excerpts.end(before, CONTEXT),
                Excerpts.start(text.substring(source.start(), source.end()), QUOTED),
                after.isBlank() ? "" : (Character.isWhitespace(after.charAt(0)) ? " " : "")
                        + Excerpts.start(after, CONTEXT), answeredBy);
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
