package org.scrutineer.workflow;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.scrutineer.plan.PlanService;
import org.scrutineer.progress.ProgressService;
import org.scrutineer.progress.ProgressUpdate;
import org.springframework.stereotype.Component;

import java.util.List;

import static org.scrutineer.workflow.Variables.CYCLE_ID;
import static org.scrutineer.workflow.Variables.LETTER_ID;

/** After approval: the actions the approved report shows as completed are completed in the plan. */
@Component("closeCycle")
class CloseCycle implements JavaDelegate {

    private final ProgressService progress;
    private final PlanService plans;

    CloseCycle(ProgressService progress, PlanService plans) {
        this.progress = progress;
        this.plans = plans;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String cycleId = (String) execution.getVariable(CYCLE_ID);
        List<String> completed = progress.latestIn(cycleId).values().stream()
                .filter(ProgressUpdate::completed).map(ProgressUpdate::actionId).toList();
        plans.completeActions((String) execution.getVariable(LETTER_ID), completed, Causes.of(execution));
        progress.closeCycle(cycleId, Causes.of(execution));
    }
}
