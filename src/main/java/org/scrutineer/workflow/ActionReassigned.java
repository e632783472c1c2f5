package org.scrutineer.workflow;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.scrutineer.plan.PlanService;
import org.scrutineer.web.BadRequest.FieldError;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

import static org.scrutineer.workflow.Variables.OWNER;

/** Gives a declined action its new owner, who is then asked to accept it. */
@Component("actionReassigned")
class ActionReassigned implements TaskListener {

    private final PlanService plans;
    private final Owners owners;
    private final TaskSubjects subjects;

    ActionReassigned(PlanService plans, Owners owners, TaskSubjects subjects) {
        this.plans = plans;
        this.owners = owners;
        this.subjects = subjects;
    }

    @Override
    public void notify(DelegateTask task) {
        String owner = ((String) task.getVariable(OWNER)).strip();
        List<FieldError> errors = new ArrayList<>();
        owners.check(OWNER, owner, errors);
        owners.requireUsers(errors);
        TaskSubject subject = subjects.of(task);
        plans.reassign(subject.letterId(), subject.actionId(), owner, Causes.of(task));
    }
}
