package org.scrutineer.workflow;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.scrutineer.plan.PlanService;
import org.springframework.stereotype.Component;

import static org.scrutineer.workflow.Variables.*;

/** Records an owner accepting or declining their action. */
@Component("actionAnswered")
class ActionAnswered implements TaskListener {

    private final PlanService plans;
    private final TaskSubjects subjects;

    ActionAnswered(PlanService plans, TaskSubjects subjects) {
        this.plans = plans;
        this.subjects = subjects;
    }

    @Override
    public void notify(DelegateTask task) {
        TaskSubject subject = subjects.of(task);
        String letterId = subject.letterId();
        String actionId = subject.actionId();
        if (Boolean.TRUE.equals(task.getVariable(ACCEPTED))) {
            plans.accept(letterId, actionId, Causes.of(task));
        } else {
            plans.decline(letterId, actionId, ((String) task.getVariable(REASON)).strip(), Causes.of(task));
        }
    }
}
