package org.scrutineer.report;

import org.scrutineer.progress.Rag;
import org.scrutineer.report.ReportView.ActionView;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * An action the summary names first, with why: RED, overdue, no update received this cycle, or newly slipped since
 * the last approved report (its due date moved later, or its RAG fell), or on a first report since the plan was
 * drafted.
 *
 * @param reasons in words, in that order
 */
record Attention(ActionView action, List<String> reasons) {

    /** The actions that need attention, in plan order; completed ones never do. */
    static List<Attention> of(ReportView view) {
        List<ActionView> actions = view.actions() == null ? List.of() : view.actions();
        Changes changes = view.changes() == null ? Changes.firstReport() : view.changes();
        Map<String, Changes.DateMove> moved = changes.datesMoved().stream()
                .collect(Collectors.toMap(Changes.DateMove::actionId, Function.identity(), (a, b) -> b));
        Map<String, Changes.RagChange> rated = changes.ragChanged().stream()
                .collect(Collectors.toMap(Changes.RagChange::actionId, Function.identity(), (a, b) -> b));
        List<Attention> attention = new ArrayList<>();
        for (ActionView action : actions) {
            if (action.completed()) {
                continue;
            }
            List<String> reasons = new ArrayList<>();
            if (action.rag() == Rag.RED) {
                reasons.add("RED");
            }
            if (Standing.of(action, view.reportDate()) == Standing.OVERDUE) {
                reasons.add("Overdue");
            }
            if (!ReportWording.hasText(action.progress())) {
                reasons.add("No update received");
            }
            Changes.DateMove move = moved.get(action.actionId());
            if (move != null && move.previousDueDate() != null && move.dueDate() != null
                    && move.dueDate().isAfter(move.previousDueDate())) {
                reasons.add("Slipped: due " + ReportWording.day(move.previousDueDate()) + " at the last report");
            } else if (changes.isFirstReport() && action.originalDueDate() != null && action.dueDate() != null
                    && action.dueDate().isAfter(action.originalDueDate())) {
                // no report before this one: a slip is a move later than the plan first said
                reasons.add("Slipped: first due " + ReportWording.day(action.originalDueDate()));
            }
            Changes.RagChange change = rated.get(action.actionId());
            if (change != null && change.from() != null && change.to() != null && change.to().ordinal() < change.from().ordinal()) {
                reasons.add("Fell from " + change.from() + " to " + change.to());
            }
            if (!reasons.isEmpty()) {
                attention.add(new Attention(action, List.copyOf(reasons)));
            }
        }
        return attention;
    }

    String why() {
        return String.join("; ", reasons);
    }
}
