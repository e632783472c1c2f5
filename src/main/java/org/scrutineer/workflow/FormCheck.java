package org.scrutineer.workflow;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.spin.json.SpinJsonNode;
import org.scrutineer.web.BadRequest;
import org.scrutineer.web.BadRequest.FieldError;
import org.scrutineer.web.Refusals;
import org.scrutineer.workflow.form.FormValidator;
import org.scrutineer.workflow.form.TaskForm;
import org.scrutineer.workflow.form.TaskForms;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The first listener on every user task's completion, whatever door it came through: the values the task
 * would complete with must satisfy its form, or the completion fails and the task stays open.
 */
@Component("formCheck")
class FormCheck implements TaskListener {

    private final TaskForms forms;
    private final FormValues values;
    private final TaskSubjects subjects;
    private final ScheduleCheck schedule;

    FormCheck(TaskForms forms, FormValues values, TaskSubjects subjects, ScheduleCheck schedule) {
        this.forms = forms;
        this.values = values;
        this.subjects = subjects;
        this.schedule = schedule;
    }

    /**
     * A field that takes a number, a date or text given as a JSON variable (Tasklist's and {@code /engine-rest}'s
     * {@code "type": "Json"}): read as JSON it would pass the form's check and fail a listener that expects the plain
     * value, a 500 instead of this 400. Only a list takes JSON.
     */
    private static List<FieldError> jsonWherePlainBelongs(DelegateTask task, TaskForm form) {
        return form.fields().stream()
                .filter(f -> !f.readonly() && !f.list() && !f.type().equals("dynamiclist") && !f.type().equals("checklist")
                        && !f.type().equals("taglist") && task.getVariable(f.key()) instanceof SpinJsonNode)
                .map(f -> new FieldError(f.key(), "must be a plain value, not JSON"))
                .toList();
    }

    @Override
    public void notify(DelegateTask task) {
        TaskForm form = forms.forTask(task.getTaskDefinitionKey());
        Map<String, Object> submitted = values.read(task, form);
        List<FieldError> errors = new ArrayList<>(jsonWherePlainBelongs(task, form));
        errors.addAll(FormValidator.check(form, submitted));
        if (errors.isEmpty() && form.field(Variables.COMPLETED).isPresent()) {
            errors.addAll(CompletedUpdateCheck.check(submitted));
        }
        if (errors.isEmpty() && form.field(Variables.RAG_REASON).isPresent()) {
            // a rule the form's schema cannot state: the reason is required only when the rating is kinder than the schedule's
            errors.addAll(schedule.check(subjects.of(task), submitted));
        }
        if (!errors.isEmpty()) {
            // Tasklist shows only the message, so it names each field
            String fields = BadRequest.summary(errors);
            BadRequest refusal = new BadRequest("The " + task.getName() + " form is not filled in correctly: " + fields + ".", errors);
            Refusals.remember(refusal);
            throw refusal;
        }
    }
}
