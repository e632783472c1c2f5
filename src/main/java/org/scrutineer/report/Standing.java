package org.scrutineer.report;

import org.scrutineer.progress.Rag;
import org.scrutineer.report.ReportView.ActionView;

import java.time.LocalDate;

/**
 * Where an action stands on the report date, in the words a committee paper counts by. Each action has exactly
 * one, taken in this order: completed; overdue (past its current due date); not started (no RAG reported yet);
 * otherwise what its RAG says. So the counts add up to the number of actions.
 */
public enum Standing {
    NOT_STARTED("Not started", "No progress reported yet"),
    ON_TRACK("On track", "Rated GREEN by its owner"),
    AT_RISK("At risk", "Rated AMBER by its owner"),
    OFF_TRACK("Off track", "Rated RED by its owner"),
    COMPLETED("Completed", "Reported complete"),
    OVERDUE("Overdue", "Past its current due date and not completed");

    private final String words;
    private final String meaning;

    Standing(String words, String meaning) {
        this.words = words;
        this.meaning = meaning;
    }

    public String words() {
        return words;
    }

    public String meaning() {
        return meaning;
    }

    /** @param reportDate the day the report speaks for; {@literal null} means nothing counts as overdue */
    static Standing of(ActionView action, LocalDate reportDate) {
        return of(action.completed(), action.dueDate(), action.rag(), reportDate);
    }

    /**
     * Where an action stands on a day, as a report of that day would count it.
     *
     * @param dueDate its current due date; {@code rag} as last reported; {@code day} {@literal null}: nothing is
     *                overdue. All may be {@literal null}.
     */
    public static Standing of(boolean completed, LocalDate dueDate, Rag rag, LocalDate day) {
        if (completed) {
            return COMPLETED;
        }
        if (day != null && dueDate != null && dueDate.isBefore(day)) {
            return OVERDUE;
        }
        if (rag == null) {
            return NOT_STARTED;
        }
        return switch (rag) {
            case GREEN -> ON_TRACK;
            case AMBER -> AT_RISK;
            case RED -> OFF_TRACK;
        };
    }
}
