package org.scrutineer.workflow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.scrutineer.Api;
import org.scrutineer.EngineTimeClock;
import org.scrutineer.ScrutineerTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.context.event.EventListener;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.calledProcessInstance;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.scrutineer.EngineTimeClock.at;
import static org.scrutineer.EngineTimeClock.endOf;
import static org.scrutineer.workflow.ProcessKeys.*;

/**
 * The committee's calendar drives a cycle: meeting dates counted back in working days, the cycle opening by itself
 * on its day, every task's due date, and at the owners' deadline a coordinator's decision on missing updates (wait,
 * or go without them), or the draft made without them when nobody decides. Time is the engine's, moved by hand;
 * the application's clock follows it.
 */
@ScrutineerTest
class CommitteeCalendarTests {

    @TestConfiguration
    static class EngineTime {
        @Bean
        @Primary
        Clock engineTimeClock() {
            return new EngineTimeClock();
        }

        @Bean
        RefusedMeetingsChange refusedMeetingsChange() {
            return new RefusedMeetingsChange();
        }
    }

    /** Refuses the next change of meetings once its dates are stored, as the engine does when a cycle opened meanwhile. */
    static class RefusedMeetingsChange {
        static final AtomicBoolean NEXT = new AtomicBoolean();

        @EventListener
        void on(org.scrutineer.plan.MeetingsScheduled scheduled) {
            if (NEXT.getAndSet(false)) {
                throw new org.scrutineer.web.Conflict("The plan's cycle opened while its meetings were being set.");
            }
        }
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;
    @Autowired
    ProcessEngine engine;
    @Autowired
    ManagementService management;
    @Autowired
    TaskService tasks;
    @Autowired
    NotificationRounds rounds;
    @Autowired
    org.scrutineer.notify.Notifications notifications;
    @Autowired
    org.scrutineer.progress.ProgressService progress;

    private Api api;

    @BeforeEach
    void startOnMonday1February2027() {
        init(engine);
        api = new Api(mvc, json);
        at("2027-02-01T09:00");
    }

    @AfterEach
    void engineTimeBackToReal() {
        ClockUtil.reset();
    }

    @Test
    void aMeetingOpensItsCycleOnItsDayAndMissingUpdatesWaitThenGoWithoutThem() {
        String letterId = registered();
        // the coordinator's first task is due in five working days, at the end of the day
        assertThat(due(api.task("cora", letterId, REVIEW_FINDINGS, null))).isEqualTo(endOf("2027-02-08"));
        livePlanOfTwo(letterId);
        ProcessInstance letter = letterProcess(letterId);
        assertThat(letter).isWaitingAt(AWAIT_CYCLE);
        // no meetings yet: the reporting interval
        assertThat(cycleTimer(letter).getDuedate()).isEqualTo(Date.from(Instant.parse("2027-03-01T09:00:00Z")));

        // owners may not set the calendar; bad dates name the field; the plan's readers see the schedule
        String meetings = "/api/letters/" + letterId + "/plan/meetings";
        assertThat(api.call("owen", put(meetings, "{\"meetingDates\": [\"2027-04-02\"]}")).status()).isEqualTo(403);
        Api.Response bad = api.call("cora", put(meetings, "{\"meetingDates\": [\"1999-04-02\"]}"));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().path("errors").get(0).path("field").asText()).isEqualTo("meetingDates[0]");
        Api.Response set = api.call("cora", put(meetings, "{\"meetingDates\": [\"2027-06-10\", \"2027-04-02\"]}"));
        assertThat(set.status()).isEqualTo(200);
        JsonNode planned = api.get("owen", "/api/letters/" + letterId + "/plan/cycles").json();
        assertThat(planned).hasSize(2);
        assertThat(planned.get(0).path("status").asText()).isEqualTo("PLANNED");
        assertThat(planned.get(0).path("meetingDate").asText()).isEqualTo("2027-04-02");
        assertThat(planned.get(0).path("publication").asText()).isEqualTo("2027-03-23");
        assertThat(planned.get(0).path("signOffDue").asText()).isEqualTo("2027-03-19");
        assertThat(planned.get(0).path("decideBy").asText()).isEqualTo("2027-03-18");
        assertThat(planned.get(0).path("updatesDue").asText()).isEqualTo("2027-03-12");
        assertThat(planned.get(0).path("opens").asText()).isEqualTo("2027-02-26");

