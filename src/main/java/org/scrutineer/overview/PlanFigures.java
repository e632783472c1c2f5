package org.scrutineer.overview;

import org.scrutineer.plan.ActionStatus;
import org.scrutineer.progress.Rag;
import org.scrutineer.report.Standing;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** A plan's actions counted: by where they stand today, by their last RAG, and by status. */
record PlanFigures(int actions, Map<Standing, Integer> byStanding, Map<Rag, Integer> byRag, int unrated,
                   Map<ActionStatus, Integer> byStatus) {

    static PlanFigures of(List<ActionLine> lines) {
        Map<Standing, Integer> standing = new EnumMap<>(Standing.class);
        Map<Rag, Integer> rag = new EnumMap<>(Rag.class);
        Map<ActionStatus, Integer> status = new EnumMap<>(ActionStatus.class);
        int unrated = 0;
        for (ActionLine line : lines) {
            standing.merge(line.standing(), 1, Integer::sum);
            status.merge(line.status(), 1, Integer::sum);
            if (line.rag() == null) {
                unrated++;
            } else {
                rag.merge(line.rag(), 1, Integer::sum);
            }
        }
        return new PlanFigures(lines.size(), standing, rag, unrated, status);
    }

    public int red() {
        return byRag.getOrDefault(Rag.RED, 0);
    }

    public int amber() {
        return byRag.getOrDefault(Rag.AMBER, 0);
    }

    public int green() {
        return byRag.getOrDefault(Rag.GREEN, 0);
    }

    public int overdue() {
        return standing(Standing.OVERDUE);
    }

    /** As the chart beside the table and the letter's page count them: reported completed, approved yet or not. */
    public int completed() {
        return standing(Standing.COMPLETED);
    }

    public int accepted() {
        return status(ActionStatus.ACCEPTED) + status(ActionStatus.COMPLETED);
    }

    public int declined() {
        return status(ActionStatus.DECLINED);
    }

    public int standing(Standing s) {
        return byStanding.getOrDefault(s, 0);
    }

    private int status(ActionStatus s) {
        return byStatus.getOrDefault(s, 0);
    }
}
