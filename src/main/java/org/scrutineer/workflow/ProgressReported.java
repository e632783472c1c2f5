package org.scrutineer.workflow;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.scrutineer.plan.PlanService;
import org.scrutineer.progress.ProgressReport;
import org.scrutineer.progress.ProgressService;
import org.scrutineer.progress.Rag;
import org.springframework.stereotype.Component;

import static org.scrutineer.workflow.Variables.*;

/**
 * Stores an owner's update (first submission or revision) under the task's id, so a retried completion
 * cannot store it twice, and keeps the plan's latest RAG and % complete.
 */
@Component("progressReported")
class ProgressReported implements TaskListener {

    private final ProgressService progress;
    private final PlanService plans;
    private final TaskSubjects subjects;

    ProgressReported(ProgressService progress, PlanService plans, TaskSubjects subjects) {
        this.progress = progress;
        this.plans = plans;
        this.subjects = subjects;
    }

    @Override
    public void notify(DelegateTask task) {
        TaskSubject subject = subjects.of(task);
        String letterId = subject.letterId();
        String actionId = subject.actionId();
        Object percent = task.getVariable(PERCENT_COMPLETE);
        ProgressReport report = new ProgressReport(
                ((String) task.getVariable(PROGRESS)).strip(),
                (String) task.getVariable(IMPACT),
                Rag.valueOf((String) task.getVariable(RAG)),
                percent == null ? null : ((Number) percent).intValue(),
                Boolean.TRUE.equals(task.getVariable(COMPLETED)));
        progress.submit(Causes.of(task), subject.cycleId(), actionId, report);
        plans.recordProgress(letterId, actionId, report.rag(), report.percentComplete());
    }
}
