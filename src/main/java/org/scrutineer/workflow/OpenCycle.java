package org.scrutineer.workflow;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.scrutineer.audit.Cause;
import org.scrutineer.progress.ProgressService;
import org.springframework.stereotype.Component;

import static org.scrutineer.workflow.Variables.CYCLE_ID;
import static org.scrutineer.workflow.Variables.CYCLE_NUMBER;
import static org.scrutineer.workflow.Variables.LETTER_ID;

/** A cycle's id is its process instance's, so opening it again on a retry finds the same cycle. */
@Component("openCycle")
class OpenCycle implements JavaDelegate {

    private final ProgressService progress;

    OpenCycle(ProgressService progress) {
        this.progress = progress;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String letterId = (String) execution.getVariable(LETTER_ID);
        int number = ((Number) execution.getVariable(CYCLE_NUMBER)).intValue();
        String cycleId = letterId + "-cycle-" + number;
        Cause cause = Causes.of(execution);
        // keyed by the cycle, not this process instance: a retried start runs in a new instance
        progress.openCycle(cycleId, letterId, number, new Cause(cycleId, cause.actor()));
        execution.setVariable(CYCLE_ID, cycleId);
    }
}
