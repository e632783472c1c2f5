package org.scrutineer.workflow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.scrutineer.Api;
import org.scrutineer.ScrutineerTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** Bad input gets a clear RFC 9457 problem, changes nothing, and the server keeps serving. */
@ScrutineerTest
@ExtendWith(OutputCaptureExtension.class)
class BadInputTests {

    private static final String ENGINE_COMMANDS = "org.camunda.bpm.engine.context";

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;

    Api api;

    @BeforeEach
    void api() {
        api = new Api(mvc, json);
    }

    @Test
    void anEmptyLetterIsRefusedAndNothingIsStored() {
        long letters = mongo.getCollection("letters").countDocuments();
        long files = mongo.getCollection("fs.files").countDocuments();
        long processes = runtime.createProcessInstanceQuery().count();

        assertProblem(api.postJson("cora", "/api/letters", "{\"text\": \"   \"}"), 400, "no text");
        assertProblem(api.upload("cora", "/api/letters", "empty.txt", new byte[0], null), 400, "empty");
        assertProblem(api.upload("cora", "/api/letters", "letter.txt", "%PDF-1.7 ...".getBytes(StandardCharsets.UTF_8), null),
                415, "PDF");
        assertProblem(api.postJson("cora", "/api/letters", "{\"text\": "), 400, "JSON");
        assertProblem(api.postJson("cora", "/api/letters", "{\"text\": [1, 2]}"), 400, "text");

        assertThat(mongo.getCollection("letters").countDocuments()).isEqualTo(letters);
        assertThat(mongo.getCollection("fs.files").countDocuments()).isEqualTo(files);
        assertThat(runtime.createProcessInstanceQuery().count()).isEqualTo(processes);
        assertThat(register().status()).isEqualTo(201);
    }

