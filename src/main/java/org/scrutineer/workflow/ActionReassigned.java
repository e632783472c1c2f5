package org.scrutineer.workflow;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.scrutineer.plan.PlanService;
import org.scrutineer.web.BadRequest.FieldError;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

import static org.scrutineer.workflow.Variables.ACTION_ID;
import static org.scrutineer.workflow.Variables.LETTER_ID;
import static org.scrutineer.workflow.Variables.OWNER;

/** Gives a declined action its new owner, who is then asked to accept it. */
@Component("actionReassigned")
class ActionReassigned implements TaskListener {

    private final PlanService plans;
    private final Owners owners;

    ActionReassigned(PlanService plans, Owners owners) {
        this.plans = plans;
        this.owners = owners;
    }

    @Override
    public void notify(DelegateTask task) {
        String owner = ((String) task.getVariable(OWNER)).strip();
        List<FieldError> errors = new ArrayList<>();
        owners.check(OWNER, owner, errors);
        owners.requireUsers(errors);
        plans.reassign((String) task.getVariable(LETTER_ID), (String) task.getVariable(ACTION_ID), owner,
                Causes.of(task));
    }
}