        // the waiting plan now waits for the first meeting's opening day, at the start of the day
        assertThat(letter).isWaitingAt(AWAIT_CYCLE);
        Job opening = cycleTimer(letter);
        assertThat(opening.getDuedate()).isEqualTo(Date.from(Instant.parse("2027-02-26T08:00:00Z")));
        at("2027-02-26T08:00");
        management.executeJob(opening.getId());
        ProcessInstance cycle = calledProcessInstance(letter);
        assertThat(cycle).isWaitingAt(SUBMIT_PROGRESS_UPDATE);

        // every owner's task is due at the owners' deadline; the cycle's dates show on the API
        String owens = api.task("owen", letterId, SUBMIT_PROGRESS_UPDATE, "A1");
        String olives = api.task("olive", letterId, SUBMIT_PROGRESS_UPDATE, "A2");
        assertThat(due(owens)).isEqualTo(endOf("2027-03-12"));
        assertThat(due(olives)).isEqualTo(endOf("2027-03-12"));
        assertThat(api.get("owen", "/api/tasks").json().toString()).contains("\"due\":\"2027-03-12T17:00:00");
        JsonNode cycles = api.get("cora", "/api/letters/" + letterId + "/plan/cycles").json();
        assertThat(cycles.get(0).path("status").asText()).isEqualTo("OPEN");
        assertThat(cycles.get(0).path("number").asInt()).isEqualTo(1);
        assertThat(cycles.get(0).path("meetingDate").asText()).isEqualTo("2027-04-02");
        assertThat(cycles.get(1).path("meetingDate").asText()).isEqualTo("2027-06-10");
        // a meeting whose cycle has opened stays in the calendar
        assertThat(api.call("cora", put(meetings, "{\"meetingDates\": [\"2027-06-10\"]}")).status()).isEqualTo(409);

        report(api, "owen", owens, "Audit done.");
        assertThat(cycle).isWaitingAt(SUBMIT_PROGRESS_UPDATE);

        // the owners' deadline passes with olive's update missing: cora decides, by the day before sign-off
        at("2027-03-12T17:00");
        management.executeJob(job(cycle, OWNERS_DEADLINE_TIMER).getId());
        String decide = api.task("cora", letterId, DECIDE_MISSING_UPDATES, null);
        assertThat(due(decide)).isEqualTo(endOf("2027-03-18"));
        JsonNode form = api.get("cora", "/api/tasks/" + decide + "/form").json().path("values");
        assertThat(form.path("missingUpdates").asText()).startsWith("A2 ").endsWith("(olive)");
        assertThat(form.path("decideBy").asText()).isEqualTo("18 March 2027");
        // waiting past the day the draft goes without them anyway is refused
        Api.Response tooLate = api.complete("cora", decide, "{\"missingDecision\": \"WAIT\", \"waitUntil\": \"2027-03-19\"}");
        assertThat(tooLate.status()).isEqualTo(400);
        assertThat(tooLate.json().path("errors").get(0).path("field").asText()).isEqualTo("waitUntil");
        assertThat(api.complete("cora", decide, "{\"missingDecision\": \"WAIT\", \"waitUntil\": \"2027-03-16\"}").status())
                .isEqualTo(204);
        Job wait = job(cycle, WAIT_TIMER);
        assertThat(wait.getDuedate()).isEqualTo(endOf("2027-03-16"));

        // still nothing by then: asked again, cora goes without it
        at("2027-03-16T17:00");
        management.executeJob(wait.getId());
        decide = api.task("cora", letterId, DECIDE_MISSING_UPDATES, null);
        assertThat(api.complete("cora", decide, "{\"missingDecision\": \"GO_WITHOUT\"}").status()).isEqualTo(204);
        assertThat(cycle).isWaitingAt(GENERATE_REPORT);
        // olive's late task has closed
        assertThat(tasks.createTaskQuery().taskId(olives).count()).isZero();
        management.executeJob(job(cycle, GENERATE_REPORT).getId());
        assertThat(cycle).isWaitingAt(SCRUTINY_SIGN_OFF);
        Task signOff = tasks.createTaskQuery().processInstanceId(cycle.getId()).taskDefinitionKey(SCRUTINY_SIGN_OFF).singleResult();
        assertThat(signOff.getDueDate()).isEqualTo(endOf("2027-03-19"));

        JsonNode missed = api.get("cora", "/api/letters/" + letterId + "/plan/cycles").json().get(0).path("missedUpdates");
        assertThat(missed).hasSize(1);
        assertThat(missed.get(0).path("actionId").asText()).isEqualTo("A2");
        assertThat(missed.get(0).path("owner").asText()).isEqualTo("olive");
        assertThat(missed.get(0).path("reason").asText()).contains("a coordinator sent the report to the committee without it");

