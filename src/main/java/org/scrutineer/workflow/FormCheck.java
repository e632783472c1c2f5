package org.scrutineer.workflow;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
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
import java.util.stream.Collectors;

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

    @Override
    public void notify(DelegateTask task) {
        TaskForm form = forms.forTask(task.getTaskDefinitionKey());
        Map<String, Object> submitted = values.read(task, form);
        List<FieldError> errors = new ArrayList<>(FormValidator.check(form, submitted));
        if (errors.isEmpty() && form.field(Variables.COMPLETED).isPresent()) {
            errors.addAll(CompletedUpdateCheck.check(submitted));
        }
        if (errors.isEmpty() && form.field(Variables.RAG_REASON).isPresent()) {
            // a rule the form's schema cannot state: the reason is required only when the rating is kinder than the schedule's
            errors.addAll(schedule.check(subjects.of(task), submitted));
        }
        if (!errors.isEmpty()) {
            // Tasklist shows only the message, so it names each field
            String fields = errors.stream().map(e -> e.field() + " " + e.message()).collect(Collectors.joining("; "));
            BadRequest refusal = new BadRequest("The " + task.getName() + " form is not filled in correctly: " + fields + ".", errors);
            Refusals.remember(refusal);
            throw refusal;
        }
    }
}
