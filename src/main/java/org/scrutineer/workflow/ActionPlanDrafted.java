package org.scrutineer.workflow;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.scrutineer.plan.DraftAction;
import org.scrutineer.plan.PlanService;
import org.scrutineer.web.BadRequest.FieldError;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.scrutineer.workflow.Variables.*;

/** Turns the drafted actions into the letter's plan. */
@Component("actionPlanDrafted")
class ActionPlanDrafted implements TaskListener {

    private final PlanService plans;
    private final FormValues values;
    private final Owners owners;
    private final TaskSubjects subjects;

    ActionPlanDrafted(PlanService plans, FormValues values, Owners owners, TaskSubjects subjects) {
        this.plans = plans;
        this.values = values;
        this.owners = owners;
        this.subjects = subjects;
    }

    @Override
    public void notify(DelegateTask task) {
        List<?> drafted = (List<?>) values.plain(task.getVariable(ACTIONS));
        List<DraftAction> actions = new ArrayList<>();
        List<FieldError> unknownOwners = new ArrayList<>();
        for (int i = 0; i < drafted.size(); i++) {
            Map<?, ?> fields = (Map<?, ?>) drafted.get(i);
            DraftAction action = draft(fields);
            owners.check("actions[" + i + "].owner", action.owner(), unknownOwners);
            actions.add(action);
        }
        owners.requireUsers(unknownOwners);
        plans.draftPlan(subjects.of(task).letterId(), actions, (String) task.getVariable(COMMITTEE),
                (String) task.getVariable(REPORTING_INTERVAL), Causes.of(task));
    }

    private static DraftAction draft(Map<?, ?> fields) {
        Object due = fields.get("dueDate");
        return new DraftAction(FormValues.ids(fields.get("findingIds")), FormValues.text(fields.get("title")),
                FormValues.text(fields.get("description")), FormValues.text(fields.get("owner")),
                due == null || due.toString().isBlank() ? null : LocalDate.parse(due.toString()),
                FormValues.text(fields.get("successMeasure")));
    }
}