        String text = api.newestReportText(letterId);
        assertThat(text).contains("Progress to 12 March 2027, for the meeting of 2 April 2027");
        assertThat(text).contains("No update received for this meeting. No position has been reported yet.");
        assertThat(text).contains("Audit done.");
    }

    @Test
    void withoutADecisionTheDraftGoesWithoutTheMissingUpdatesTheDayBeforeSignOff() {
        String letterId = registered();
        // asked for now, for a meeting whose calendar has begun: the meeting's own dates
        ProcessInstance cycle = cycleAskedOn1MarchForThe2AprilMeeting(letterId);
        String owens = api.task("owen", letterId, SUBMIT_PROGRESS_UPDATE, "A1");
        assertThat(due(owens)).isEqualTo(endOf("2027-03-12"));
        report(api, "owen", owens, "First steps taken.");

        at("2027-03-12T17:00");
        management.executeJob(job(cycle, OWNERS_DEADLINE_TIMER).getId());
        assertThat(cycle).isWaitingAt(DECIDE_MISSING_UPDATES, SUBMIT_PROGRESS_UPDATE);
        Job noDecision = job(cycle, GO_WITHOUT_TIMER);
        assertThat(noDecision.getDuedate()).isEqualTo(endOf("2027-03-18"));

        at("2027-03-18T17:00");
        management.executeJob(noDecision.getId());
        assertThat(cycle).hasPassed(CLOSE_MISSING_UPDATES).isWaitingAt(GENERATE_REPORT);
        assertThat(tasks.createTaskQuery().processInstanceId(cycle.getId()).count()).isZero();
        JsonNode missed = api.get("cora", "/api/letters/" + letterId + "/plan/cycles").json().get(0).path("missedUpdates");
        assertThat(missed.get(0).path("reason").asText()).contains("no decision to wait for it, by 18 March 2027");

        management.executeJob(job(cycle, GENERATE_REPORT).getId());
        assertThat(api.newestReportText(letterId)).contains("No update received for this meeting.");

        // with no mail server (the embedded default) olive's message is kept, once however often the rounds run
        rounds.round();
        rounds.round();
        assertThat(notifications.of("olive", 50)).anyMatch(n -> n.text().startsWith("Your update on A2 Audit supervision"
                + " was not received, and its task has closed. No update, and no decision"));
        assertThat(notifications.outbox(500)).filteredOn(m -> m.recipient().equals("olive") && m.day().toString().equals("2027-03-18"))
                .singleElement().satisfies(m -> {
                    assertThat(m.status()).isEqualTo("KEPT");
                    assertThat(m.email()).isEqualTo("olive@example.org");
                });
    }

    @Test
    void updatesAllInBeforeTheDeadlineEndTheWaitAndTheDecision() {
        String letterId = registered();
        ProcessInstance cycle = cycleOfTwoStartedNow(letterId);
        // no meeting: ten working days from today
        assertThat(due(api.task("owen", letterId, SUBMIT_PROGRESS_UPDATE, "A1"))).isEqualTo(endOf("2027-02-15"));
        report(api, "owen", api.task("owen", letterId, SUBMIT_PROGRESS_UPDATE, "A1"), "Begun.");
        at("2027-02-15T17:00");
        management.executeJob(job(cycle, OWNERS_DEADLINE_TIMER).getId());
        String decide = api.task("cora", letterId, DECIDE_MISSING_UPDATES, null);
        assertThat(api.complete("cora", decide, "{\"missingDecision\": \"WAIT\", \"waitUntil\": \"2027-02-17\"}").status())
                .isEqualTo(204);

        // olive reports while cora waits: the wait ends with the last update, and the report renders
        report(api, "olive", api.task("olive", letterId, SUBMIT_PROGRESS_UPDATE, "A2"), "Late but here.");
        assertThat(cycle).isWaitingAt(GENERATE_REPORT).hasPassed("updatesCollected");
        assertThat(management.createJobQuery().processInstanceId(cycle.getId()).timers().count()).isZero();
    }

