package org.scrutineer.workflow;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.scrutineer.plan.PlanService;
import org.springframework.stereotype.Component;

import static org.scrutineer.workflow.Variables.LETTER_ID;

@Component("closePlan")
class ClosePlan implements JavaDelegate {

    private final PlanService plans;

    ClosePlan(PlanService plans) {
        this.plans = plans;
    }

    @Override
    public void execute(DelegateExecution execution) {
        plans.close((String) execution.getVariable(LETTER_ID), Causes.of(execution));
    }
}
