package org.scrutineer.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.scrutineer.Api;
import org.scrutineer.ScrutineerTest;
import org.scrutineer.progress.ProgressReport;
import org.scrutineer.progress.ProgressService;
import org.scrutineer.progress.Rag;
import org.scrutineer.workflow.ProcessKeys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scrutineer.audit.AuditActions.*;

/**
 * The audit trail as a coordinator reads it at GET /api/letters/{id}/audit: every step of a letter's path with
 * who did it and what it changed, written once however often a completion is retried, readable by
 * coordinators only, and with no way to change it.
 */
@ScrutineerTest
class AuditTrailTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;
    @Autowired
    ManagementService management;
    @Autowired
    TaskService tasks;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    ProgressService progress;
    @Autowired
    RuntimeService runtime;

    /** The letter processes these tests started; the engine is shared, so none is left waiting for others to find. */
    private final List<String> started = new ArrayList<>();

    @AfterEach
    void endStartedProcesses() {
        started.stream().filter(id -> runtime.createProcessInstanceQuery().processInstanceId(id).count() > 0)
                .forEach(id -> runtime.deleteProcessInstance(id, "test over"));
    }

    @Test
    void recordsEveryStepFromRegistrationToTheClosedPlanWithWhoAndWhatChanged() {
        Api api = new Api(mvc, json, management);
        JsonNode letter = register(api);
        String letterId = letter.path("id").asText();
        String firstFinding = letter.path("findings").get(0).path("text").asText();

        review(api, letterId, "Somerset Direct is an outstanding central point for contacts.");
        draft(api, letterId, "owen", "olive", "owen");
        accept(api, "owen", letterId, "A1");
        accept(api, "owen", letterId, "A3");
        assertThat(api.complete("olive", api.task("olive", letterId, ProcessKeys.ACCEPT_ACTION, "A2"),
                "{\"accepted\": false, \"reason\": \"Supervision sits with the workforce team\"}").status()).isEqualTo(204);
        assertThat(api.complete("cora", api.task("cora", letterId, ProcessKeys.REASSIGN_ACTION, "A2"),
                "{\"owner\": \"owen\"}").status()).isEqualTo(204);
        accept(api, "owen", letterId, "A2");

        String a1Due = api.get("cora", "/api/letters/" + letterId + "/plan").json().path("actions").get(0)
                .path("dueDate").asText();
        assertThat(moveDueDate(api, "cora", letterId, "A1", "2012-03-30").status()).isEqualTo(200);

        // cycle 1, asked for by cora: A2 is returned and revised from AMBER to RED, then approved; A3 completes
        assertThat(api.postJson("cora", "/api/letters/" + letterId + "/plan/cycles", "{\"meetingDate\": \"2011-09-20\"}")
                .status()).isEqualTo(202);
        update(api, letterId, ProcessKeys.SUBMIT_PROGRESS_UPDATE, "A1", "GREEN", 60, false);
        update(api, letterId, ProcessKeys.SUBMIT_PROGRESS_UPDATE, "A2", "AMBER", 40, false);
        update(api, letterId, ProcessKeys.SUBMIT_PROGRESS_UPDATE, "A3", "GREEN", 100, true);
        assertThat(api.complete("chris", api.task("chris", letterId, ProcessKeys.SCRUTINY_SIGN_OFF, null),
                "{\"decision\": \"RETURNED\", \"comments\": \"Give numbers.\", \"returnedActionIds\": [\"A2\"]}").status())
                .isEqualTo(204);
        update(api, letterId, ProcessKeys.REVISE_PROGRESS_UPDATE, "A2", "RED", 45, false);
        approve(api, letterId);

        // cycle 2, started by the engine's timer: A1 and A2 complete, and so the plan closes
        Job timer = management.createJobQuery().processInstanceId(letter.path("processInstanceId").asText())
                .timers().singleResult();
        management.executeJob(timer.getId());
        update(api, letterId, ProcessKeys.SUBMIT_PROGRESS_UPDATE, "A1", "GREEN", 100, true);
        update(api, letterId, ProcessKeys.SUBMIT_PROGRESS_UPDATE, "A2", "GREEN", 100, true);
        approve(api, letterId);

        Api.Response response = api.get("cora", "/api/letters/" + letterId + "/audit");
        assertThat(response.status()).isEqualTo(200);
        List<JsonNode> trail = list(response.json());
        JsonNode reports = api.get("cora", "/api/reports?letterId=" + letterId).json();
        String cycle1 = reports.get(0).path("cycleId").asText();
        String cycle2 = reports.get(3).path("cycleId").asText();

        assertThat(trail).extracting(e -> e.path("action").asText() + " " + e.path("actor").asText() + " "
                + e.path("subject").asText("-")).containsExactly(
                LETTER_REGISTERED + " cora -",
                FINDINGS_EXTRACTED + " system -",
                FINDINGS_REVISED + " cora -",
                FINDINGS_CONFIRMED + " cora -",
                PLAN_DRAFTED + " cora -",
                ACTION_ACCEPTED + " owen A1",
                ACTION_ACCEPTED + " owen A3",
                ACTION_DECLINED + " olive A2",
                ACTION_REASSIGNED + " cora A2",
                ACTION_ACCEPTED + " owen A2",
                // the plan goes live in a job after the last acceptance (owners' tasks go on asynchronously)
                PLAN_LIVE + " system -",
                ACTION_DUE_DATE_MOVED + " cora A1",
                CYCLE_OPENED + " cora " + cycle1,
                PROGRESS_REPORTED + " owen A1",
                PROGRESS_REPORTED + " owen A2",
                PROGRESS_REPORTED + " owen A3",
                // rendered by a job after the last update committed: the engine's doing
                REPORT_GENERATED + " system " + cycle1 + ":v1",
                REPORT_RETURNED + " chris " + cycle1 + ":v1",
                PROGRESS_REVISED + " owen A2",
                REPORT_GENERATED + " system " + cycle1 + ":v2",
                REPORT_APPROVED + " chris " + cycle1 + ":v2",
                // signed and closed by a job after the chair's approval committed
                REPORT_SIGNED + " system " + cycle1 + ":v2",
                ACTION_COMPLETED + " system A3",
                CYCLE_CLOSED + " system " + cycle1,
                CYCLE_OPENED + " system " + cycle2,
                PROGRESS_REPORTED + " owen A1",
                PROGRESS_REPORTED + " owen A2",
                REPORT_GENERATED + " system " + cycle2 + ":v1",
                REPORT_APPROVED + " chris " + cycle2 + ":v1",
                REPORT_SIGNED + " system " + cycle2 + ":v1",
                ACTION_COMPLETED + " system A1",
                ACTION_COMPLETED + " system A2",
                CYCLE_CLOSED + " system " + cycle2,
                PLAN_CLOSED + " system -");

        // before and after where something changed
        JsonNode revised = entry(trail, FINDINGS_REVISED, null, 0);
        assertThat(revised.path("before").path("F1").path("text").asText()).isEqualTo(firstFinding);
        assertThat(revised.path("after").path("F1").path("text").asText())
                .isEqualTo("Somerset Direct is an outstanding central point for contacts.");
        assertThat(entry(trail, PLAN_DRAFTED, null, 0).path("after").path("actions").path("A2").path("owner").asText())
                .isEqualTo("olive");
        assertThat(entry(trail, ACTION_DECLINED, "A2", 0).path("after").path("reason").asText())
                .isEqualTo("Supervision sits with the workforce team");
        JsonNode reassigned = entry(trail, ACTION_REASSIGNED, "A2", 0);
        assertThat(reassigned.path("before").path("owner").asText()).isEqualTo("olive");
        assertThat(reassigned.path("after").path("owner").asText()).isEqualTo("owen");
        JsonNode moved = entry(trail, ACTION_DUE_DATE_MOVED, "A1", 0);
        assertThat(moved.path("before").path("dueDate").asText()).isEqualTo(a1Due);
        assertThat(moved.path("after").path("dueDate").asText()).isEqualTo("2012-03-30");
        // the meeting cora named is the cycle's from its opening; a meeting already past gets dates from today on
        assertThat(entry(trail, CYCLE_OPENED, cycle1, 0).path("after").path("meetingDate").asText())
                .isEqualTo("2011-09-20");
        assertThat(entry(trail, PROGRESS_REPORTED, "A2", 0).path("before").isNull()).as("nothing reported before").isTrue();
        JsonNode ragChange = entry(trail, PROGRESS_REVISED, "A2", 0);
        assertThat(ragChange.path("before").path("rag").asText()).isEqualTo("AMBER");
        assertThat(ragChange.path("before").path("percentComplete").asInt()).isEqualTo(40);
        assertThat(ragChange.path("after").path("rag").asText()).isEqualTo("RED");
        assertThat(ragChange.path("after").path("percentComplete").asInt()).isEqualTo(45);
        JsonNode nextCycle = entry(trail, PROGRESS_REPORTED, "A1", 1);
        assertThat(nextCycle.path("before").path("percentComplete").asInt()).as("from cycle 1").isEqualTo(60);
        assertThat(nextCycle.path("after").path("completed").asBoolean()).isTrue();
        JsonNode returned = entry(trail, REPORT_RETURNED, cycle1 + ":v1", 0);
        assertThat(returned.path("after").path("comments").asText()).isEqualTo("Give numbers.");
        assertThat(returned.path("after").path("returnedActionIds")).extracting(JsonNode::asText).containsExactly("A2");
        assertThat(entry(trail, REPORT_APPROVED, cycle1 + ":v2", 0).path("after").path("status").asText())
                .isEqualTo("APPROVED");
        assertThat(entry(trail, REPORT_SIGNED, cycle1 + ":v2", 0).path("after").path("signedVersion").asText())
                .isEqualTo(cycle1 + ":v3");
        assertThat(entry(trail, ACTION_COMPLETED, "A3", 0).path("after").path("status").asText()).isEqualTo("COMPLETED");

        // one letter, unique ids, in time order
        assertThat(trail).allSatisfy(e -> assertThat(e.path("letterId").asText()).isEqualTo(letterId));
        assertThat(new HashSet<>(trail.stream().map(e -> e.path("id").asText()).toList())).hasSameSizeAs(trail);
        List<Instant> times = trail.stream().map(e -> Instant.parse(e.path("at").asText())).toList();
        assertThat(times).isSorted();
    }

    @Test
    void aCompletionRolledBackAfterItsWritesAndRetriedIsRecordedOnce() {
        Api api = new Api(mvc, json, management);
        String letterId = register(api).path("id").asText();
        review(api, letterId, null);
        draft(api, letterId, "owen", "owen", "owen");

        // The engine's transaction fails after the listener wrote to MongoDB: the task stays open, and neither the
        // entry nor the acceptance stands.
        String task = api.task("owen", letterId, ProcessKeys.ACCEPT_ACTION, "A1");
        new TransactionTemplate(transactions).executeWithoutResult(tx -> {
            tasks.complete(task, Map.of("accepted", true));
            tx.setRollbackOnly();
        });
        assertThat(api.task("owen", letterId, ProcessKeys.ACCEPT_ACTION, "A1")).isEqualTo(task);
        assertThat(count(api, letterId, ACTION_ACCEPTED)).isZero();
        assertThat(api.get("cora", "/api/letters/" + letterId + "/plan").json().path("actions").get(0)
                .path("status").asText()).isEqualTo("PROPOSED");

        // The retry completes it, and the trail still has the one entry.
        assertThat(api.complete("owen", task, "{\"accepted\": true}").status()).isEqualTo(204);
        assertThat(count(api, letterId, ACTION_ACCEPTED)).isOne();
        assertThat(entries(api, letterId, ACTION_ACCEPTED).get(0).path("actor").asText()).isEqualTo("owen");

        // Moving a due date to the date it already has changes nothing, and records nothing.
        assertThat(moveDueDate(api, "cora", letterId, "A2", "2012-04-27").status()).isEqualTo(200);
        assertThat(moveDueDate(api, "cora", letterId, "A2", "2012-04-27").status()).isEqualTo(200);
        assertThat(count(api, letterId, ACTION_DUE_DATE_MOVED)).isOne();
    }

    @Test
    void aProgressUpdateSubmittedAgainByTheSameTaskIsRecordedOnceWithWhatItSubmittedLast() {
        Api api = new Api(mvc, json, management);
        String letterId = register(api).path("id").asText();
        String cycleId = "cycle-of-" + letterId;
        progress.openCycle(cycleId, letterId, 1, null, new Cause(cycleId, AuditTrail.SYSTEM));
        progress.openCycle(cycleId, letterId, 1, null, new Cause(cycleId, AuditTrail.SYSTEM));

        // the first attempt's transaction failed; the owner amended the form and submitted again
        Cause task = new Cause("task-of-" + letterId, "owen");
        progress.submit(task, cycleId, "A1", new ProgressReport("Audit done.", null, Rag.GREEN, 50, false));
        progress.submit(task, cycleId, "A1", new ProgressReport("Audit done: 36 of 40.", null, Rag.AMBER, 60, false));

        assertThat(count(api, letterId, CYCLE_OPENED)).isOne();
        assertThat(count(api, letterId, PROGRESS_REPORTED)).isOne();
        JsonNode reported = entries(api, letterId, PROGRESS_REPORTED).get(0);
        assertThat(reported.path("after").path("rag").asText()).isEqualTo("AMBER");
        assertThat(reported.path("after").path("percentComplete").asInt()).isEqualTo(60);
    }

    @Test
    void onlyCoordinatorsAndTheAdminReadTheTrailAndNobodyWritesIt() {
        Api api = new Api(mvc, json, management);
        String letterId = register(api).path("id").asText();
        String path = "/api/letters/" + letterId + "/audit";
        JsonNode trail = api.get("cora", path).json();
        assertThat(trail).isNotEmpty();

        for (String user : List.of("owen", "olive", "chris")) {
            assertProblem(api.get(user, path), 403);
        }
        assertThat(api.get("admin", path).status()).isEqualTo(200);
        assertProblem(api.get("cora", "/api/letters/no-such-letter/audit"), 404);

        String entryPath = path + "/" + trail.get(0).path("id").asText();
        for (HttpMethod method : List.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE)) {
            for (String target : List.of(path, entryPath)) {
                assertProblem(api.call("owen", write(method, target)), 403);
                Api.Response refused = api.call("cora", write(method, target));
                assertThat(refused.status()).as(method + " " + target).isIn(404, 405);
                assertProblem(refused, refused.status());
            }
        }
        assertThat(api.get("cora", path).json()).isEqualTo(trail);
    }

    /** A request writing an entry that names someone else as its actor. */
    private static MockHttpServletRequestBuilder write(HttpMethod method, String path) {
        return MockMvcRequestBuilders.request(method, path).contentType(MediaType.APPLICATION_JSON)
                .content("{\"action\": \"letter.registered\", \"actor\": \"mallory\"}");
    }

    private JsonNode register(Api api) {
        Api.Response registered = api.upload("cora", "/api/letters", "somerset-2011-ucra-letter.txt",
                Api.resource("/letters/somerset-2011-ucra-letter.txt"), "Scrutiny Committee");
        assertThat(registered.status()).isEqualTo(201);
        started.add(registered.json().path("processInstanceId").asText());
        return registered.json();
    }

    /** Confirms the findings, rewording the first when {@code firstText} is given. */
    private void review(Api api, String letterId, String firstText) {
        String review = api.task("cora", letterId, ProcessKeys.REVIEW_FINDINGS, null);
        ObjectNode body = json.createObjectNode().put("confirmed", true);
        if (firstText != null) {
            ArrayNode findings = (ArrayNode) api.get("cora", "/api/tasks/" + review + "/form").json()
                    .path("values").path("findings");
            ((ObjectNode) findings.get(0)).put("text", firstText);
            body.set("findings", findings);
        }
        assertThat(api.complete("cora", review, body.toString()).status()).isEqualTo(204);
    }

    private static void draft(Api api, String letterId, String... owners) {
        String draft = api.task("cora", letterId, ProcessKeys.DRAFT_ACTION_PLAN, null);
        ArrayNode actions = (ArrayNode) api.get("cora", "/api/tasks/" + draft + "/form").json().path("values").path("actions");
        assertThat(actions).hasSize(owners.length);
        for (int i = 0; i < owners.length; i++) {
            ((ObjectNode) actions.get(i)).put("owner", owners[i]);
        }
        ObjectNode plan = api.json().createObjectNode().put("reportingInterval", "P1M");
        plan.set("actions", actions);
        assertThat(api.complete("cora", draft, plan.toString()).status()).isEqualTo(204);
    }

    private static void accept(Api api, String owner, String letterId, String actionId) {
        assertThat(api.complete(owner, api.task(owner, letterId, ProcessKeys.ACCEPT_ACTION, actionId),
                "{\"accepted\": true}").status()).isEqualTo(204);
    }

    private static Api.Response moveDueDate(Api api, String user, String letterId, String actionId, String date) {
        long version = api.get("cora", "/api/letters/" + letterId + "/plan").json().path("version").asLong();
        return api.call(user, MockMvcRequestBuilders.put("/api/letters/" + letterId + "/plan/actions/" + actionId + "/due-date")
                .contentType(MediaType.APPLICATION_JSON).content("{\"dueDate\": \"" + date + "\", \"version\": " + version + "}"));
    }

    private static void update(Api api, String letterId, String taskKey, String actionId, String rag, int percent,
                               boolean completed) {
        String task = api.task("owen", letterId, taskKey, actionId);
        String body = "{\"progress\": \"Work done on " + actionId + ".\", \"rag\": \"" + rag + "\", \"percentComplete\": "
                + percent + ", \"completed\": " + completed + ", \"ragReason\": \"Ahead of the schedule by our own measure.\"}";
        assertThat(api.complete("owen", task, body).status()).isEqualTo(204);
    }

    private static void approve(Api api, String letterId) {
        assertThat(api.complete("chris", api.task("chris", letterId, ProcessKeys.SCRUTINY_SIGN_OFF, null),
                "{\"decision\": \"APPROVED\"}").status()).isEqualTo(204);
    }

    private static List<JsonNode> list(JsonNode array) {
        return new ArrayList<>(StreamSupport.stream(array.spliterator(), false).toList());
    }

    /** The n-th entry (from 0) with this action and subject ({@literal null}: none). */
    private static JsonNode entry(List<JsonNode> trail, String action, String subject, int n) {
        return trail.stream().filter(e -> e.path("action").asText().equals(action))
                .filter(e -> subject == null ? e.path("subject").isNull() : e.path("subject").asText().equals(subject))
                .skip(n).findFirst().orElseThrow(() -> new AssertionError("no " + action + " " + subject));
    }

    private static List<JsonNode> entries(Api api, String letterId, String action) {
        return list(api.get("cora", "/api/letters/" + letterId + "/audit").json()).stream()
                .filter(e -> e.path("action").asText().equals(action)).toList();
    }

    private static long count(Api api, String letterId, String action) {
        return entries(api, letterId, action).size();
    }

    private static void assertProblem(Api.Response response, int status) {
        assertThat(response.status()).isEqualTo(status);
        assertThat(response.contentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        assertThat(response.json().path("status").asInt()).isEqualTo(status);
    }
}