    @Test
    void aPaperDraftedBeforeTheOwnersDeadlineReportsProgressToTheDayItWasDrafted() {
        String letterId = registered();
        ProcessInstance cycle = cycleAskedOn1MarchForThe2AprilMeeting(letterId);

        // both owners report on Wednesday 3 March, nine days before their deadline of 12 March
        at("2027-03-03T11:00");
        report(api, "owen", api.task("owen", letterId, SUBMIT_PROGRESS_UPDATE, "A1"), "First steps taken.");
        report(api, "olive", api.task("olive", letterId, SUBMIT_PROGRESS_UPDATE, "A2"), "Under way.");
        management.executeJob(job(cycle, GENERATE_REPORT).getId());

        // the paper, drafted that day, speaks for progress to that day, in both places it says so, and once on its cover
        String text = api.newestReportText(letterId);
        assertThat(text).contains("This paper reports progress on the action plan up to 3 March 2027, for the committee’s"
                        + " meeting on 2 April 2027", "Progress to 3 March 2027, for the meeting of 2 April 2027")
                .doesNotContain("12 March 2027", "Progress up to");
    }

    @Test
    void anOwnerAsksToMoveTheDueDateWithTheirUpdateAndACoordinatorApprovesOneAndRefusesAnother() {
        String letterId = registered();
        ProcessInstance cycle = cycleOfTwoStartedNow(letterId);

        // a new date and a reason go together
        String owens = api.task("owen", letterId, SUBMIT_PROGRESS_UPDATE, "A1");
        Api.Response alone = api.complete("owen", owens, "{\"progress\": \"Begun.\", \"rag\": \"AMBER\", "
                + "\"newDueDate\": \"2027-12-31\"}");
        assertThat(alone.status()).isEqualTo(400);
        assertThat(alone.json().path("errors").get(0).path("field").asText()).isEqualTo("extensionReason");
        // more time is a later date: an earlier one, here years in the past, is refused
        Api.Response earlier = api.complete("owen", owens, "{\"progress\": \"Begun.\", \"rag\": \"AMBER\", "
                + "\"newDueDate\": \"2020-01-01\", \"extensionReason\": \"A typing slip.\"}");
        assertThat(earlier.status()).isEqualTo(400);
        assertThat(earlier.json().path("errors").toString()).contains("newDueDate",
                "The date you ask for must be later than the action's due date, 30 September 2027: ask for more time, not less");
        assertThat(api.complete("owen", owens, "{\"progress\": \"Begun.\", \"rag\": \"AMBER\", "
                + "\"newDueDate\": \"2027-12-31\", \"extensionReason\": \"The supplier is late.\"}").status()).isEqualTo(204);
        assertThat(api.complete("olive", api.task("olive", letterId, SUBMIT_PROGRESS_UPDATE, "A2"), "{\"progress\": "
                + "\"Planned.\", \"rag\": \"GREEN\", \"newDueDate\": \"2027-11-30\", \"extensionReason\": \"Staff away.\"}")
                .status()).isEqualTo(204);

        // each is a coordinator's task of its own, due in three working days; the cycle does not wait for them
        assertThat(cycle).isWaitingAt(GENERATE_REPORT);
        String a1 = api.task("cora", letterId, DECIDE_EXTENSION, "A1");
        assertThat(due(a1)).isEqualTo(endOf("2027-02-04"));
        JsonNode asked = api.get("cora", "/api/tasks/" + a1 + "/form").json().path("values");
        assertThat(asked.path("requestedDueDate").asText()).isEqualTo("2027-12-31");
        assertThat(asked.path("extensionReason").asText()).isEqualTo("The supplier is late.");
        assertThat(asked.path("requestedBy").asText()).isEqualTo("owen");
        // the page names who asked; the API above keeps the user id
        assertThat(org.scrutineer.PageSession.signedIn(mvc, "cora").get("/tasks/" + a1).document()
                .getElementById("field-requestedBy").text()).isEqualTo("Asked by Owen Owner");
        assertThat(api.complete("owen", a1, "{\"extensionDecision\": \"APPROVED\"}").status()).isEqualTo(403);
        assertThat(api.complete("cora", a1, "{\"extensionDecision\": \"APPROVED\"}").status()).isEqualTo(204);
        String a2 = api.task("cora", letterId, DECIDE_EXTENSION, "A2");
        assertThat(api.complete("cora", a2, "{\"extensionDecision\": \"REFUSED\"}").status()).isEqualTo(400);
        assertThat(api.complete("cora", a2, "{\"extensionDecision\": \"REFUSED\", \"refusal\": \"The revisit needs it.\"}")
                .status()).isEqualTo(204);

        // an approval moves the current due date and keeps the original; the plan counts the moves
        JsonNode actions = api.get("cora", "/api/letters/" + letterId + "/plan").json().path("actions");
        assertThat(actions.get(0).path("dueDate").asText()).isEqualTo("2027-12-31");
        assertThat(actions.get(0).path("originalDueDate").asText()).isEqualTo("2027-09-30");
        assertThat(actions.get(0).path("timesMoved").asInt()).isEqualTo(1);
        assertThat(actions.get(0).path("dueDateMoves").get(0).path("reason").asText()).isEqualTo("The supplier is late.");
        assertThat(actions.get(1).path("dueDate").asText()).isEqualTo("2027-09-30");
        assertThat(actions.get(1).path("timesMoved").asInt()).isZero();
        // the owners are told; a refusal says why
        assertThat(notifications.of("owen", 50)).anyMatch(n -> n.text().equals(
                "Your request to move the due date of A1 Record decisions to 31 December 2027 was approved."));
        assertThat(notifications.of("olive", 50)).anyMatch(n -> n.text().equals(
                "Your request to move the due date of A2 Audit supervision to 30 November 2027 was refused: The revisit needs it."));

        // the report lists the move with its reason
        management.executeJob(job(cycle, GENERATE_REPORT).getId());
        assertThat(api.newestReportText(letterId)).contains("Due dates moved, and why (1)").contains("The supplier is late.")
                .doesNotContain("Staff away.");
        assertThat(api.newestWordCopyText(letterId)).contains("Due dates moved, and why (1)", "Was due", "Now due",
                "The supplier is late.").doesNotContain("Staff away.");
    }

