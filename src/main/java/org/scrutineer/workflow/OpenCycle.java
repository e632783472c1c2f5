package org.scrutineer.workflow;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.scrutineer.audit.Cause;
import org.scrutineer.progress.ProgressService;
import org.springframework.stereotype.Component;

import java.time.LocalDate;

import static org.scrutineer.workflow.Variables.CYCLE_ID;
import static org.scrutineer.workflow.Variables.CYCLE_NUMBER;
import static org.scrutineer.workflow.Variables.LETTER_ID;

/**
 * A cycle's id is its letter's and its number, so opening it again on a retry finds the same cycle. It reports to
 * the meeting the coordinator named when asking for it, else to the plan's next meeting no cycle has reported to.
 */
@Component("openCycle")
class OpenCycle implements JavaDelegate {

    private final ProgressService progress;
    private final Deadlines deadlines;

    OpenCycle(ProgressService progress, Deadlines deadlines) {
        this.progress = progress;
        this.deadlines = deadlines;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String letterId = (String) execution.getVariable(LETTER_ID);
        int number = ((Number) execution.getVariable(CYCLE_NUMBER)).intValue();
        String cycleId = letterId + "-cycle-" + number;
        Cause cause = Causes.of(execution);
        LocalDate meeting = RequestedMeeting.current() != null ? RequestedMeeting.current()
                : deadlines.nextMeeting(letterId).orElse(null);
        // keyed by the cycle, not this process instance: a retried start runs in a new instance
        progress.openCycle(cycleId, letterId, number, meeting, new Cause(cycleId, cause.actor()));
        execution.setVariable(CYCLE_ID, cycleId);
    }
}
