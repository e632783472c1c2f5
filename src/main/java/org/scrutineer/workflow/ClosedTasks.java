package org.scrutineer.workflow;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricIdentityLinkLog;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.scrutineer.pages.UkDates;
import org.scrutineer.people.People;
import org.scrutineer.web.NotFound;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Objects;

/**
 * Why a task someone opens is no longer open, told to the people it was for: a link in an email, or a page left
 * open, often reaches a task a colleague has done since or that ended with the work around it. Anyone else is told
 * only that no open task has that id, so a guessed id says nothing about other people's work.
 */
@Component
class ClosedTasks {

    private static final String COMPLETED = "completed";

    private final HistoryService history;
    private final People people;

    ClosedTasks(HistoryService history, People people) {
        this.history = history;
        this.people = people;
    }

    NotFound whyNotOpen(String taskId, String user, List<String> groups) {
        HistoricTaskInstance task = history.createHistoricTaskInstanceQuery().taskId(taskId).singleResult();
        if (task == null || task.getEndTime() == null || !wasFor(task, user, groups)) {
            return new NotFound("No open task has id '" + taskId + "'; it may have been completed already.");
        }
        String when = UkDates.day(task.getEndTime()) + " at " + UkDates.time(task.getEndTime().toInstant());
        if (COMPLETED.equals(task.getDeleteReason())) {
            String doer = completedBy(task);
            String who = doer == null ? "someone" : user.equals(doer) ? "you" : people.displayName(doer);
            return new NotFound("This task is already done", task.getName() + " is already done: " + who
                    + " completed it on " + when + ".");
        }
        return new NotFound("This task is closed", task.getName() + " was closed on " + when + " without being"
                + " completed, as the work it belonged to changed (a request withdrawn because its action was reported"
                + " completed, a report going ahead without it, or a letter withdrawn). Your home page shows what is"
                + " waiting for you now.");
    }

    /** A group's task is completed unclaimed, so the engine's operation log, not its assignee, says who. */
    private String completedBy(HistoricTaskInstance task) {
        return history.createUserOperationLogQuery().taskId(task.getId())
                .operationType(UserOperationLogEntry.OPERATION_TYPE_COMPLETE).list().stream()
                .map(UserOperationLogEntry::getUserId).filter(Objects::nonNull).findFirst()
                .orElse(task.getAssignee());
    }

    private boolean wasFor(HistoricTaskInstance task, String user, List<String> groups) {
        if (user.equals(task.getAssignee())) {
            return true;
        }
        return history.createHistoricIdentityLinkLogQuery().taskId(task.getId()).type(IdentityLinkType.CANDIDATE)
                .list().stream().map(HistoricIdentityLinkLog::getGroupId).anyMatch(groups::contains);
    }
}