    @Test
    void anExtensionIsNotApprovedForAnActionItsOwnerHasSinceReportedCompleted() {
        String letterId = registered();
        livePlanOfTwo(letterId);
        assertThat(api.postJson("cora", "/api/letters/" + letterId + "/plan/cycles", "").status()).isEqualTo(202);
        assertThat(api.complete("owen", api.task("owen", letterId, SUBMIT_PROGRESS_UPDATE, "A1"), "{\"progress\": "
                + "\"Begun.\", \"rag\": \"AMBER\", \"newDueDate\": \"2027-12-31\", \"extensionReason\": \"Late supplier.\"}")
                .status()).isEqualTo(204);
        // his revised update, as a returned report lets him send it: done after all
        progress.submit(new org.scrutineer.audit.Cause("a-revision-" + letterId, "owen"), letterId + "-cycle-1", "A1",
                new org.scrutineer.progress.ProgressReport("Done after all.", null, org.scrutineer.progress.Rag.GREEN,
                        100, true));
        String a1 = api.task("cora", letterId, DECIDE_EXTENSION, "A1");

        Api.Response approved = api.complete("cora", a1, "{\"extensionDecision\": \"APPROVED\"}");

        assertThat(approved.status()).isEqualTo(400);
        assertThat(approved.json().path("errors").toString()).contains("extensionDecision",
                "The owner has since reported A1 completed: refuse the request, and say so");
        assertThat(api.get("cora", "/api/letters/" + letterId + "/plan").json().path("actions").get(0)
                .path("timesMoved").asInt()).isZero();
        assertThat(api.complete("cora", a1, "{\"extensionDecision\": \"REFUSED\", \"refusal\": \"It is done.\"}")
                .status()).isEqualTo(204);
    }

    /**
     * The paper checks an owner's rating against the due date as it stands: one moved after they reported (their
     * request for more time granted) printed "the schedule gives RED" on a card its summary called on time.
     */
    @Test
    void theRagCheckIsAgainstTheDueDateAsItStandsNotAsItWasWhenTheOwnerReported() {
        String letterId = registered();
        livePlanOfTwo(letterId);
        String plan = "/api/letters/" + letterId + "/plan";
        long version = api.get("cora", plan).json().path("version").asLong();
        assertThat(api.call("cora", put(plan + "/actions/A1/due-date", "{\"dueDate\": \"2027-02-22\", \"version\": "
                + version + ", \"reason\": \"The revisit is sooner.\"}")).status()).isEqualTo(200);
        ProcessInstance letter = letterProcess(letterId);
        at("2027-02-19T10:00");
        assertThat(api.postJson("cora", plan + "/cycles", "").status()).isEqualTo(202);
        ProcessInstance cycle = calledProcessInstance(letter);
        // nearly all of A1's time has passed: at 10% the schedule gives RED, and owen says why he rates it GREEN
        assertThat(api.complete("owen", api.task("owen", letterId, SUBMIT_PROGRESS_UPDATE, "A1"), "{\"progress\": "
                + "\"Begun.\", \"rag\": \"GREEN\", \"percentComplete\": 10, \"ragReason\": \"The revisit moves.\", "
                + "\"newDueDate\": \"2027-12-31\", \"extensionReason\": \"The revisit moved to December.\"}").status())
                .isEqualTo(204);
        api.complete("olive", api.task("olive", letterId, SUBMIT_PROGRESS_UPDATE, "A2"), "{\"progress\": \"Begun.\","
                + " \"rag\": \"GREEN\", \"percentComplete\": 10}");
        at("2027-02-19T11:00");
        assertThat(api.complete("cora", api.task("cora", letterId, DECIDE_EXTENSION, "A1"),
                "{\"extensionDecision\": \"APPROVED\"}").status()).isEqualTo(204);

        management.executeJob(job(cycle, GENERATE_REPORT).getId());
        // against 31 December, 10% on 19 February is on schedule: the card has no RAG check to print
        assertThat(api.newestReportText(letterId)).contains("31 December 2027").doesNotContain("RAG check",
                "schedule gives RED");
    }

