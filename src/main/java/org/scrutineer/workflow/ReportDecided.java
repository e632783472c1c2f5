package org.scrutineer.workflow;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.scrutineer.report.ReportService;
import org.springframework.stereotype.Component;

import java.util.ArrayList;

import static org.scrutineer.workflow.Variables.*;

/** Records the chair's decision on the report they read; a return names the actions to revise. */
@Component("reportDecided")
class ReportDecided implements TaskListener {

    private final ReportService reports;
    private final FormValues values;
    private final TaskSubjects subjects;

    ReportDecided(ReportService reports, FormValues values, TaskSubjects subjects) {
        this.reports = reports;
        this.values = values;
        this.subjects = subjects;
    }

    @Override
    public void notify(DelegateTask task) {
        String reportId = subjects.of(task).reportId();
        String comments = (String) task.getVariable(COMMENTS);
        if ("APPROVED".equals(task.getVariable(DECISION))) {
            reports.approve(reportId, Causes.of(task), comments);
        } else {
            var toRevise = reports.returnDraft(reportId, Causes.of(task), comments,
                    FormValues.ids(values.plain(task.getVariable(RETURNED_ACTION_IDS))));
            // not declared on the task, so it is set on the cycle's process instance, where the gateway reads it
            task.getExecution().setVariable(ACTIONS_TO_REVISE, org.camunda.bpm.engine.variable.Variables
                    .objectValue(new ArrayList<>(toRevise)).serializationDataFormat("application/json").create());
        }
    }
}
