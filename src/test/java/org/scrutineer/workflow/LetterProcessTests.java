package org.scrutineer.workflow;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.assertj.core.api.Assertions;
import org.scrutineer.Api;
import org.scrutineer.ScrutineerTest;
import org.scrutineer.letter.LetterService;
import org.scrutineer.letter.LetterUpload;
import org.scrutineer.plan.ActionStatus;
import org.scrutineer.plan.PlanService;
import org.scrutineer.plan.PlanStatus;
import org.scrutineer.report.ReportService;
import org.scrutineer.report.ReportStatus;
import org.springframework.beans.factory.annotation.Autowired;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;
import static org.scrutineer.workflow.ProcessKeys.*;

/** Every gateway path of bpmn/letter.bpmn and bpmn/reportingCycle.bpmn, the cycle timer and the plan's closing. */
@ScrutineerTest
class LetterProcessTests {

    private static final String SOMERSET = new String(Api.resource("/letters/somerset-2011-ucra-letter.txt"),
            StandardCharsets.UTF_8);

    @Autowired
    ProcessEngine engine;
    @Autowired
    LetterService letters;
    @Autowired
    PlanService plans;
    @Autowired
    ReportService reports;

    @BeforeEach
    void init() {
        org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init(engine);
    }

    @Test
    void unconfirmedFindingsAreReviewedAgainWithTheCorrectionsKept() {
        ProcessInstance letter = registerSomerset();
        assertThat(letter).isWaitingAt(REVIEW_FINDINGS);

        String corrected = "[{\"id\":\"F1\",\"section\":\"strength\",\"text\":\"Corrected strength.\"},"
                + "{\"section\":\"recommendation\",\"text\":\"Added by the coordinator.\",\"timescale\":\"immediate\"}]";
        complete(task(letter), withVariables("confirmed", false, "findings", SpinValues.jsonValue(corrected).create()));

        assertThat(letter).isWaitingAt(REVIEW_FINDINGS).hasPassed("findingsConfirmedGateway");
        var findings = letters.get(businessKey(letter)).getFindings();
        Assertions.assertThat(findings).extracting(f -> f.id() + ":" + f.text())
                .containsExactly("F1:Corrected strength.", "F2:Added by the coordinator.");

        // an id the letter never gave, or one given twice, is a new finding: numbered, not trusted (nor a 500)
        String madeUp = "[{\"id\":\"F1\",\"section\":\"strength\",\"text\":\"Corrected strength.\"},"
                + "{\"id\":\"F99999999999\",\"section\":\"narrative\",\"text\":\"Made up.\"},"
                + "{\"id\":\"F1\",\"section\":\"narrative\",\"text\":\"Given twice.\"}]";
        complete(task(letter), withVariables("confirmed", false, "findings", SpinValues.jsonValue(madeUp).create()));
        Assertions.assertThat(letters.get(businessKey(letter)).getFindings()).extracting(f -> f.id() + ":" + f.text())
                .containsExactly("F1:Corrected strength.", "F2:Made up.", "F3:Given twice.");

        complete(task(letter), withVariables("confirmed", true));
        assertThat(letter).isWaitingAt(DRAFT_ACTION_PLAN);
        Assertions.assertThat(letters.get(businessKey(letter)).isFindingsConfirmed()).isTrue();
    }

    @Test
    void aDeclinedActionIsReassignedAndAskedAgain() {
        ProcessInstance letter = toDraftedPlan("owen");
        String letterId = businessKey(letter);
        Task accept = taskQuery().processInstanceId(letter.getId()).taskDefinitionKey(ACCEPT_ACTION).singleResult();
        assertThat(accept).isAssignedTo("owen");
        // named after its action, as Tasklist's list shows only names
        Assertions.assertThat(accept.getName()).isEqualTo("Accept action · A1 " + plans.action(letterId, "A1").getTitle());

        complete(accept, withVariables("accepted", false, "reason", "Not my team"));
        // owners' tasks go on as a job of their own (asyncAfter), so owners answering at once never collide
        execute(job(ACCEPT_ACTION, letter));
        Assertions.assertThat(plans.action(letterId, "A1").getStatus()).isEqualTo(ActionStatus.DECLINED);
        Task reassign = taskQuery().processInstanceId(letter.getId()).taskDefinitionKey(REASSIGN_ACTION).singleResult();
        assertThat(reassign).hasCandidateGroup("coordinators");

        complete(reassign, withVariables("owner", "olive"));
        Task again = taskQuery().processInstanceId(letter.getId()).taskDefinitionKey(ACCEPT_ACTION).singleResult();
        assertThat(again).isAssignedTo("olive");

        complete(again, withVariables("accepted", true));
        execute(job(ACCEPT_ACTION, letter));
        assertThat(letter).isWaitingAt(AWAIT_CYCLE);
        Assertions.assertThat(plans.get(letterId).getStatus()).isEqualTo(PlanStatus.LIVE);
    }

