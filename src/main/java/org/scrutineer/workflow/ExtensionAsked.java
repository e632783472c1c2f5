package org.scrutineer.workflow;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.context.Context;
import org.scrutineer.calendar.CycleCalendar;
import org.scrutineer.plan.ExtensionRequest;
import org.scrutineer.plan.PlanService;
import org.scrutineer.web.BadRequest;
import org.scrutineer.web.BadRequest.FieldError;
import org.scrutineer.web.DateRange;
import org.scrutineer.web.Refusals;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.scrutineer.workflow.ProcessKeys.DUE_DATE_EXTENSION;
import static org.scrutineer.workflow.ProcessKeys.EXTENSION_WITHDRAWN_MESSAGE;
import static org.scrutineer.workflow.Variables.*;

/**
 * An owner's update may ask to move the action's due date later: a new date and a reason, both or neither (400
 * naming the one missing). The request is kept under the asking task's id and a coordinator decides it in a process of
 * its own, started as the server (an owner may not start processes), so the cycle never waits for it. Reporting
 * the action completed withdraws the requests still to be decided.
 */
@Component
class ExtensionAsked {

    private final PlanService plans;

    ExtensionAsked(PlanService plans) {
        this.plans = plans;
    }

    void check(DelegateTask task, TaskSubject subject) {
        String date = text(task.getVariable(NEW_DUE_DATE));
        String reason = text(task.getVariable(EXTENSION_REASON));
        if (date == null && reason == null) {
            return;
        }
        List<FieldError> errors = new ArrayList<>();
        if (date == null) {
            errors.add(new FieldError(NEW_DUE_DATE, "Give the new due date you ask for, or take out the reason"));
        }
        if (reason == null) {
            errors.add(new FieldError(EXTENSION_REASON, "Say why the action needs the new due date, or take out the date"));
        }
        LocalDate newDate = null;
        if (date != null) {
            try {
                newDate = LocalDate.parse(date);
                if (!DateRange.accepts(newDate)) {
                    errors.add(new FieldError(NEW_DUE_DATE, DateRange.RULE));
                } else {
                    LocalDate current = plans.action(subject.letterId(), subject.actionId()).getDueDate();
                    if (current != null && !newDate.isAfter(current)) {
                        // more time is a later date; bringing a date forward, or into the past, is a coordinator's move
                        errors.add(new FieldError(NEW_DUE_DATE, "The date you ask for must be later than the action's due"
                                + " date, " + CycleCalendar.inWords(current) + ": ask for more time, not less"));
                    }
                }
            } catch (DateTimeParseException e) {
                errors.add(new FieldError(NEW_DUE_DATE, "must be a date (YYYY-MM-DD)"));
            }
        }
        if (!errors.isEmpty()) {
            throw Refusals.remember(new BadRequest("Ask for a later due date with a reason, or for neither.", errors));
        }
        plans.requestExtension(task.getId(), subject.letterId(), subject.actionId(), newDate, reason, Causes.of(task));
        Map<String, Object> variables = Map.of(LETTER_ID, subject.letterId(), ACTION_ID, subject.actionId(),
                EXTENSION_ID, task.getId());
        Context.getCommandContext().runWithoutAuthorization(() -> task.getProcessEngineServices().getRuntimeService()
                .startProcessInstanceByKey(DUE_DATE_EXTENSION, subject.letterId(), variables));
    }

    /** Withdraws the action's requests still to be decided, now it is reported completed, and ends their decisions. */
    void withdrawForCompleted(DelegateTask task, TaskSubject subject) {
        for (ExtensionRequest request : plans.withdrawExtensions(subject.letterId(), subject.actionId(), Causes.of(task))) {
            Context.getCommandContext().runWithoutAuthorization(() -> task.getProcessEngineServices().getRuntimeService()
                    .createMessageCorrelation(EXTENSION_WITHDRAWN_MESSAGE).processInstanceBusinessKey(subject.letterId())
                    .processInstanceVariableEquals(EXTENSION_ID, request.id()).correlateAllWithResult());
        }
    }

    private static String text(Object value) {
        return value == null || value.toString().isBlank() ? null : value.toString().strip();
    }
}
