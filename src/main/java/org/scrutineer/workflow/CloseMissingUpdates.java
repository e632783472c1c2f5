package org.scrutineer.workflow;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.scrutineer.notify.Notifications;
import org.scrutineer.plan.PlanService;
import org.scrutineer.progress.ProgressService;
import org.springframework.stereotype.Component;

import static org.scrutineer.workflow.Variables.CYCLE_ID;
import static org.scrutineer.workflow.Variables.LETTER_ID;
import static org.scrutineer.workflow.Variables.WENT_WITHOUT_BECAUSE;

/**
 * The cycle goes to the committee without the updates still missing: each is recorded with why, and its owner's
 * task has closed with the collecting of updates. The report shows those actions' last reported position.
 */
@Component("closeMissingUpdates")
class CloseMissingUpdates implements JavaDelegate {

    private final MissingUpdates missing;
    private final PlanService plans;
    private final ProgressService progress;
    private final Deadlines deadlines;
    private final Notifications notifications;

    CloseMissingUpdates(MissingUpdates missing, PlanService plans, ProgressService progress, Deadlines deadlines,
                        Notifications notifications) {
        this.notifications = notifications;
        this.missing = missing;
        this.plans = plans;
        this.progress = progress;
        this.deadlines = deadlines;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String letterId = (String) execution.getVariable(LETTER_ID);
        String cycleId = (String) execution.getVariable(CYCLE_ID);
        String reason = "DECIDED".equals(execution.getVariable(WENT_WITHOUT_BECAUSE))
                ? "No update by the owners' deadline: a coordinator sent the report to the committee without it."
                : "No update, and no decision to wait for it, by " + deadlines.decideByInWords(cycleId)
                + ": the report went to the committee without it.";
        for (String actionId : missing.actionIds(letterId, cycleId)) {
            String owner = plans.ownerOf(letterId, actionId);
            progress.recordMissed(cycleId, actionId, owner, reason, Causes.of(execution));
            notifications.tell("missed:" + cycleId + ":" + actionId, owner, "Your update on " + actionId + " "
                    + plans.action(letterId, actionId).getTitleInSentence() + " was not received, and its task has closed. " + reason,
                    null, letterId);
        }
    }
}
