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

import java.util.List;
import java.util.stream.Collectors;

/**
 * The first listener on every user task's completion, whatever door it came through: the values the task
 * would complete with must satisfy its form, or the completion fails and the task stays open.
 */
@Component("formCheck")
class FormCheck implements TaskListener {

    private final TaskForms forms;
    private final FormValues values;

    FormCheck(TaskForms forms, FormValues values) {
        this.forms = forms;
        this.values = values;
    }

    @Override
    public void notify(DelegateTask task) {
        TaskForm form = forms.forTask(task.getTaskDefinitionKey());
        List<FieldError> errors = FormValidator.check(form, values.read(task, form));
        if (!errors.isEmpty()) {
            // Tasklist shows only the message, so it names each field
            String fields = errors.stream().map(e -> e.field() + " " + e.message()).collect(Collectors.joining("; "));
            BadRequest refusal = new BadRequest("The " + task.getName() + " form is not filled in correctly: " + fields + ".", errors);
            Refusals.remember(refusal);
            throw refusal;
        }
    }
}
