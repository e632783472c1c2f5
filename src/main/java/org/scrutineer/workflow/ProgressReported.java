package org.scrutineer.workflow;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.scrutineer.progress.ProgressReport;
import org.scrutineer.progress.ProgressService;
import org.scrutineer.progress.Rag;
import org.springframework.stereotype.Component;

import static org.scrutineer.workflow.Variables.*;

/**
 * Stores an owner's update (first submission or revision) under the task's id, so a retried completion
 * cannot store it twice, with any request it makes to move the action's due date, or withdrawing the requests still
 * to be decided once it reports the action completed. It writes no shared document: owners reporting at once never
 * contend for one.
 */
@Component("progressReported")
class ProgressReported implements TaskListener {

    private final ProgressService progress;
    private final TaskSubjects subjects;
    private final ScheduleCheck schedule;
    private final ExtensionAsked extensions;

    ProgressReported(ProgressService progress, TaskSubjects subjects, ScheduleCheck schedule,
                     ExtensionAsked extensions) {
        this.progress = progress;
        this.subjects = subjects;
        this.schedule = schedule;
        this.extensions = extensions;
    }

    @Override
    public void notify(DelegateTask task) {
        TaskSubject subject = subjects.of(task);
        String actionId = subject.actionId();
        Object percent = task.getVariable(PERCENT_COMPLETE);
        ProgressReport report = new ProgressReport(
                ((String) task.getVariable(PROGRESS)).strip(),
                (String) task.getVariable(IMPACT),
                Rag.valueOf((String) task.getVariable(RAG)),
                percent == null ? null : ((Number) percent).intValue(),
                Boolean.TRUE.equals(task.getVariable(COMPLETED)),
                schedule.scheduleRag(subject.letterId(), actionId, percent, task.getVariable(COMPLETED)),
                FormValues.text(task.getVariable(RAG_REASON)));
        extensions.check(task, subject);
        progress.submit(Causes.of(task), subject.cycleId(), actionId, report);
        if (report.completed()) {
            extensions.withdrawForCompleted(task, subject);
        }
    }
}
