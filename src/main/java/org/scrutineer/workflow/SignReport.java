package org.scrutineer.workflow;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.scrutineer.report.ReportService;
import org.springframework.stereotype.Component;

import static org.scrutineer.workflow.Variables.REPORT_ID;

/** After the chair's approval: the signed version certifying the approved draft. */
@Component("signReport")
class SignReport implements JavaDelegate {

    private final ReportService reports;

    SignReport(ReportService reports) {
        this.reports = reports;
    }

    @Override
    public void execute(DelegateExecution execution) {
        reports.sign((String) execution.getVariable(REPORT_ID), Causes.of(execution));
    }
}
