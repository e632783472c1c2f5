package org.scrutineer.workflow;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.scrutineer.progress.ProgressService;
import org.springframework.stereotype.Component;

import static org.scrutineer.workflow.Variables.CYCLE_ID;
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
        String cycleId = execution.getProcessInstanceId();
        progress.openCycle(cycleId, (String) execution.getVariable(LETTER_ID), Causes.of(execution));
        execution.setVariable(CYCLE_ID, cycleId);
    }
}
