package org.scrutineer.workflow;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

import static org.scrutineer.workflow.Variables.CYCLES_BEGUN;

/**
 * Numbers the letter's reporting cycles in the engine's own state, so that a cycle whose start failed and was
 * retried gets the same number, and so the same id, as the attempt that failed: the count rolls back with it.
 */
@Component("countCycle")
class CountCycle implements ExecutionListener {

    @Override
    public void notify(DelegateExecution execution) {
        Object begun = execution.getVariable(CYCLES_BEGUN);
        execution.setVariable(CYCLES_BEGUN, begun instanceof Number n ? n.intValue() + 1 : 1);
    }
}
