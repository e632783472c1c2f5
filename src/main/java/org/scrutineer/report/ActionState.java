package org.scrutineer.report;

import org.scrutineer.progress.Rag;
import org.scrutineer.report.ReportView.ActionView;

import java.time.LocalDate;

/**
 * One action as a report version printed it, kept in the report's record so the next cycle's report can say
 * what changed since the last approved one. Written when the version is rendered and never updated after.
 */
public record ActionState(String actionId, String title, Rag rag, Integer percentComplete, Standing standing,
                          LocalDate originalDueDate, LocalDate dueDate) {

    static ActionState of(ActionView action, LocalDate reportDate) {
        return new ActionState(action.actionId(), action.title(), action.rag(), action.percentComplete(),
                Standing.of(action, reportDate), action.originalDueDate(), action.dueDate());
    }
}
