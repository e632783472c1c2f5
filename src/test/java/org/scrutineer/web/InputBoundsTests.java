package org.scrutineer.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.bson.Document;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.scrutineer.Api;
import org.scrutineer.ScrutineerTest;
import org.scrutineer.workflow.ProcessKeys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

/**
 * The limits on what a person may give: dates from 2000 to 2100, a reporting interval from a week to a year, at most
 * 500 actions in a plan and 1,000 findings in a letter, each JSON key once. Past any of them the answer is a 4xx
 * problem naming the field, and nothing changes: no cycle opens, no plan is drafted, no date moves.
 */
@ScrutineerTest
class InputBoundsTests {

    private static final List<String> OUT_OF_RANGE = List.of("1999-12-31", "2101-01-01", "0000-01-01",
            "9999-12-31", "+10000-01-01", "-0001-01-01");

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
    void aMeetingDateOutOfRangeOpensNoCycle() {
        String letterId = api.liveSomersetPlan();
        String cycles = "/api/letters/" + letterId + "/plan/cycles";
        for (String date : OUT_OF_RANGE) {
            JsonNode problem = problem(api.postJson("cora", cycles, "{\"meetingDate\": \"" + date + "\"}"), 400);
            assertThat(problem.path("errors").toString()).as(date).contains("meetingDate");
        }
        assertThat(mongo.getCollection("cycles").countDocuments(new Document("letterId", letterId))).isZero();
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(ProcessKeys.REPORTING_CYCLE)
                .processInstanceBusinessKey(letterId).count()).isZero();
        assertThat(api.postJson("cora", cycles, "{\"meetingDate\": \"2100-12-31\"}").status()).isEqualTo(202);
    }

    @Test
    void aDueDateOutOfRangeMovesNothing() {
        String letterId = api.liveSomersetPlan();
        JsonNode plan = api.get("cora", "/api/letters/" + letterId + "/plan").json();
        long version = plan.path("version").asLong();
        String dueDate = "/api/letters/" + letterId + "/plan/actions/A1/due-date";
        for (String date : OUT_OF_RANGE) {
            JsonNode problem = problem(api.call("cora", put(dueDate).contentType(MediaType.APPLICATION_JSON)
                    .content("{\"dueDate\": \"" + date + "\", \"version\": " + version + "}")), 400);
            assertThat(problem.path("errors").toString()).as(date).contains("dueDate", "2000-01-01");
        }
        JsonNode after = api.get("cora", "/api/letters/" + letterId + "/plan").json();
        assertThat(after.path("version").asLong()).isEqualTo(version);
        assertThat(after.path("actions").get(0).path("dueDate").asText()).isEqualTo("2011-08-05");
        assertThat(api.call("cora", put(dueDate).contentType(MediaType.APPLICATION_JSON)
                .content("{\"dueDate\": \"2000-01-01\", \"version\": " + version + "}")).status()).isEqualTo(200);
    }

    @Test
    void theDraftedPlanHoldsItsDatesIntervalAndSize() {
        String letterId = reviewedLetter();
        String draft = api.task("cora", letterId, ProcessKeys.DRAFT_ACTION_PLAN, null);
        for (String date : OUT_OF_RANGE) {
            assertThat(problem(api.complete("cora", draft, plan(1, date, "P1M")), 400).path("errors").toString())
                    .as(date).contains("actions[0].dueDate");
        }
        for (String interval : List.of("P999999999Y", "P6D", "P1Y1D", "P13M", "P0D", "P400D")) {
            assertThat(problem(api.complete("cora", draft, plan(1, "2011-08-05", interval)), 400).path("errors")
                    .toString()).as(interval).contains("reportingInterval");
        }
        assertThat(problem(api.complete("cora", draft, plan(501, "2011-08-05", "P1M")), 400).path("errors").toString())
                .contains("\"actions\"", "at most 500");

        // the engine's own door meets the same form check: Camunda's REST API and Tasklist complete this way
        assertThatThrownBy(() -> tasks.complete(draft, Map.of("actions", SpinValues.jsonValue(
                actions(501, "2011-08-05")).create(), "reportingInterval", "P1M")))
                .hasStackTraceContaining("at most 500");
        assertThatThrownBy(() -> tasks.complete(draft, Map.of("actions", SpinValues.jsonValue(
                actions(1, "2011-08-05")).create(), "reportingInterval", "P999999999Y")))
                .hasStackTraceContaining("reportingInterval");
        assertThat(tasks.createTaskQuery().taskId(draft).count()).isOne();
        assertThat(mongo.getCollection("plans").countDocuments(new Document("_id", letterId))).isZero();

        assertThat(api.complete("cora", draft, plan(2, "2100-12-31", "P1W")).status()).isEqualTo(204);
    }

    @Test
    void aLetterHasAtMostAThousandFindings() {
        StringBuilder text = new StringBuilder("Dear Mrs Goll\n\nAnnual unannounced inspection of contact, referral and "
                + "assessment arrangements within Somerset County Council children's services\n\nStrengths\n\n");
        for (int i = 0; i < 1_100; i++) {
            text.append("= Managers in team ").append(i).append(" are active in supporting contact and referral.\n\n");
        }
        long letters = mongo.getCollection("letters").countDocuments();
        long audit = mongo.getCollection("audit").countDocuments();
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        assertThat(problem(api.upload("cora", "/api/letters", "many.txt", bytes, null), 413).path("detail").asText())
                .contains("1,000 findings");
        problem(api.upload("cora", "/api/letters/extract", "many.txt", bytes, null), 413);
        assertThat(mongo.getCollection("letters").countDocuments()).isEqualTo(letters);
        assertThat(mongo.getCollection("audit").countDocuments()).isEqualTo(audit);

        // and a review cannot add past the limit
        String letterId = api.upload("cora", "/api/letters", "somerset.txt",
                Api.resource("/letters/somerset-2011-ucra-letter.txt"), null).json().path("id").asText();
        String review = api.task("cora", letterId, ProcessKeys.REVIEW_FINDINGS, null);
        List<String> findings = new ArrayList<>();
        for (int i = 0; i < 1_001; i++) {
            findings.add("{\"section\": \"strength\", \"text\": \"Finding " + i + "\"}");
        }
        assertThat(problem(api.complete("cora", review, "{\"confirmed\": true, \"findings\": [" + String.join(",", findings)
                + "]}"), 400).path("errors").toString()).contains("findings", "at most 1000");
        assertThat(api.get("cora", "/api/letters/" + letterId).json().path("findings").size()).isEqualTo(15);
        assertThat(tasks.createTaskQuery().taskId(review).count()).isOne();
    }

    @Test
    void aKeyGivenTwiceIsRefused() {
        long letters = mongo.getCollection("letters").countDocuments();
        JsonNode problem = problem(api.postJson("cora", "/api/letters", "{\"text\": \"Dear Sir\", \"text\": \"Dear Madam\"}"), 400);
        assertThat(problem.path("detail").asText()).contains("'text'", "twice");
        assertThat(mongo.getCollection("letters").countDocuments()).isEqualTo(letters);

        String letterId = api.upload("cora", "/api/letters", "somerset.txt",
                Api.resource("/letters/somerset-2011-ucra-letter.txt"), null).json().path("id").asText();
        String review = api.task("cora", letterId, ProcessKeys.REVIEW_FINDINGS, null);
        problem(api.complete("cora", review, "{\"confirmed\": false, \"confirmed\": true}"), 400);
        problem(api.complete("cora", review, "{\"confirmed\": true, \"findings\": [{\"section\": \"strength\", "
                + "\"text\": \"x\", \"text\": \"y\"}]}"), 400);
        assertThat(tasks.createTaskQuery().taskId(review).count()).isOne();
    }

    private String reviewedLetter() {
        String letterId = api.upload("cora", "/api/letters", "somerset.txt",
                Api.resource("/letters/somerset-2011-ucra-letter.txt"), null).json().path("id").asText();
        assertThat(api.complete("cora", api.task("cora", letterId, ProcessKeys.REVIEW_FINDINGS, null),
                "{\"confirmed\": true}").status()).isEqualTo(204);
        return letterId;
    }

    private static String plan(int actions, String dueDate, String interval) {
        return "{\"actions\": " + actions(actions, dueDate) + ", \"reportingInterval\": \"" + interval + "\"}";
    }

    private static String actions(int count, String dueDate) {
        List<String> actions = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            actions.add("{\"findingIds\": \"F13\", \"title\": \"Action " + i + "\", \"owner\": \"owen\", \"dueDate\": \""
                    + dueDate + "\"}");
        }
        return "[" + String.join(",", actions) + "]";
    }

    private static JsonNode problem(Api.Response response, int status) {
        assertThat(response.status()).as(new String(response.body(), StandardCharsets.UTF_8)).isEqualTo(status);
        assertThat(response.contentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        return response.json();
    }
}