    @Test
    void theTimerStartsACycleAndAReturnedReportIsRevisedThenApprovedAndThePlanCloses() {
        ProcessInstance letter = toDraftedPlan("owen");
        String letterId = businessKey(letter);
        complete(taskQuery().processInstanceId(letter.getId()).taskDefinitionKey(ACCEPT_ACTION).singleResult(), withVariables("accepted", true));
        execute(job(ACCEPT_ACTION, letter));
        assertThat(letter).isWaitingAt(AWAIT_CYCLE);

        // the reporting interval passes
        execute(job(CYCLE_DUE_TIMER, letter));
        ProcessInstance cycle = calledProcessInstance(letter);
        assertThat(cycle).isWaitingAt(SUBMIT_PROGRESS_UPDATE);
        complete(task(cycle), progress("Halfway.", "AMBER", 50, false));
        execute(job(SUBMIT_PROGRESS_UPDATE, cycle));

        // the report renders as a job of its own, after the owner's completion committed
        assertThat(cycle).isWaitingAt(GENERATE_REPORT);
        execute(job(GENERATE_REPORT, cycle));

        // returned: the owner revises, a new version is rendered
        assertThat(cycle).isWaitingAt(SCRUTINY_SIGN_OFF);
        complete(task(cycle), withVariables("decision", "RETURNED", "comments", "More detail please."));
        assertThat(cycle).isWaitingAt(REVISE_PROGRESS_UPDATE);
        complete(task(cycle), progress("Done: every case closure now recorded.", "GREEN", 100, true));
        execute(job(REVISE_PROGRESS_UPDATE, cycle));
        execute(job(GENERATE_REPORT, cycle));
        assertThat(cycle).isWaitingAt(SCRUTINY_SIGN_OFF);
        Assertions.assertThat(reports.ofLetter(letterId)).extracting(r -> r.status()).containsExactly(ReportStatus.RETURNED,
                ReportStatus.DRAFT);

        // approved with every action completed: the cycle ends and the plan closes
        complete(task(cycle), withVariables("decision", "APPROVED"));
        assertThat(cycle).isWaitingAt(SIGN_REPORT);
        execute(job(SIGN_REPORT, cycle));
        assertThat(cycle).isEnded();
        assertThat(letter).isEnded().hasPassed("closePlan", PLAN_CLOSED);
        Assertions.assertThat(plans.get(letterId).getStatus()).isEqualTo(PlanStatus.CLOSED);
    }

    @Test
    void anApprovedReportWithOpenActionsWaitsForTheNextCycle() {
        ProcessInstance letter = toDraftedPlan("owen");
        complete(taskQuery().processInstanceId(letter.getId()).taskDefinitionKey(ACCEPT_ACTION).singleResult(), withVariables("accepted", true));
        execute(job(ACCEPT_ACTION, letter));

        engine.getRuntimeService().createMessageCorrelation(CYCLE_REQUESTED_MESSAGE)
                .processInstanceBusinessKey(businessKey(letter)).correlate();
        ProcessInstance cycle = calledProcessInstance(letter);
        complete(task(cycle), progress("Started.", "RED", 10, false));
        execute(job(SUBMIT_PROGRESS_UPDATE, cycle));
        execute(job(GENERATE_REPORT, cycle));
        complete(task(cycle), withVariables("decision", "APPROVED"));
        execute(job(SIGN_REPORT, cycle));

        assertThat(cycle).isEnded();
        assertThat(letter).isWaitingAt(AWAIT_CYCLE).hasPassed("planCompleteGateway").hasNotPassed("closePlan");
        Assertions.assertThat(plans.get(businessKey(letter)).getStatus()).isEqualTo(PlanStatus.LIVE);
    }

    private ProcessInstance registerSomerset() {
        String letterId = letters.register(LetterUpload.ofText(SOMERSET, "Scrutiny"), "cora").getId();
        return engine.getRuntimeService().startProcessInstanceByKey(LETTER, letterId, Map.of("letterId", letterId));
    }

    /** A letter whose plan has one action, owned by {@code owner} and waiting for their acceptance. */
    private ProcessInstance toDraftedPlan(String owner) {
        ProcessInstance letter = registerSomerset();
        complete(task(letter), withVariables("confirmed", true));
        String actions = "[{\"findingIds\":\"F13\",\"title\":\"Document case decisions\",\"owner\":\"" + owner
                + "\",\"dueDate\":\"2011-08-05\"}]";
        complete(task(letter), withVariables("actions", SpinValues.jsonValue(actions).create()));
        assertThat(letter).isWaitingAt("actionAcceptance");
        return letter;
    }

    private static Map<String, Object> progress(String text, String rag, int percent, boolean completed) {
        return withVariables("progress", text, "rag", rag, "ragReason", "Ahead of the schedule by our own measure.", "percentComplete", percent, "completed", completed);
    }

    private static String businessKey(ProcessInstance instance) {
        return instance.getBusinessKey();
    }
}
