package org.scrutineer.report;

import org.scrutineer.finding.Section;
import org.scrutineer.finding.Timescale;
import org.scrutineer.report.ReportView.ActionView;
import org.scrutineer.report.ReportView.FindingQuote;
import org.scrutineer.report.ReportView.FindingView;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.scrutineer.report.ReportWording.hasText;
import static org.scrutineer.report.ReportWording.orEmpty;

/**
 * The paper's groups of actions, in the order a committee reads them: by the timescale the inspectorate set, then
 * the actions answering its areas for priority action (a letter that names priorities seldom gives them a
 * timescale, and a chair looks for them first), then the rest.
 */
record ActionGroup(String title, String note, List<ActionView> actions) {

    /** The heading of a group's unthemed actions after themed ones: else they read as the last theme's. */
    static final String NO_THEME = "No theme given";

    static List<ActionGroup> of(List<ActionView> actions, ReportView view) {
        List<ActionGroup> groups = new ArrayList<>();
        for (Timescale timescale : Timescale.values()) {
            add(groups, timescale.heading(), "Timescale set by " + orEmpty(view.inspectorate()) + ".",
                    actions.stream().filter(a -> a.timescale() == timescale).toList());
        }
        Set<String> priorities = view.findings() == null ? Set.of() : view.findings().stream()
                .filter(f -> Section.PRIORITY_ACTION.json().equals(sectionJson(f))).map(FindingView::id)
                .collect(Collectors.toSet());
        List<ActionView> untimed = actions.stream().filter(a -> a.timescale() == null).toList();
        List<ActionView> priority = untimed.stream().filter(a -> answersAny(a, priorities)).toList();
        add(groups, Section.PRIORITY_ACTION.heading(), "Actions answering the areas " + orEmpty(view.inspectorate())
                + " named for priority action; it set no timescale for them.", priority);
        add(groups, groups.isEmpty() ? "All actions" : "Other actions", "No timescale was set by the inspectorate for these.",
                untimed.stream().filter(a -> !priority.contains(a)).toList());
        return groups;
    }

    /**
     * The group's actions by theme, each theme where its first action stands. Unthemed actions stand together
     * where the first of them does: first, under no heading (a {@literal null} key), as a SIF report's own
     * recommendations come before its board's; after a theme, headed {@link #NO_THEME}, else they read as that
     * theme's.
     */
    Map<String, List<ActionView>> byTheme() {
        Map<String, List<ActionView>> themes = new LinkedHashMap<>();
        String unthemed = null;
        boolean placed = false;
        for (ActionView action : actions) {
            if (hasText(action.theme())) {
                themes.computeIfAbsent(action.theme().strip(), t -> new ArrayList<>()).add(action);
            } else {
                if (!placed) {
                    unthemed = themes.isEmpty() ? null : NO_THEME;
                    placed = true;
                }
                themes.computeIfAbsent(unthemed, t -> new ArrayList<>()).add(action);
            }
        }
        return themes;
    }

    private static void add(List<ActionGroup> groups, String title, String note, List<ActionView> actions) {
        if (!actions.isEmpty()) {
            groups.add(new ActionGroup(title, note, actions));
        }
    }

    private static boolean answersAny(ActionView action, Set<String> findingIds) {
        return action.findings() != null && action.findings().stream().map(FindingQuote::id).anyMatch(findingIds::contains);
    }

    /** The appendix carries a finding's section in words ("Priority action"): back to its key to compare. */
    private static String sectionJson(FindingView finding) {
        return orEmpty(finding.section()).strip().toLowerCase(java.util.Locale.UK).replace(' ', '_');
    }
}