    /** A request for more time is withdrawn when its action is reported completed: nobody need decide it. */
    @Test
    void anExtensionStillToBeDecidedIsWithdrawnWhenItsOwnerReportsTheActionCompleted() {
        String letterId = registered();
        ProcessInstance cycle = cycleOfTwoStartedNow(letterId);
        assertThat(api.complete("owen", api.task("owen", letterId, SUBMIT_PROGRESS_UPDATE, "A1"), "{\"progress\": "
                + "\"Begun.\", \"rag\": \"AMBER\", \"newDueDate\": \"2027-12-31\", \"extensionReason\": \"Late supplier.\"}")
                .status()).isEqualTo(204);
        report(api, "olive", api.task("olive", letterId, SUBMIT_PROGRESS_UPDATE, "A2"), "Planned.");
        management.executeJob(job(cycle, GENERATE_REPORT).getId());
        // the chair's draft says a due date may change, rather than go stale when a coordinator decides
        assertThat(api.newestReportText(letterId)).contains("Due dates the owners asked to move, not yet decided (1)",
                "A1 Record decisions 30 September 2027 31 December 2027 Late supplier.");
        assertThat(api.newestWordCopyText(letterId)).as("the clerk's Word copy lists it too")
                .contains("Due dates the owners asked to move, not yet decided (1)", "Asked for", "Late supplier.");
        assertThat(api.complete("chris", api.task("chris", letterId, SCRUTINY_SIGN_OFF, null), "{\"decision\": \"RETURNED\","
                + " \"comments\": \"Say where A1 stands.\", \"returnedActionIds\": [\"A1\"]}").status()).isEqualTo(204);
        String extension = api.task("cora", letterId, DECIDE_EXTENSION, "A1");

        assertThat(api.complete("owen", api.task("owen", letterId, REVISE_PROGRESS_UPDATE, "A1"), "{\"progress\": "
                + "\"Done after all.\", \"rag\": \"GREEN\", \"percentComplete\": 100, \"completed\": true}").status())
                .isEqualTo(204);

        assertThat(tasks.createTaskQuery().taskId(extension).count()).as("the coordinator's decision").isZero();
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(DUE_DATE_EXTENSION)
                .processInstanceBusinessKey(letterId).count()).isZero();
        JsonNode a1 = api.get("cora", "/api/letters/" + letterId + "/plan").json().path("actions").get(0);
        assertThat(a1.path("dueDate").asText()).isEqualTo("2027-09-30");
        assertThat(a1.path("timesMoved").asInt()).isZero();
        assertThat(api.get("cora", "/api/letters/" + letterId + "/audit").json().findValuesAsText("action"))
                .containsOnlyOnce("action.extensionWithdrawn");
        assertThat(org.scrutineer.PageSession.signedIn(mvc, "cora").get("/letters/" + letterId).document().text())
                .contains("Owen Owner's request to move A1's due date to 31 December 2027 was withdrawn: A1 was reported completed");
        // the decision's page, opened from an email or left open, says why there is nothing to decide
        org.scrutineer.PageSession.Page stale = org.scrutineer.PageSession.signedIn(mvc, "cora").get("/tasks/" + extension);
        assertThat(stale.status()).isEqualTo(404);
        assertThat(stale.document().selectFirst("h1").text()).isEqualTo("This task is closed");
        assertThat(stale.document().text()).contains("without being completed",
                "a request withdrawn because its action was reported completed");
    }

    @Test
    void aMeetingTooCloseToReportToIsMarkedAndPassedOverNotGivenAPaperAfterIt() {
        String letterId = registered();
        livePlanOfTwo(letterId);
        ProcessInstance letter = letterProcess(letterId);
        String meetings = "/api/letters/" + letterId + "/plan/meetings";

        // Monday 1 February: Friday's meeting has had its papers' timetable pass; 2 April's has not
        assertThat(api.call("cora", put(meetings, "{\"meetingDates\": [\"2027-02-05\", \"2027-04-02\"]}")).status())
                .isEqualTo(200);
        JsonNode planned = api.get("cora", "/api/letters/" + letterId + "/plan/cycles").json();
        assertThat(planned.findValuesAsText("status")).containsExactly("TOO_CLOSE", "PLANNED");
        // the plan waits for 2 April's opening day, not for a cycle at once whose paper would follow the meeting
        assertThat(letter).isWaitingAt(AWAIT_CYCLE);
        assertThat(cycleTimer(letter).getDuedate()).isEqualTo(Date.from(Instant.parse("2027-02-26T08:00:00Z")));
        org.scrutineer.PageSession cora = org.scrutineer.PageSession.signedIn(mvc, "cora");
        assertThat(cora.get("/letters/" + letterId).text("cycle-calendar")).contains("Too close to report to 5 February 2027");

        // started by hand for it all the same, the cycle counts forward and the coordinator is told its paper is late
        org.scrutineer.PageSession.Page started = cora.post("/letters/" + letterId + "/cycles", "meetingDate", "05/02/2027");
        assertThat(cora.follow(started).document().select(".govuk-notification-banner__heading").text())
                .contains("That meeting is too close",
                "its paper goes out after the meeting");
        // and its row in the calendar says so beside the day its paper is published
        assertThat(cora.get("/letters/" + letterId).document().select("#cycle-calendar tbody tr").first().text())
                .startsWith("1 (open) 5 February 2027 1 February 2027")
                .contains("– after the meeting: the cycle opened too close to it, and its dates count from that day");
    }

    /** Meeting dates refused after they were stored (a cycle opened meanwhile) leave nothing: not the dates, not the trail. */
    @Test
    void aMeetingsChangeRefusedMidwayKeepsNothing() {
        String letterId = registered();
        livePlanOfTwo(letterId);
        String plan = "/api/letters/" + letterId + "/plan";

        RefusedMeetingsChange.NEXT.set(true);
        Api.Response refused = api.call("cora", put(plan + "/meetings", "{\"meetingDates\": [\"2027-04-02\"]}"));
        assertThat(refused.status()).isEqualTo(409);
        JsonNode after = api.get("cora", plan).json();
        assertThat(after.path("meetingDates")).isEmpty();
        assertThat(api.get("cora", "/api/letters/" + letterId + "/audit").json().findValuesAsText("action"))
                .doesNotContain("plan.meetingsScheduled");

        // sent again, it is kept, once
        assertThat(api.call("cora", put(plan + "/meetings", "{\"meetingDates\": [\"2027-04-02\"]}")).status()).isEqualTo(200);
        assertThat(api.get("cora", plan).json().path("meetingDates").toString()).isEqualTo("[\"2027-04-02\"]");
        assertThat(api.get("cora", "/api/letters/" + letterId + "/audit").json().findValuesAsText("action")
                .stream().filter("plan.meetingsScheduled"::equals)).hasSize(1);
    }

    /** An owner hears when a coordinator moves their action's due date, with why. */
    @Test
    void anOwnerIsToldWhenACoordinatorMovesTheirActionsDueDate() {
        String letterId = registered();
        livePlanOfTwo(letterId);
        long version = api.get("cora", "/api/letters/" + letterId + "/plan").json().path("version").asLong();

        assertThat(api.call("cora", put("/api/letters/" + letterId + "/plan/actions/A1/due-date", "{\"dueDate\": "
                + "\"2027-10-29\", \"version\": " + version + ", \"reason\": \"The audit moved.\"}")).status()).isEqualTo(200);

        assertThat(notifications.of("owen", 50)).anyMatch(n -> n.text().equals(
                "Cora Coordinator moved the due date of A1 Record decisions from 30 September 2027 to 29 October 2027:"
                        + " The audit moved."));
        assertThat(notifications.of("olive", 50)).noneMatch(n -> n.text().contains("moved the due date"));
    }

    /** The API says what the page says when a cycle starts for a meeting too close; otherwise it warns of nothing. */
    @Test
    void aCycleStartedThroughTheApiForAMeetingTooCloseComesWithAWarning() {
        String letterId = registered();
        livePlanOfTwo(letterId);

        Api.Response started = api.postJson("cora", "/api/letters/" + letterId + "/plan/cycles", "{\"meetingDate\": \"2027-02-05\"}");

        assertThat(started.status()).isEqualTo(202);
        assertThat(started.json().path("warning").asText()).contains("too close", "its paper goes out after the meeting");
        String other = registered();
        livePlanOfTwo(other);
        assertThat(api.postJson("cora", "/api/letters/" + other + "/plan/cycles", "{\"meetingDate\": \"2027-04-02\"}")
                .json().has("warning")).isFalse();
        String past = registered();
        livePlanOfTwo(past);
        assertThat(api.postJson("cora", "/api/letters/" + past + "/plan/cycles", "{\"meetingDate\": \"2026-01-05\"}")
                .json().path("warning").asText()).isEqualTo("That meeting date has passed: the cycle's dates count forward from today.");
    }

    private String registered() {
        return api.upload("cora", "/api/letters", "somerset.txt", Api.resource("/letters/somerset-2011-ucra-letter.txt"), null)
                .json().path("id").asText();
    }

    /** Two actions: A1 owen's, A2 olive's, both accepted. */
    private void livePlanOfTwo(String letterId) {
        api.complete("cora", api.task("cora", letterId, REVIEW_FINDINGS, null), "{\"confirmed\": true}");
        String draft = api.task("cora", letterId, DRAFT_ACTION_PLAN, null);
        assertThat(due(draft)).isEqualTo(endOf("2027-02-15"));
        assertThat(api.complete("cora", draft, "{\"actions\": ["
                + "{\"findingIds\": \"F13\", \"title\": \"Record decisions\", \"owner\": \"owen\", \"dueDate\": \"2027-09-30\"},"
                + "{\"findingIds\": \"F13\", \"title\": \"Audit supervision\", \"owner\": \"olive\", \"dueDate\": \"2027-09-30\"}]}")
                .status()).isEqualTo(204);
        String accept = api.task("owen", letterId, ACCEPT_ACTION, "A1");
        assertThat(due(accept)).isEqualTo(endOf("2027-02-08"));
        api.complete("owen", accept, "{\"accepted\": true}");
        api.complete("olive", api.task("olive", letterId, ACCEPT_ACTION, "A2"), "{\"accepted\": true}");
    }

    /** A live plan of two, and a cycle cora starts now without a meeting. */
    private ProcessInstance cycleOfTwoStartedNow(String letterId) {
        livePlanOfTwo(letterId);
        ProcessInstance letter = letterProcess(letterId);
        assertThat(api.postJson("cora", "/api/letters/" + letterId + "/plan/cycles", "").status()).isEqualTo(202);
        return calledProcessInstance(letter);
    }

    /** A live plan of two, and a cycle cora asks for on Monday 1 March 2027 for the meeting of 2 April. */
    private ProcessInstance cycleAskedOn1MarchForThe2AprilMeeting(String letterId) {
        livePlanOfTwo(letterId);
        ProcessInstance letter = letterProcess(letterId);
        at("2027-03-01T10:00");
        assertThat(api.postJson("cora", "/api/letters/" + letterId + "/plan/cycles", "{\"meetingDate\": \"2027-04-02\"}")
                .status()).isEqualTo(202);
        return calledProcessInstance(letter);
    }

    private void report(Api api, String owner, String taskId, String progress) {
        assertThat(api.complete(owner, taskId, "{\"progress\": \"" + progress + "\", \"rag\": \"GREEN\", \"percentComplete\": 30}")
                .status()).isEqualTo(204);
    }

    private ProcessInstance letterProcess(String letterId) {
        return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(LETTER)
                .processInstanceBusinessKey(letterId).singleResult();
    }

    private Job cycleTimer(ProcessInstance letter) {
        return management.createJobQuery().processInstanceId(letter.getId()).activityId(CYCLE_DUE_TIMER).singleResult();
    }

    private Job job(ProcessInstance cycle, String activityId) {
        Job job = management.createJobQuery().processInstanceId(cycle.getId()).activityId(activityId).singleResult();
        assertThat(job).as("job at " + activityId).isNotNull();
        return job;
    }

    private Date due(String taskId) {
        return tasks.createTaskQuery().taskId(taskId).singleResult().getDueDate();
    }

    private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder put(String path, String body) {
        return MockMvcRequestBuilders.put(path).contentType(MediaType.APPLICATION_JSON).content(body);
    }
}
