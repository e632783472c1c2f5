package org.scrutineer.overview;

import org.scrutineer.pages.UkDates;
import org.scrutineer.plan.Action;
import org.scrutineer.plan.ActionStatus;
import org.scrutineer.plan.Plan;
import org.scrutineer.progress.ProgressUpdate;
import org.scrutineer.progress.Rag;
import org.scrutineer.report.Standing;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * One action as the pages list it: whose, due when, where it stands today and what its owner last reported.
 *
 * @param lastUpdate the action's newest update in any cycle; {@literal null} before its first
 * @param standing   as today's report would count it (completed, overdue, not started, or by its RAG)
 */
record ActionLine(String letterId, String letterTitle, String id, String title, String ownerId, String owner,
                  LocalDate dueDate, LocalDate originalDueDate, ActionStatus status, Standing standing,
                  ProgressUpdate lastUpdate) {

    /** A1, A2 … A10, A11 as a plan numbers them, not A1, A10, A11, A2 as text sorts. */
    static final Comparator<ActionLine> BY_NUMBER = Comparator.comparing((ActionLine a) -> a.id().length())
            .thenComparing(ActionLine::id);


    /** The plan's actions in plan order, each with its newest update (by action id) and its standing on {@code today}. */
    static List<ActionLine> of(Plan plan, String letterTitle, Map<String, ProgressUpdate> newest, LocalDate today,
                               Names names) {
        return plan.getActions().stream().map(a -> of(plan, a, letterTitle, newest.get(a.getId()), today, names)).toList();
    }

    static ActionLine of(Plan plan, Action action, String letterTitle, ProgressUpdate newest, LocalDate today,
                         Names names) {
        boolean completed = action.getStatus() == ActionStatus.COMPLETED || (newest != null && newest.completed());
        return new ActionLine(plan.getLetterId(), letterTitle, action.getId(), action.getTitle(), action.getOwner(),
                names.of(action.getOwner()), action.getDueDate(), action.getOriginalDueDate(), action.getStatus(),
                Standing.of(completed, action.getDueDate(), newest == null ? null : newest.rag(), today), newest);
    }

    public Rag rag() {
        return lastUpdate == null ? null : lastUpdate.rag();
    }

    public Integer percentComplete() {
        return lastUpdate == null ? null : lastUpdate.percentComplete();
    }

    public boolean overdue() {
        return standing == Standing.OVERDUE;
    }

    public String due() {
        return UkDates.day(dueDate);
    }

    /** The date the plan was drafted with, when the due date has moved since; else {@literal null}. */
    public String movedFrom() {
        return originalDueDate == null || originalDueDate.equals(dueDate) ? null : UkDates.day(originalDueDate);
    }

    public String statusWords() {
        return ActionFilter.STATUSES.get(status.name());
    }

    /** "14 March 2027"; "" before any update. */
    public String lastUpdateDay() {
        return lastUpdate == null ? "" : UkDates.day(lastUpdate.submittedAt());
    }

    /** The start of the owner's last progress note, at most about 160 characters. */
    public String lastProgress() {
        return lastUpdate == null ? "" : Excerpts.start(lastUpdate.progress(), 160);
    }
}
