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

    ActionAnswered(PlanService plans) {
        this.plans = plans;
    }

    @Override
    public void notify(DelegateTask task) {
        String letterId = (String) task.getVariable(LETTER_ID);
        String actionId = (String) task.getVariable(ACTION_ID);
        if (Boolean.TRUE.equals(task.getVariable(ACCEPTED))) {
            plans.accept(letterId, actionId, Causes.of(task));
        } else {
            plans.decline(letterId, actionId, ((String) task.getVariable(REASON)).strip(), Causes.of(task));
        }
    }
}
