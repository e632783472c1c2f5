package org.scrutineer.workflow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.scrutineer.Api;
import org.scrutineer.security.Groups;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

/**
 * The attacks found through Camunda's doors (Tasklist's engine API with a Tasklist session, /engine-rest), on a
 * real port: a task's subject (letter, action, cycle, report) is the server's, a completion sets only its form's
 * editable fields, a decision is its role's, and a person moves no process. Each is refused with a problem and
 * leaves nothing stored.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        // the engine's command failures logged as in production, which the test profile silences
        properties = {"camunda.bpm.webapp.auth.cache.time-to-live=0", "logging.level.org.camunda.bpm.engine.context=ERROR"})
@AutoConfigureMockMvc
@ActiveProfiles("test")
@ExtendWith(OutputCaptureExtension.class)
class DoorAttacksTests {

    @LocalServerPort
    int port;
    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;
    @Autowired
    ManagementService jobs;
    @Autowired
    TaskService tasks;
    @Autowired
    RuntimeService runtime;
    @Autowired
    ProcessEngine engine;
    @Autowired
    IdentityService identity;

    @Test
    void anOwnerCannotPutHisUpdateOnAColleaguesActionThroughTasklist() throws Exception {
        Api api = new Api(mvc, json, jobs);
        String letterId = twoOwnerPlan(api);
        api.postJson("cora", "/api/letters/" + letterId + "/plan/cycles", "");
        api.complete("olive", api.task("olive", letterId, ProcessKeys.SUBMIT_PROGRESS_UPDATE, "A2"),
                "{\"progress\": \"Olive's own words.\", \"rag\": \"RED\"}");
        String owens = api.task("owen", letterId, ProcessKeys.SUBMIT_PROGRESS_UPDATE, "A1");
        Tasklist owen = new Tasklist("owen");

        // the subject as a form value
        HttpResponse<String> submitted = owen.send("POST", "/task/" + owens + "/submit-form", "{\"variables\": {"
                + "\"progress\": {\"value\": \"Owen's words.\"}, \"rag\": {\"value\": \"RED\"}, \"actionId\": {\"value\": \"A2\"}}}");
        assertProblem(submitted, 400).path("errors").toString().contains("actionId");
        assertThat(submitted.body()).contains("actionId", "is not a field");

        // the subject as a task variable, then an ordinary completion
        assertProblem(owen.send("PUT", "/task/" + owens + "/localVariables/actionId", "{\"value\": \"A2\"}"), 403);
        assertProblem(owen.send("PUT", "/task/" + owens + "/variables/actionId", "{\"value\": \"A2\"}"), 403);
        assertProblem(owen.send("POST", "/task/" + owens + "/localVariables",
                "{\"modifications\": {\"actionId\": {\"value\": \"A2\"}}}"), 403);
        assertThat(tasks.getVariable(owens, "actionId")).isEqualTo("A1");
        // a read-only field changed is refused; sent back as shown, as Tasklist does, it is accepted and not written
        assertThat(owen.send("POST", "/task/" + owens + "/submit-form", "{\"variables\": {\"progress\": {\"value\": \"x\"},"
                + " \"rag\": {\"value\": \"RED\"}, \"actionTitle\": {\"value\": \"Something else\"}}}").body()).contains("actionTitle", "is read-only");
        // the same through our API: refused, not dropped without a word
        Api.Response changed = api.complete("owen", owens, "{\"progress\": \"x\", \"rag\": \"RED\","
                + " \"actionTitle\": \"Something else\"}");
        assertThat(changed.status()).isEqualTo(400);
        assertThat(changed.json().path("errors").toString()).contains("actionTitle", "is read-only");
        // a field given twice: which one a check saw would be a guess
        HttpResponse<String> twice = owen.send("POST", "/task/" + owens + "/submit-form", "{\"variables\": {"
                + "\"progress\": {\"value\": \"x\"}, \"rag\": {\"value\": \"RED\"}, \"rag\": {\"value\": \"GREEN\"}}}");
        assertThat(assertProblem(twice, 400).path("detail").asText()).contains("'rag'");
        // a number given as Camunda's JSON type passes for a number when read, but no listener reads it as one
        HttpResponse<String> asJson = owen.send("POST", "/task/" + owens + "/submit-form", "{\"variables\": {"
                + "\"progress\": {\"value\": \"x\"}, \"rag\": {\"value\": \"RED\"}, "
                + "\"percentComplete\": {\"value\": \"40\", \"type\": \"Json\"}}}");
        assertThat(assertProblem(asJson, 400).path("errors").toString()).contains("percentComplete",
                "must be a plain value, not JSON");
        // a value that does not parse as the type it claims is a mistake in the request, not a fault of the server
        for (String broken : List.of("{\"value\": \"{not json\", \"type\": \"Json\"}",
                "{\"value\": \"[1,\", \"type\": \"Json\"}",
                "{\"value\": \"<a>\", \"type\": \"Xml\"}",
                "{\"value\": \"[1,\", \"type\": \"Object\", \"valueInfo\": {\"objectTypeName\": \"java.util.ArrayList\","
                        + " \"serializationDataFormat\": \"application/json\"}}",
                "{\"value\": \"rO0AB\", \"type\": \"Object\", \"valueInfo\": {\"objectTypeName\": \"java.util.ArrayList\","
                        + " \"serializationDataFormat\": \"application/x-java-serialized-object\"}}",
                "{\"value\": \"x\", \"type\": \"File\", \"valueInfo\": {\"filename\": \"a.txt\"}}",
                "{\"value\": \"not base64!\", \"type\": \"Bytes\"}",
                "{\"value\": \"40\", \"type\": \"\"}",
                "{\"value\": 40, \"type\": \"Number\"}",
                "{\"value\": \"eA==\", \"type\": \"File\"}")) {
            HttpResponse<String> unparsable = owen.send("POST", "/task/" + owens + "/submit-form", "{\"variables\": {"
                    + "\"progress\": {\"value\": \"x\"}, \"rag\": {\"value\": \"RED\"}, \"percentComplete\": " + broken + "}}");
            assertThat(unparsable.statusCode()).as(broken + " answered " + unparsable.body()).isBetween(400, 499);
            assertThat(unparsable.body()).as(broken).doesNotContain("org.camunda", "SPIN/", "\tat ");
        }
        // many unknown keys must not make as long an answer: the first twenty are named, then a count
        String manyKeys = keys(900);
        HttpResponse<String> many = owen.send("POST", "/task/" + owens + "/submit-form", "{\"variables\": {" + manyKeys + "}}");
        JsonNode manyRefused = assertProblem(many, 400);
        assertThat(manyRefused.path("errors")).hasSize(21);
        assertThat(manyRefused.path("errors").get(20).path("message").asText()).isEqualTo("and 880 more, not listed");
        assertThat(many.body().length()).isLessThan(5_000);
        Api.Response manyThroughApi = api.complete("owen", owens, "{" + manyKeys.replace("{\"value\": 1}", "1") + "}");
        assertThat(manyThroughApi.status()).isEqualTo(400);
        assertThat(manyThroughApi.json().path("errors")).hasSize(21);
        // and a million are refused unread: no form has more than a thousand fields
        HttpResponse<String> wide = owen.send("POST", "/task/" + owens + "/submit-form", "{\"variables\": {" + keys(5_000) + "}}");
        assertThat(assertProblem(wide, 400).path("detail").asText()).contains("more than 1,000 fields");
        assertThat(api.complete("owen", owens, "{" + keys(5_000).replace("{\"value\": 1}", "1") + "}").json()
                .path("detail").asText()).contains("more than 1,000 fields");
        // a stranger's body is not read at all, the door refuses them first: strangers' bodies filled the heap
        assertThat(mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/tasks/"
                + owens + "/complete").contentType("application/json").content("{" + keys(5_000) + "}"))
                .andReturn().getResponse().getStatus()).isEqualTo(401);
        // nested deeper than Camunda's readers go: refused as ours are, not their 500
        HttpResponse<String> deep = owen.send("POST", "/task/" + owens + "/submit-form", "{\"variables\": {\"progress\": "
                + "{\"a\": ".repeat(1_500) + "1" + "}".repeat(1_500) + "}}");
        assertThat(assertProblem(deep, 400).path("detail").asText()).contains("nested more than 1,000 levels");
        assertThat(tasks.createTaskQuery().taskId(owens).count()).isOne();
        String shownTitle = (String) tasks.getVariable(owens, "actionTitle");
        HttpResponse<String> done = owen.send("POST", "/task/" + owens + "/submit-form", "{\"variables\": {"
                + "\"progress\": {\"value\": \"Owen's words.\"}, \"rag\": {\"value\": \"RED\"}, \"actionTitle\": {\"value\": "
                + json.writeValueAsString(shownTitle) + "}, \"actionDescription\": {\"value\": \"\"}}}");
        assertThat(done.statusCode()).as(done.body()).isEqualTo(204);

        JsonNode actions = api.get("cora", "/api/letters/" + letterId + "/plan").json().path("actions");
        assertThat(actions.get(0).path("updates")).hasSize(1);
        assertThat(actions.get(0).path("updates").get(0).path("progress").asText()).isEqualTo("Owen's words.");
        assertThat(actions.get(1).path("updates")).hasSize(1);
        assertThat(actions.get(1).path("updates").get(0).path("progress").asText()).isEqualTo("Olive's own words.");
    }

    @Test
    void noRevisionReachesAClosedCycleAndNoCycleStartsBesideAWaitingOne() throws Exception {
        Api api = new Api(mvc, json, jobs);
        String letterId = api.liveSomersetPlan();
        api.postJson("cora", "/api/letters/" + letterId + "/plan/cycles", "");
        api.complete("owen", api.task("owen", letterId, ProcessKeys.SUBMIT_PROGRESS_UPDATE, "A1"),
                "{\"progress\": \"First cycle.\", \"rag\": \"RED\", \"percentComplete\": 10}");
        api.complete("chris", api.task("chris", letterId, ProcessKeys.SCRUTINY_SIGN_OFF, null), "{\"decision\": \"APPROVED\"}");
        String closed = api.get("chris", "/api/reports?letterId=" + letterId).json().toString();
        String firstCycle = letterId + "-cycle-1";

        api.postJson("cora", "/api/letters/" + letterId + "/plan/cycles", "");
        String update = api.task("owen", letterId, ProcessKeys.SUBMIT_PROGRESS_UPDATE, "A1");
        Tasklist owen = new Tasklist("owen");
        assertProblem(owen.send("PUT", "/task/" + update + "/variables/cycleId", "{\"value\": \"" + firstCycle + "\"}"), 403);
        assertProblem(owen.send("PUT", "/task/" + update + "/localVariables/cycleId", "{\"value\": \"" + firstCycle + "\"}"), 403);
        assertProblem(owen.send("POST", "/task/" + update + "/submit-form", "{\"variables\": {\"progress\": {\"value\": \"Late.\"},"
                + " \"rag\": {\"value\": \"RED\"}, \"cycleId\": {\"value\": \"" + firstCycle + "\"}}}"), 400);
        assertThat(tasks.createTaskQuery().taskId(update).count()).isOne();
        api.complete("owen", update, "{\"progress\": \"Second cycle.\", \"rag\": \"RED\"}");

        // the first cycle's reports are as the chair left them; the new draft is the second cycle's
        JsonNode reports = api.get("chris", "/api/reports?letterId=" + letterId).json();
        assertThat(json.readTree(closed)).allSatisfy(r -> assertThat(reports.toString()).contains(r.toString()));
        assertThat(reports).filteredOn(r -> r.path("cycleId").asText().equals(firstCycle)).hasSize(json.readTree(closed).size());

        // waiting for sign-off: a coordinator starts no second cycle by moving the process
        String letterProcess = runtime.createProcessInstanceQuery().processInstanceBusinessKey(letterId)
                .processDefinitionKey(ProcessKeys.LETTER).singleResult().getId();
        Tasklist cora = new Tasklist("cora");
        assertProblem(cora.send("POST", "/process-instance/" + letterProcess + "/modification",
                "{\"instructions\": [{\"type\": \"startBeforeActivity\", \"activityId\": \"reportingCycle\"}]}"), 403);
        assertProblem(cora.send("PUT", "/process-instance/" + letterProcess + "/variables/letterId", "{\"value\": \"other\"}"), 403);
        assertProblem(cora.send("POST", "/condition", "{\"variables\": {\"letterId\": {\"value\": \"other\"}}}"), 403);
        assertProblem(cora.send("POST", "/message", "{\"messageName\": \"" + ProcessKeys.CYCLE_REQUESTED_MESSAGE
                + "\", \"businessKey\": \"" + letterId + "\", \"processVariables\": {\"letterId\": {\"value\": \"other\"}}}"), 403);
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(letterId)
                .processDefinitionKey(ProcessKeys.REPORTING_CYCLE).count()).isOne();
        assertThat(runtime.getVariable(letterProcess, "letterId")).isEqualTo(letterId);
    }

    @Test
    void aSignOffIsAChairsWhoeverItIsAssignedTo() throws Exception {
        Api api = new Api(mvc, json, jobs);
        String letterId = api.liveSomersetPlan();
        api.postJson("cora", "/api/letters/" + letterId + "/plan/cycles", "");
        api.complete("owen", api.task("owen", letterId, ProcessKeys.SUBMIT_PROGRESS_UPDATE, "A1"),
                "{\"progress\": \"Done.\", \"rag\": \"RED\"}");
        String signOff = api.task("chris", letterId, ProcessKeys.SCRUTINY_SIGN_OFF, null);

        Tasklist chris = new Tasklist("chris");
        assertProblem(chris.send("POST", "/task/" + signOff + "/assignee", "{\"userId\": \"owen\"}"), 403);
        assertProblem(chris.send("POST", "/task/" + signOff + "/identity-links", "{\"groupId\": \"action-owners\", \"type\": \"candidate\"}"), 403);
        assertThat(tasks.createTaskQuery().taskId(signOff).singleResult().getAssignee()).isNull();

        // assigned to him all the same (as it was before this was refused): his approval is still refused, at every door
        tasks.setAssignee(signOff, "owen");
        Api.Response approval = api.complete("owen", signOff, "{\"decision\": \"APPROVED\"}");
        assertThat(approval.status()).isEqualTo(403);
        assertProblem(new Tasklist("owen").send("POST", "/task/" + signOff + "/submit-form",
                "{\"variables\": {\"decision\": {\"value\": \"APPROVED\"}}}"), 403);
        assertThat(api.get("chris", "/api/reports?letterId=" + letterId).json())
                .allSatisfy(r -> assertThat(r.path("status").asText()).isEqualTo("DRAFT"));
        assertThat(tasks.createTaskQuery().taskId(signOff).count()).isOne();

        // a field the decision hides is not asked for, but sent it must still be its kind: a listener reads it
        tasks.setAssignee(signOff, null);
        Api.Response numbered = api.complete("chris", signOff, "{\"decision\": \"APPROVED\", \"comments\": 5}");
        assertThat(numbered.status()).isEqualTo(400);
        assertThat(numbered.json().path("errors").toString()).contains("comments", "must be text");
        // nor may any door send a file or bytes, which Camunda counts as primitive values
        for (String kind : List.of("{\"value\": \"eA==\", \"type\": \"File\", \"valueInfo\": {\"filename\": \"../a.html\"}}",
                "{\"value\": \"eA==\", \"type\": \"Bytes\"}")) {
            HttpResponse<String> file = chris.send("POST", "/task/" + signOff + "/submit-form", "{\"variables\": {"
                    + "\"decision\": {\"value\": \"APPROVED\"}, \"comments\": " + kind + "}}");
            assertThat(assertProblem(file, 400).path("errors").toString()).as(kind).contains("comments", "is sent as a value of type");
        }
        assertThat(tasks.createTaskQuery().taskId(signOff).count()).isOne();
        assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().variableName("comments")
                .list()).allSatisfy(v -> assertThat(v.getTypeName()).isNotIn("file", "bytes"));
    }

    @Test
    void aChairOwnsNoActionInAPlanTheySignOff() throws Exception {
        Api api = new Api(mvc, json, jobs);
        String letterId = reviewed(api);
        Api.Response drafted = api.complete("cora", api.task("cora", letterId, ProcessKeys.DRAFT_ACTION_PLAN, null),
                "{\"actions\": [{\"findingIds\": \"F13\", \"title\": \"Record decisions\", \"owner\": \"chris\", \"dueDate\": \"2011-08-05\"}]}");
        assertThat(drafted.status()).isEqualTo(400);
        assertThat(drafted.json().path("errors").toString()).contains("actions[0].owner", "scrutiny chair");
        // nor does a coordinator, who would decide their own request for more time, nor the administrator
        for (String notAnOwner : List.of("cora", "admin")) {
            Api.Response refused = api.complete("cora", api.task("cora", letterId, ProcessKeys.DRAFT_ACTION_PLAN, null),
                    "{\"actions\": [{\"findingIds\": \"F13\", \"title\": \"Record decisions\", \"owner\": \""
                            + notAnOwner + "\", \"dueDate\": \"2011-08-05\"}]}");
            assertThat(refused.status()).as(notAnOwner).isEqualTo(400);
            assertThat(refused.json().path("errors").toString()).contains("'" + notAnOwner + "' is not an action owner");
        }

        // someone made a chair after owning an action does not sign off its report
        IdentityService identity = engine.getIdentityService();
        User chloe = identity.newUser("chloe");
        chloe.setPassword("chloe");
        identity.saveUser(chloe);
        identity.createMembership("chloe", Groups.ACTION_OWNERS);
        api.complete("cora", api.task("cora", letterId, ProcessKeys.DRAFT_ACTION_PLAN, null), "{\"actions\": "
                + "[{\"findingIds\": \"F13\", \"title\": \"Record decisions\", \"owner\": \"chloe\", \"dueDate\": \"2011-08-05\"}]}");
        api.complete("chloe", api.task("chloe", letterId, ProcessKeys.ACCEPT_ACTION, "A1"), "{\"accepted\": true}");
        api.postJson("cora", "/api/letters/" + letterId + "/plan/cycles", "");
        api.complete("chloe", api.task("chloe", letterId, ProcessKeys.SUBMIT_PROGRESS_UPDATE, "A1"),
                "{\"progress\": \"Done.\", \"rag\": \"RED\"}");
        identity.createMembership("chloe", Groups.SCRUTINY_CHAIRS);
        String signOff = api.task("chloe", letterId, ProcessKeys.SCRUTINY_SIGN_OFF, null);
        Api.Response approval = api.complete("chloe", signOff, "{\"decision\": \"APPROVED\"}");
        assertThat(approval.status()).isEqualTo(403);
        assertThat(approval.json().path("detail").asText()).contains("owns an action");
        assertThat(api.complete("chris", signOff, "{\"decision\": \"APPROVED\"}").status()).isEqualTo(204);
    }

    /**
     * An administrator hands tasks over, but only to someone who may decide them: assigning or delegating an
     * owner's update to another owner, or leaving it with nobody under a group, let that owner read it and the
     * chair's comments on it through our API. Nor does an action go back to who just declined it, through any door.
     */
    @Test
    void tasksGoOnlyToTheirDecidersAndAnActionNotBackToItsDecliner() throws Exception {
        Api api = new Api(mvc, json, jobs);
        String letterId = twoOwnerPlan(api);
        api.postJson("cora", "/api/letters/" + letterId + "/plan/cycles", "");
        String update = api.task("owen", letterId, ProcessKeys.SUBMIT_PROGRESS_UPDATE, "A1");
        String task = "/engine-rest/engine/" + engine.getName() + "/task/" + update;
        assertThat(assertProblem(asAdmin("POST", task + "/assignee", "{\"userId\": \"olive\"}"), 403)
                .path("detail").asText()).contains("cannot be given to 'olive'", "only the owner of action A1");
        assertProblem(asAdmin("POST", task + "/delegate", "{\"userId\": \"olive\"}"), 403);
        assertProblem(asAdmin("POST", task + "/unclaim", ""), 403);
        // a group made its candidate changes nothing while the owner holds it, and the owner's colleague reads nothing
        assertThat(asAdmin("POST", task + "/identity-links", "{\"groupId\": \"action-owners\", \"type\": \"candidate\"}")
                .statusCode()).isEqualTo(204);
        assertThat(tasks.createTaskQuery().taskId(update).singleResult().getAssignee()).isEqualTo("owen");
        assertThat(api.get("olive", "/api/tasks/" + update + "/form").status()).isEqualTo(403);

        // a chair's sign-off offered to the owners as well is still read only by a chair
        api.complete("owen", update, "{\"progress\": \"Begun.\", \"rag\": \"RED\", \"percentComplete\": 5}");
        api.complete("olive", api.task("olive", letterId, ProcessKeys.SUBMIT_PROGRESS_UPDATE, "A2"),
                "{\"progress\": \"Begun.\", \"rag\": \"RED\", \"percentComplete\": 5}");
        String signOff = api.task("chris", letterId, ProcessKeys.SCRUTINY_SIGN_OFF, null);
        assertThat(asAdmin("POST", "/engine-rest/engine/" + engine.getName() + "/task/" + signOff + "/identity-links",
                "{\"groupId\": \"action-owners\", \"type\": \"candidate\"}").statusCode()).isEqualTo(204);
        assertThat(api.get("owen", "/api/tasks/" + signOff + "/form").status()).isEqualTo(403);
        assertThat(api.get("chris", "/api/tasks/" + signOff + "/form").status()).isEqualTo(200);
    }

    @Test
    void anActionGoesToSomeoneOtherThanWhoJustDeclinedIt() {
        Api api = new Api(mvc, json, jobs);
        String letterId = reviewed(api);
        api.complete("cora", api.task("cora", letterId, ProcessKeys.DRAFT_ACTION_PLAN, null), "{\"actions\": ["
                + "{\"findingIds\": \"F13\", \"title\": \"Record decisions\", \"owner\": \"owen\", \"dueDate\": \"2027-08-05\"}]}");
        api.complete("owen", api.task("owen", letterId, ProcessKeys.ACCEPT_ACTION, "A1"),
                "{\"accepted\": false, \"reason\": \"Not my team.\"}");
        String reassign = api.task("cora", letterId, ProcessKeys.REASSIGN_ACTION, "A1");
        Api.Response back = api.postJson("cora", "/api/tasks/" + reassign + "/complete", "{\"owner\": \"owen\"}");
        assertThat(assertProblem(back, 400).path("errors").toString()).contains("owner", "declined this action");
        assertThat(tasks.createTaskQuery().taskId(reassign).count()).isOne();
        assertThat(api.postJson("cora", "/api/tasks/" + reassign + "/complete", "{\"owner\": \"olive\"}").status())
                .isEqualTo(204);
    }

    private HttpResponse<String> asAdmin(String method, String path, String body) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(url(path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("admin:admin".getBytes()))
                .header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    /**
     * An administrator decides no task: through /engine-rest, which names nobody to the engine, an admin's
     * approval was printed on the signed paper as "Approved by system", and an owner's update as the owner's.
     */
    @Test
    void anAdminDecidesNoTaskThroughEngineRest() throws Exception {
        Api api = new Api(mvc, json, jobs);
        String letterId = api.liveSomersetPlan();
        api.postJson("cora", "/api/letters/" + letterId + "/plan/cycles", "");
        String update = api.task("owen", letterId, ProcessKeys.SUBMIT_PROGRESS_UPDATE, "A1");
        HttpResponse<String> rest = asAdmin("POST", "/engine-rest/engine/" + engine.getName() + "/task/" + update
                + "/complete", "{\"variables\": {\"progress\": {\"value\": \"Begun.\"}, \"rag\": {\"value\": \"GREEN\"}}}");
        assertThat(assertProblem(rest, 403).path("detail").asText()).contains("is not yours to decide");
        assertThat(tasks.createTaskQuery().taskId(update).count()).isOne();
        assertThat(api.get("cora", "/api/letters/" + letterId + "/plan").json().path("actions").get(0)
                .path("updates")).isEmpty();
    }

    /**
     * What a completion sends is kept as every reader sees it: a right-to-left override made "21 cases" read "12" on
     * the pages and in the Word copy but not in the PDF, and a title sent with a line break broke the paper's heading.
     */
    @Test
    void aCompletionIsKeptAsEveryReaderSeesItThroughEveryDoor() throws Exception {
        Api api = new Api(mvc, json, jobs);
        String letterId = reviewed(api);
        api.complete("cora", api.task("cora", letterId, ProcessKeys.DRAFT_ACTION_PLAN, null), "{\"actions\": ["
                + "{\"findingIds\": \"F13\", \"title\": \"Cut the backlog to \\u202e21\\u202c cases\\nby March\","
                + " \"owner\": \"owen\", \"dueDate\": \"2027-08-05\"}]}");
        JsonNode action = api.get("cora", "/api/letters/" + letterId + "/plan").json().path("actions").get(0);
        assertThat(action.path("title").asText()).isEqualTo("Cut the backlog to 21 cases by March");

        api.complete("owen", api.task("owen", letterId, ProcessKeys.ACCEPT_ACTION, "A1"), "{\"accepted\": true}");
        api.postJson("cora", "/api/letters/" + letterId + "/plan/cycles", "");
        String update = api.task("owen", letterId, ProcessKeys.SUBMIT_PROGRESS_UPDATE, "A1");
        // through Tasklist: a transient value is refused as a 400 problem, not the engine's 500
        Tasklist owen = new Tasklist("owen");
        assertThat(assertProblem(owen.send("POST", "/task/" + update + "/submit-form", "{\"variables\": {"
                + "\"progress\": {\"type\": \"String\", \"value\": \"x\", \"valueInfo\": {\"transient\": true}},"
                + " \"rag\": {\"value\": \"RED\"}}}"), 400).path("errors").toString()).contains("progress", "transient");
        assertThat(owen.send("POST", "/task/" + update + "/submit-form", "{\"variables\": {"
                + "\"progress\": {\"value\": \"Backlog cut to \\u202e21\\u202c cases; \\u200b\\u202e%001\\u202c done\"},"
                + " \"rag\": {\"value\": \"RED\"}}}").statusCode()).isEqualTo(204);

        JsonNode stored = api.get("cora", "/api/letters/" + letterId + "/plan").json().path("actions").get(0)
                .path("updates").get(0);
        assertThat(stored.path("progress").asText()).isEqualTo("Backlog cut to 21 cases; %001 done");
    }

    /**
     * What reaches the paper by other ways than a completion is kept as every reader sees it too: a letter's text
     * and committee (a finding read from a letter kept its override), a due date's reason and a job title; and what
     * is no character at all (half a surrogate pair, a bell) is refused, not stored as "�" or printed as garbage.
     */
    @Test
    void lettersReasonsAndJobTitlesAreKeptAsEveryReaderSeesThem() {
        Api api = new Api(mvc, json, jobs);
        Api.Response registered = api.postJson("cora", "/api/letters", "{\"text\": \"Dear Director,\\n\\n"
                + "Areas for improvement\\n\\n- Reduce the \\u202e21\\u202c cases\\u061c backlog\\udb40\\udc41 now.\\n\\n"
                + "Yours sincerely\", \"committee\": \"Scrutiny \\u202eeettimmoC\\u202c \\u2067A\\u2069\\u2066B\\u2068C\\u2069\"}");
        assertThat(registered.status()).isEqualTo(201);
        String letterId = registered.json().path("id").asText();
        JsonNode letter = api.get("cora", "/api/letters/" + letterId).json();
        // overrides and isolates alike (an attack found the isolates kept)
        assertThat(letter.path("committee").asText()).isEqualTo("Scrutiny eettimmoC ABC");
        assertThat(letter.toString()).contains("Reduce the 21 cases backlog now.");

        String updateLetter = twoOwnerPlan(api);
        api.postJson("cora", "/api/letters/" + updateLetter + "/plan/cycles", "");
        String update = api.task("owen", updateLetter, ProcessKeys.SUBMIT_PROGRESS_UPDATE, "A1");
        Api.Response broken = api.postJson("owen", "/api/tasks/" + update + "/complete",
                "{\"progress\": \"Half \\ud800 a pair\", \"rag\": \"RED\", \"percentComplete\": 10}");
        assertThat(assertProblem(broken, 400).path("errors").toString()).contains("progress", "broken character");
        assertThat(api.postJson("owen", "/api/tasks/" + update + "/complete", "{\"progress\": \"Hidden\\udb40\\udc41"
                + " tag\\u2028next\", \"rag\": \"RED\", \"percentComplete\": 10}").status()).isEqualTo(204);

        String plan = "/api/letters/" + updateLetter + "/plan";
        assertThat(api.get("cora", plan).json().path("actions").get(0).path("updates").get(0).path("progress").asText())
                .isEqualTo("Hidden tag\nnext");
        long version = api.get("cora", plan).json().path("version").asLong();
        Api.Response bell = api.call("cora", put(plan + "/actions/A1/due-date").contentType("application/json")
                .content("{\"dueDate\": \"2027-09-30\", \"version\": " + version + ", \"reason\": \"because\\u0007\"}"));
        assertThat(assertProblem(bell, 400).path("errors").toString()).contains("reason", "control characters");

        Api.Response title = api.call("admin", put("/api/users/chris/job-title").contentType("application/json")
                .content("{\"jobTitle\": \"Chair \\u202elive\\u202c\\nof Scrutiny\"}"));
        assertThat(title.status()).isEqualTo(200);
        assertThat(title.json().path("jobTitle").asText()).isEqualTo("Chair live of Scrutiny");
        assertThat(assertProblem(api.call("admin", put("/api/users/chris/job-title").contentType("application/json")
                .content("{\"jobTitle\": \"" + "x".repeat(10_000) + "\"}")), 400).path("errors").toString()).contains("jobTitle");
        assertThat(assertProblem(api.call("admin", put("/api/users/chris/job-title").contentType("application/json")
                .content("{\"jobTitle\": \"Chair\\u0000\\u001b[31m\"}")), 400).path("errors").toString()).contains("jobTitle");
        assertThat(api.call("admin", put("/api/users/chris/job-title").contentType("application/json")
                .content("{\"jobTitle\": \"Scrutiny Committee Chair\"}")).status()).isEqualTo(200);
    }

    /**
     * What the engine lets a Tasklist user change besides their work, refused: their task's name and due date (the
     * late list, reminders and coordinators' mail read them), their own name, email or account (papers print the
     * name), the letters' timers, and a message to every letter at once. Changing one's own password still works.
     */
    @Test
    void noTasklistUserChangesTheirTaskTheirRecordTheTimersOrEveryLetterAtOnce() throws Exception {
        Api api = new Api(mvc, json, jobs);
        String letterId = twoOwnerPlan(api);
        api.postJson("cora", "/api/letters/" + letterId + "/plan/cycles", "");
        String task = api.task("owen", letterId, ProcessKeys.SUBMIT_PROGRESS_UPDATE, "A1");
        var before = tasks.createTaskQuery().taskId(task).singleResult();
        Tasklist owen = new Tasklist("owen");

        assertProblem(owen.send("PUT", "/task/" + task, "{\"name\": \"NOTICE FROM IT: sign in at https://evil.example\","
                + " \"assignee\": \"owen\", \"due\": \"2099-12-31T17:00:00.000+0000\", \"priority\": 50}"), 403);
        var after = tasks.createTaskQuery().taskId(task).singleResult();
        assertThat(after.getName()).isEqualTo(before.getName());
        assertThat(after.getDueDate()).isEqualTo(before.getDueDate());

        assertProblem(owen.send("PUT", "/user/owen/profile", "{\"id\": \"owen\", \"firstName\": \"Chris\","
                + " \"lastName\": \"Chair\", \"email\": \"cora@example.org\"}"), 403);
        assertThat(identity.createUserQuery().userId("owen").singleResult().getFirstName()).isEqualTo("Owen");
        assertThat(owen.send("PUT", "/user/owen/credentials", "{\"password\": \"owen\","
                + " \"authenticatedUserPassword\": \"owen\"}").statusCode()).isEqualTo(204);
        assertProblem(new Tasklist("olive").send("DELETE", "/user/olive", ""), 403);
        assertThat(identity.createUserQuery().userId("olive").count()).isOne();

        Tasklist cora = new Tasklist("cora");
        assertProblem(cora.send("PUT", "/job/suspended", "{\"processDefinitionKey\": \"letter\", \"suspended\": true}"), 403);
        assertThat(jobs.createJobQuery().suspended().count()).isZero();
        long cycles = runtime.createProcessInstanceQuery().processDefinitionKey(ProcessKeys.REPORTING_CYCLE).count();
        assertProblem(cora.send("POST", "/message", "{\"messageName\": \"" + ProcessKeys.CYCLE_REQUESTED_MESSAGE
                + "\", \"all\": true}"), 403);
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(ProcessKeys.REPORTING_CYCLE).count())
                .isEqualTo(cycles);
    }

    /**
     * Every operation through Tasklist's engine API that writes variables, moves a process or ends a task other than
     * by completing it, tried by the owner of the task and the process it is about: each is refused with a 4xx
     * problem, and the task, its variables and the process are as they were.
     */
    @Test
    void everyVariableWritingOrProcessMovingOperationIsRefusedToAnOwnerAndChangesNothing() throws Exception {
        Api api = new Api(mvc, json, jobs);
        String letterId = twoOwnerPlan(api);
        api.postJson("cora", "/api/letters/" + letterId + "/plan/cycles", "");
        String task = api.task("owen", letterId, ProcessKeys.SUBMIT_PROGRESS_UPDATE, "A1");
        String cycle = tasks.createTaskQuery().taskId(task).singleResult().getProcessInstanceId();
        String execution = tasks.createTaskQuery().taskId(task).singleResult().getExecutionId();
        Map<String, Object> variablesBefore = runtime.getVariables(cycle);
        Map<String, Object> taskVariablesBefore = tasks.getVariables(task);
        Tasklist owen = new Tasklist("owen");
        String value = "{\"value\": \"A2\"}";
        String modifications = "{\"modifications\": {\"actionId\": {\"value\": \"A2\"}}}";
        List<String[]> attempts = List.of(
                new String[] {"PUT", "/task/" + task + "/variables/actionId", value},
                new String[] {"POST", "/task/" + task + "/variables", modifications},
                new String[] {"DELETE", "/task/" + task + "/variables/progress", ""},
                new String[] {"PUT", "/task/" + task + "/localVariables/cycleId", value},
                new String[] {"POST", "/task/" + task + "/localVariables", modifications},
                new String[] {"DELETE", "/task/" + task + "/localVariables/rag", ""},
                new String[] {"PUT", "/process-instance/" + cycle + "/variables/cycleId", value},
                new String[] {"POST", "/process-instance/" + cycle + "/variables", modifications},
                new String[] {"DELETE", "/process-instance/" + cycle + "/variables/letterId", ""},
                new String[] {"PUT", "/execution/" + execution + "/localVariables/actionId", value},
                new String[] {"POST", "/execution/" + execution + "/localVariables", modifications},
                new String[] {"POST", "/process-instance/" + cycle + "/modification",
                        "{\"instructions\": [{\"type\": \"startBeforeActivity\", \"activityId\": \"generateReport\"}]}"},
                new String[] {"PUT", "/process-instance/" + cycle + "/suspended", "{\"suspended\": true}"},
                new String[] {"DELETE", "/process-instance/" + cycle, ""},
                new String[] {"POST", "/process-instance/delete", "{\"processInstanceIds\": [\"" + cycle + "\"], \"deleteReason\": \"x\"}"},
                new String[] {"POST", "/task/" + task + "/delegate", "{\"userId\": \"olive\"}"},
                new String[] {"POST", "/task/" + task + "/resolve", "{\"variables\": {}}"},
                new String[] {"POST", "/task/" + task + "/bpmnError", "{\"errorCode\": \"x\"}"},
                new String[] {"POST", "/task/" + task + "/bpmnEscalation", "{\"escalationCode\": \"x\"}"},
                new String[] {"POST", "/task/" + task + "/assignee", "{\"userId\": \"olive\"}"},
                new String[] {"POST", "/task/" + task + "/identity-links", "{\"groupId\": \"action-owners\", \"type\": \"candidate\"}"},
                new String[] {"DELETE", "/task/" + task, ""},
                new String[] {"POST", "/signal", "{\"name\": \"x\", \"variables\": {\"actionId\": {\"value\": \"A2\"}}}"},
                new String[] {"POST", "/message", "{\"messageName\": \"cycleRequested\", \"businessKey\": \"" + letterId
                        + "\", \"processVariables\": {\"cycleId\": {\"value\": \"x\"}}}"});
        List<String> let = new ArrayList<>();
        for (String[] attempt : attempts) {
            HttpResponse<String> answer = owen.send(attempt[0], attempt[1], attempt[2]);
            boolean problem = answer.headers().firstValue("Content-Type").orElse("").contains("json");
            if (answer.statusCode() < 400 || answer.statusCode() >= 500 || !problem) {
                let.add(attempt[0] + " " + attempt[1] + " -> " + answer.statusCode() + " " + answer.body());
            }
        }
        assertThat(let).as("operations not refused with a 4xx problem").isEmpty();

        assertThat(tasks.createTaskQuery().taskId(task).singleResult().getAssignee()).isEqualTo("owen");
        assertThat(tasks.getVariables(task)).isEqualTo(taskVariablesBefore);
        assertThat(runtime.getVariables(cycle)).isEqualTo(variablesBefore);
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(cycle).active().count()).isOne();
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(letterId)
                .processDefinitionKey(ProcessKeys.REPORTING_CYCLE).count()).isOne();
        assertThat(api.complete("owen", task, "{\"progress\": \"Still mine.\", \"rag\": \"RED\"}").status()).isEqualTo(204);
    }

    /** The Somerset letter with its findings confirmed. */
    private String reviewed(Api api) {
        String letterId = api.upload("cora", "/api/letters", "somerset.txt",
                Api.resource("/letters/somerset-2011-ucra-letter.txt"), null).json().path("id").asText();
        api.complete("cora", api.task("cora", letterId, ProcessKeys.REVIEW_FINDINGS, null), "{\"confirmed\": true}");
        return letterId;
    }

    /** A live plan with A1 owned by owen and A2 by olive. */
    private String twoOwnerPlan(Api api) {
        String letterId = reviewed(api);
        api.complete("cora", api.task("cora", letterId, ProcessKeys.DRAFT_ACTION_PLAN, null), "{\"actions\": ["
                + "{\"findingIds\": \"F13\", \"title\": \"Record decisions\", \"owner\": \"owen\", \"dueDate\": \"2011-08-05\"},"
                + "{\"findingIds\": \"F14\", \"title\": \"Train staff\", \"owner\": \"olive\", \"dueDate\": \"2011-08-05\"}]}");
        api.complete("owen", api.task("owen", letterId, ProcessKeys.ACCEPT_ACTION, "A1"), "{\"accepted\": true}");
        api.complete("olive", api.task("olive", letterId, ProcessKeys.ACCEPT_ACTION, "A2"), "{\"accepted\": true}");
        return letterId;
    }

    /** A browser signed in to Tasklist, calling Tasklist's engine API as Tasklist does. */
    private final class Tasklist {
        private final CookieManager cookies = new CookieManager();
        private final HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies).build();

        Tasklist(String user) throws Exception {
            browser.send(HttpRequest.newBuilder(url(Api.WEBAPP_XSRF_COOKIE)).GET().build(), HttpResponse.BodyHandlers.discarding());
            HttpResponse<String> login = browser.send(HttpRequest.newBuilder(url("/camunda/api/admin/auth/user/"
                            + engine.getName() + "/login/tasklist"))
                    .header("Content-Type", "application/x-www-form-urlencoded").header("X-XSRF-TOKEN", xsrf())
                    .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=" + user, StandardCharsets.UTF_8)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
            browser.send(HttpRequest.newBuilder(url(Api.WEBAPP_XSRF_COOKIE)).GET().build(), HttpResponse.BodyHandlers.discarding());
        }

        HttpResponse<String> send(String method, String path, String body) throws Exception {
            return browser.send(HttpRequest.newBuilder(url("/camunda/api/engine/engine/" + engine.getName() + path))
                    .header("Content-Type", "application/json").header("X-XSRF-TOKEN", xsrf())
                    .method(method, HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        }

        /** As {@link #send}, with no body at all when {@code body} is {@literal null}. */
        HttpResponse<String> sendRaw(String method, String path, String body) throws Exception {
            HttpRequest.Builder request = HttpRequest.newBuilder(url("/camunda/api/engine/engine/" + engine.getName() + path))
                    .header("X-XSRF-TOKEN", xsrf());
            if (body != null) {
                request.header("Content-Type", "application/json");
            }
            return browser.send(request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        }

        private String xsrf() {
            return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
                    .map(HttpCookie::getValue).reduce((first, last) -> last).orElse("");
        }
    }

    /** A coordinator who also owns actions may own one, but never grants their own request for more time. */
    @Test
    void aCoordinatorWhoOwnsAnActionDoesNotDecideTheirOwnRequestForMoreTime() throws Exception {
        Api api = new Api(mvc, json, jobs);
        String letterId = reviewed(api);
        // through Tasklist, an owner who may not own is a 400 naming the field, as through our API, not a 500
        String draft = api.task("cora", letterId, ProcessKeys.DRAFT_ACTION_PLAN, null);
        HttpResponse<String> chairOwns = new Tasklist("cora").send("POST", "/task/" + draft + "/submit-form",
                "{\"variables\": {\"actions\": {\"type\": \"Json\", \"value\": \"[{\\\"findingIds\\\": \\\"F13\\\","
                        + " \\\"title\\\": \\\"Record decisions\\\", \\\"owner\\\": \\\"chris\\\","
                        + " \\\"dueDate\\\": \\\"2027-08-05\\\"}]\"}}}");
        assertThat(assertProblem(chairOwns, 400).toString()).contains("scrutiny chair");
        engine.getIdentityService().createMembership("cora", Groups.ACTION_OWNERS);
        try {
            api.complete("cora", draft, "{\"actions\": [{\"findingIds\": \"F13\", \"title\": \"Record decisions\","
                    + " \"owner\": \"cora\", \"dueDate\": \"2027-08-05\"}]}");
            api.complete("cora", api.task("cora", letterId, ProcessKeys.ACCEPT_ACTION, "A1"), "{\"accepted\": true}");
            api.postJson("cora", "/api/letters/" + letterId + "/plan/cycles", "");
            assertThat(api.complete("cora", api.task("cora", letterId, ProcessKeys.SUBMIT_PROGRESS_UPDATE, "A1"),
                    "{\"progress\": \"Begun.\", \"rag\": \"AMBER\", \"newDueDate\": \"2027-12-31\","
                            + " \"extensionReason\": \"Late supplier.\"}").status()).isEqualTo(204);

            Api.Response own = api.complete("cora", api.task("cora", letterId, ProcessKeys.DECIDE_EXTENSION, "A1"),
                    "{\"extensionDecision\": \"APPROVED\"}");

            assertThat(own.status()).isEqualTo(403);
            assertThat(own.json().path("detail").asText()).contains("another coordinator decides it");
            assertThat(api.get("cora", "/api/letters/" + letterId + "/plan").json().path("actions").get(0)
                    .path("dueDate").asText()).isEqualTo("2027-08-05");
        } finally {
            engine.getIdentityService().deleteMembership("cora", Groups.ACTION_OWNERS);
        }
    }

    /** A form filled in wrongly is the sender's slip, answered 400: not an error, with a stack trace, in the log. */
    @Test
    void aRefusedCompletionIsNotLoggedAsAnError(CapturedOutput output) throws Exception {
        Api api = new Api(mvc, json, jobs);
        String letterId = reviewed(api);
        String draft = api.task("cora", letterId, ProcessKeys.DRAFT_ACTION_PLAN, null);
        Api.Response refused = api.complete("cora", draft,
                "{\"actions\": [{\"findingIds\": \"F13\", \"title\": \"\", \"owner\": \"owen\", \"dueDate\": \"2011-08-05\"}]}");
        assertThat(refused.status()).isEqualTo(400);
        // the same through Tasklist, and a task sent again after it was done
        Tasklist cora = new Tasklist("cora");
        assertProblem(cora.send("POST", "/task/" + draft + "/submit-form", "{\"variables\": {\"actions\": {\"type\":"
                + " \"Json\", \"value\": \"[{\\\"findingIds\\\": \\\"F13\\\", \\\"title\\\": \\\"\\\"}]\"}}}"), 400);
        api.complete("cora", draft, "{\"actions\": [{\"findingIds\": \"F13\", \"title\": \"Record\", \"owner\": \"owen\","
                + " \"dueDate\": \"2011-08-05\"}]}");
        assertProblem(cora.send("POST", "/task/" + draft + "/submit-form", "{\"variables\": {}}"), 404);

        assertThat(output.getAll()).doesNotContain("ENGINE-16004", "ENGINE-REST-HTTP500", "ERROR");
    }

    /**
     * Requests the engine cannot do, sent by an administrator (whom the door lets through) to both doors: each made a
     * 500 naming an exception's class, or a 404, or an error with its stack trace in the log. Each is a 400 problem
     * without a class name, and at most one warning line in the log.
     */
    @Test
    void aMalformedRequestToCamundasDoorsIsA400ProblemAndNoErrorInTheLog(CapturedOutput output) throws Exception {
        Tasklist admin = new Tasklist("admin");
        List<String[]> malformed = List.of(
                new String[] {"POST", "/job/retries", "{\"retries\": 0, \"processInstanceQuery\": {}}"},
                new String[] {"POST", "/deployment/create", null},
                new String[] {"POST", "/migration/execute", "{}"},
                new String[] {"POST", "/process-instance/delete", null},
                new String[] {"POST", "/variable-instance?maxResults=10", "{\"variableValues\": [{\"name\": \"x\","
                        + " \"operator\": \"eq\", \"value\": {\"a\": 1}}]}"},
                new String[] {"GET", "/task?maxResults=99999999999", null},
                new String[] {"POST", "/message", "{\"messageName\": \"x\", \"businessKey\": \"k\"}"});
        String basic = "Basic " + Base64.getEncoder().encodeToString("admin:admin".getBytes());
        List<String> wrong = new ArrayList<>();
        for (String[] call : malformed) {
            HttpRequest.BodyPublisher body = call[2] == null ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(call[2]);
            HttpRequest.Builder rest = HttpRequest.newBuilder(url("/engine-rest/engine/" + engine.getName() + call[1]))
                    .header("Authorization", basic).method(call[0], body);
            if (call[2] != null) {
                rest.header("Content-Type", "application/json");
            }
            for (HttpResponse<String> answer : List.of(admin.sendRaw(call[0], call[1], call[2]),
                    HttpClient.newHttpClient().send(rest.build(), HttpResponse.BodyHandlers.ofString()))) {
                String where = answer.request().uri().getPath();
                if (answer.statusCode() != 400 || !answer.headers().firstValue("Content-Type").orElse("").contains("application/problem+json")
                        || json.readTree(answer.body()).path("detail").asText().isBlank()
                        || answer.body().matches("(?s).*(Exception|\\bjava\\.|org\\.camunda|\\tat ).*")) {
                    wrong.add(call[0] + " " + where + " -> " + answer.statusCode() + " " + answer.body());
                }
            }
        }
        assertThat(wrong).as("malformed requests not answered with a 400 problem").isEmpty();
        // workers fetch external tasks at /engine-rest: the webapps' API cannot hold the request open
        assertProblem(admin.sendRaw("POST", "/external-task/fetchAndLock", "{\"workerId\": \"w\", \"maxTasks\": 1,"
                + " \"asyncResponseTimeout\": 1000, \"topics\": [{\"topicName\": \"x\", \"lockDuration\": 1000}]}"), 400);

        assertThat(output.getAll()).doesNotContain("ERROR", "ENGINE-16004", "ENGINE-REST-HTTP500", "\tat ", "async");
        assertThat(output.getAll()).contains("Refused at Camunda's REST doors, the sender's mistake: Cannot correlate message 'x'");
    }

    /** A list's links repeat its query four times: a long query must not overflow the answer's headers. */
    @Test
    void aListAskedForWithALongQueryStillAnswers() throws Exception {
        HttpResponse<String> listed = HttpClient.newHttpClient().send(HttpRequest.newBuilder(url("/api/tasks?size=5&x="
                        + "a".repeat(5_000)))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("owen:owen".getBytes())).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(listed.statusCode()).as(listed.body()).isEqualTo(200);
        assertThat(listed.headers().firstValue("X-Total-Count")).isPresent();
        assertThat(listed.headers().firstValue("Link")).isEmpty();
    }

    /** A long file name, as a non-Latin one soon is in bytes, is no reason to call the file too large. */
    @Test
    void aLetterWithALongNonLatinFileNameIsRegistered() throws Exception {
        HttpResponse<String> registered = uploadNamed("п".repeat(230) + ".txt");

        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
        assertThat(json.readTree(registered.body()).path("original").path("filename").asText()).hasSize(200).startsWith("ппп");
    }

    /** A name no file may have is the sender's mistake: a 400 problem, not a 500. */
    @Test
    void aFileNameWithANulByteIsRefused() throws Exception {
        assertProblem(uploadNamed("a\u0000b.txt"), 400);
    }

    private HttpResponse<String> uploadNamed(String filename) throws Exception {
        String boundary = "scrutineer-boundary";
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename
                + "\"\r\nContent-Type: text/plain\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(Api.resource("/letters/somerset-2011-ucra-letter.txt"));
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(url("/api/letters"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("cora:cora".getBytes()))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String keys(int count) {
        return java.util.stream.IntStream.range(0, count).mapToObj(i -> "\"k" + i + "\": {\"value\": 1}")
                .collect(java.util.stream.Collectors.joining(", "));
    }

    private static JsonNode assertProblem(Api.Response response, int status) {
        assertThat(response.status()).as(new String(response.body(), StandardCharsets.UTF_8)).isEqualTo(status);
        return response.json();
    }

    private JsonNode assertProblem(HttpResponse<String> response, int status) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).as(response.body()).contains("application/problem+json");
        return json.readTree(response.body());
    }

    private URI url(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
