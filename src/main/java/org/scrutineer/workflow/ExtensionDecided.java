package org.scrutineer.workflow;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.scrutineer.calendar.CycleCalendar;
import org.scrutineer.notify.Notifications;
import org.scrutineer.plan.ExtensionRequest;
import org.scrutineer.plan.PlanService;
import org.scrutineer.progress.ProgressService;
import org.scrutineer.progress.ProgressUpdate;
import org.scrutineer.web.BadRequest;
import org.scrutineer.web.BadRequest.FieldError;
import org.scrutineer.web.Refusals;
import org.springframework.stereotype.Component;

import java.util.List;

import static org.scrutineer.workflow.Variables.EXTENSION_DECISION;
import static org.scrutineer.workflow.Variables.EXTENSION_ID;
import static org.scrutineer.workflow.Variables.REFUSAL;

/**
 * A coordinator's answer to an extension: an approval moves the action's due date, a refusal keeps why; the owner
 * is told either way. The request's id is a process variable only the server sets (no completion may write it).
 */
@Component("extensionDecided")
class ExtensionDecided implements TaskListener {

    private final PlanService plans;
    private final ProgressService progress;
    private final Notifications notifications;

    ExtensionDecided(PlanService plans, ProgressService progress, Notifications notifications) {
        this.plans = plans;
        this.progress = progress;
        this.notifications = notifications;
    }

    @Override
    public void notify(DelegateTask task) {
        String id = (String) task.getExecution().getVariable(EXTENSION_ID);
        boolean approved = "APPROVED".equals(task.getVariable(EXTENSION_DECISION));
        if (approved) {
            refuseForACompletedAction(plans.extension(id));
        }
        ExtensionRequest request = plans.decideExtension(id, approved,
                approved ? null : ((String) task.getVariable(REFUSAL)).strip(), Causes.of(task));
        String asked = "Your request to move the due date of " + request.actionId() + " "
                + plans.action(request.letterId(), request.actionId()).getTitleInSentence() + " to "
                + CycleCalendar.inWords(request.requestedDueDate());
        notifications.tell("extension:" + id, request.requestedBy(),
                approved ? asked + " was approved." : asked + " was refused: " + request.refusal(), null,
                request.letterId());
    }

    /**
     * An owner who asked for more time and has since reported the action completed needs no later due date: moving
     * it would print a completed action as slipped. The coordinator refuses the request instead, saying so.
     */
    private void refuseForACompletedAction(ExtensionRequest request) {
        ProgressUpdate newest = progress.newestByAction(request.letterId()).get(request.actionId());
        if (newest != null && newest.completed()) {
            throw Refusals.remember(new BadRequest("The owner has since reported " + request.actionId() + " completed.",
                    List.of(new FieldError(EXTENSION_DECISION, "The owner has since reported " + request.actionId()
                            + " completed: refuse the request, and say so"))));
        }
    }
}
