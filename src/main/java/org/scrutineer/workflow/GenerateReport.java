package org.scrutineer.workflow;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.scrutineer.report.ReportService;
import org.springframework.stereotype.Component;

import static org.scrutineer.workflow.Variables.CYCLE_ID;
import static org.scrutineer.workflow.Variables.REPORT_ID;

@Component("generateReport")
class GenerateReport implements JavaDelegate {

    private final ReportService reports;

    GenerateReport(ReportService reports) {
        this.reports = reports;
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable(REPORT_ID, reports.draft((String) execution.getVariable(CYCLE_ID), Causes.of(execution)).id());
    }
}