    @Test
    void callersNeedTheRightCredentialsAndGroup() {
        assertProblem(api.call("nobody", org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/api/letters")),
                401, "HTTP Basic");
        assertProblem(api.postJson("owen", "/api/letters", "{\"text\": \"Dear Sir\"}"), 403, "POST /api/letters");
    }

    @Test
    void aRefusedValueIsQuotedShortNotWhole() {
        String huge = "x".repeat(30_000);
        JsonNode problem = assertProblem(api.postJson("cora", "/api/letters/any/plan/cycles",
                "{\"meetingDate\": \"" + huge + "\"}"), 400, "meetingDate");
        assertThat(problem.path("detail").asText()).contains("x".repeat(100) + "…").hasSizeLessThan(300);
    }

    @Test
    void aTaskThatDoesNotExistIsNotFound() {
        assertProblem(api.complete("cora", "no-such-task", "{\"confirmed\": true}"), 404, "no-such-task");
        assertProblem(api.get("cora", "/api/tasks/no-such-task/form"), 404, "no-such-task");
        assertProblem(api.get("cora", "/api/letters/no-such-letter"), 404, "no-such-letter");
    }

    @Test
    void badCompletionsNameEachFieldAndLeaveTheTaskOpen(CapturedOutput output) {
        String letterId = register().json().path("id").asText();
        String review = api.task("cora", letterId, ProcessKeys.REVIEW_FINDINGS, null);

        JsonNode problem = assertProblem(api.complete("cora", review, "{\"confirmed\": \"yes\", \"sneaky\": 1}"), 400, "form");
        assertThat(problem.path("errors").toString()).contains("sneaky", "confirmed", "must be true or false");
        assertProblem(api.complete("cora", review, "{}"), 400, "form");
        assertThat(tasks.createTaskQuery().taskId(review).count()).isEqualTo(1);

        assertThat(api.complete("cora", review, "{\"confirmed\": true}").status()).isEqualTo(204);
        String draft = api.task("cora", letterId, ProcessKeys.DRAFT_ACTION_PLAN, null);
        String noOwner = "{\"actions\": [{\"findingIds\": [\"F13\"], \"title\": \"Record decisions\", \"dueDate\": \"2011-08-05\"},"
                + "{\"findingIds\": [\"F99\"], \"title\": \"x\", \"owner\": \"ghost\", \"dueDate\": \"not a date\"}],"
                + "\"reportingInterval\": \"monthly\"}";
        problem = assertProblem(api.complete("cora", draft, noOwner), 400, "form");
        assertThat(problem.path("errors").toString()).contains("actions[0].owner", "actions[1].dueDate", "reportingInterval");
        String unknownOwnerAndFinding = "{\"actions\": [{\"findingIds\": [\"F99\"], \"title\": \"x\", \"owner\": \"ghost\", "
                + "\"dueDate\": \"2011-08-05\"}]}";
        problem = assertProblem(api.complete("cora", draft, unknownOwnerAndFinding), 400, "owner");
        assertThat(problem.path("errors").toString()).contains("ghost");
        problem = assertProblem(api.complete("cora", draft, unknownOwnerAndFinding.replace("ghost", "owen")), 400, "");
        assertThat(problem.path("errors").toString()).contains("actions[0].findingIds",
                "include 'F99', which is not one of the letter's findings");
        assertThat(tasks.createTaskQuery().taskId(draft).count()).isEqualTo(1);
        assertThat(mongo.getCollection("plans").countDocuments(new org.bson.Document("_id", letterId))).isZero();

        String plan = "{\"actions\": [{\"findingIds\": [\"F13\"], \"title\": \"Record decisions\", \"owner\": \"owen\", "
                + "\"dueDate\": \"2011-08-05\"}]}";
        assertThat(api.complete("cora", draft, plan).status()).isEqualTo(204);
        String accept = api.task("owen", letterId, ProcessKeys.ACCEPT_ACTION, "A1");
        assertProblem(api.complete("olive", accept, "{\"accepted\": true}"), 403, "not yours");
        assertThat(assertProblem(api.complete("owen", accept, "{\"accepted\": false}"), 400, "form")
                .path("errors").toString()).contains("reason", "Say why you are declining this action");
        assertThat(api.complete("owen", accept, "{\"accepted\": true}").status()).isEqualTo(204);

        assertThat(api.postJson("cora", "/api/letters/" + letterId + "/plan/cycles", "").status()).isEqualTo(202);
        // the tests silence the engine's failed-command log; here it is on, as in the app
        LoggingSystem logging = LoggingSystem.get(getClass().getClassLoader());
        logging.setLogLevel(ENGINE_COMMANDS, LogLevel.ERROR);
        try {
            int logged = output.getAll().length();
            assertProblem(api.postJson("cora", "/api/letters/" + letterId + "/plan/cycles", ""), 409, "cycle");
            assertThat(output.getAll().substring(logged)).as("a refused request is the client's mistake, not a server error")
                    .doesNotContain("ENGINE-16004", "ERROR");
        } finally {
            logging.setLogLevel(ENGINE_COMMANDS, LogLevel.OFF);
        }
        String update = api.task("owen", letterId, ProcessKeys.SUBMIT_PROGRESS_UPDATE, "A1");
        problem = assertProblem(api.complete("owen", update, "{\"rag\": \"PURPLE\", \"percentComplete\": 140}"), 400, "form");
        assertThat(problem.path("errors").toString()).contains("progress", "is required", "rag",
                "must be between 0 and 100");
        assertThat(mongo.getCollection("progressUpdates").countDocuments(new org.bson.Document("letterId", letterId))).isZero();
        // an action marked completed is complete: 100%, and no later due date asked for
        problem = assertProblem(api.complete("owen", update, "{\"progress\": \"Done, mostly.\", \"rag\": \"GREEN\", "
                + "\"percentComplete\": 40, \"completed\": true, \"newDueDate\": \"2099-01-31\", "
                + "\"extensionReason\": \"More time.\"}"), 400, "form");
        assertThat(problem.path("errors").findValuesAsText("field")).containsExactly("percentComplete", "newDueDate");
        assertThat(problem.path("errors").toString()).contains("must be 100 for an action you mark completed",
                "cannot be asked for an action you mark completed");
        assertThat(mongo.getCollection("progressUpdates").countDocuments(new org.bson.Document("letterId", letterId))).isZero();
        assertThat(mongo.getCollection("extensionRequests").countDocuments(new org.bson.Document("letterId", letterId))).isZero();
        assertThat(api.complete("owen", update, "{\"progress\": \"Begun.\", \"rag\": \"RED\", \"percentComplete\": 5}").status())
                .isEqualTo(204);
        assertThat(mongo.getCollection("progressUpdates").countDocuments(new org.bson.Document("letterId", letterId))).isOne();
    }

    /**
     * A key inside a list's entry that the form does not have is refused by name, as one beside the list is, and
     * nothing is kept; the entries sent back as the form prefilled them, read-only keys included, are accepted.
     */
    @Test
    void aListEntryTakesOnlyItsFormsFields() throws Exception {
        String letterId = register().json().path("id").asText();
        String review = api.task("cora", letterId, ProcessKeys.REVIEW_FINDINGS, null);
        ArrayNode findings = (ArrayNode) api.get("cora", "/api/tasks/" + review + "/form").json().path("values").path("findings");
        assertThat(findings.size()).isPositive();
        assertThat(findings.get(0).has("id")).as("the prefill's read-only keys").isTrue();
        Object storedFindings = mongo.getCollection("letters").find(new org.bson.Document("_id", letterId)).first().get("findings");

        ArrayNode extra = findings.deepCopy();
        ((ObjectNode) extra.get(0)).put("extra", "x");
        JsonNode problem = assertProblem(api.complete("cora", review,
                "{\"findings\": " + extra + ", \"confirmed\": true}"), 400, "form");
        assertThat(problem.path("errors").findValuesAsText("field")).containsExactly("findings[0].extra");
        assertThat(problem.path("errors").toString()).contains("is not a field of a finding");
        assertThat(tasks.createTaskQuery().taskId(review).count()).isEqualTo(1);
        assertThat(mongo.getCollection("letters").find(new org.bson.Document("_id", letterId)).first().get("findings"))
                .isEqualTo(storedFindings);
        assertThat(api.complete("cora", review, "{\"findings\": " + findings + ", \"confirmed\": true}").status())
                .as("the findings as the form gave them").isEqualTo(204);

        String draft = api.task("cora", letterId, ProcessKeys.DRAFT_ACTION_PLAN, null);
        ArrayNode actions = (ArrayNode) api.get("cora", "/api/tasks/" + draft + "/form").json().path("values").path("actions");
        assertThat(actions.size()).isPositive();
        actions.forEach(a -> ((ObjectNode) a).put("owner", "owen"));
        ArrayNode completed = actions.deepCopy();
        ((ObjectNode) completed.get(0)).put("id", "A77").put("status", "COMPLETED");
        problem = assertProblem(api.complete("cora", draft, "{\"actions\": " + completed + "}"), 400, "form");
        assertThat(problem.path("errors").findValuesAsText("field")).containsExactly("actions[0].id", "actions[0].status");
        assertThat(problem.path("errors").toString()).contains("is not a field of an action");
        assertThat(tasks.createTaskQuery().taskId(draft).count()).isEqualTo(1);
        assertThat(mongo.getCollection("plans").countDocuments(new org.bson.Document("_id", letterId))).isZero();
        assertThat(api.complete("cora", draft, "{\"actions\": " + actions + "}").status())
                .as("the actions as the form gave them, with owners").isEqualTo(204);
        assertThat(mongo.getCollection("plans").countDocuments(new org.bson.Document("_id", letterId))).isOne();
    }

    private Api.Response register() {
        return api.upload("cora", "/api/letters", "somerset.txt", Api.resource("/letters/somerset-2011-ucra-letter.txt"), null);
    }

    private static JsonNode assertProblem(Api.Response response, int status, String detailMentions) {
        assertThat(response.status()).as("status").isEqualTo(status);
        assertThat(MediaType.parseMediaType(response.contentType()).isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .as("problem content type, got " + response.contentType()).isTrue();
        JsonNode problem = response.json();
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        assertThat(problem.path("title").asText()).isNotBlank();
        assertThat(problem.path("detail").asText() + problem.path("errors")).containsIgnoringCase(detailMentions);
        return problem;
    }
}
