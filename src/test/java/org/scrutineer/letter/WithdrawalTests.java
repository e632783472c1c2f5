package org.scrutineer.letter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.bson.Document;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.scrutineer.Api;
import org.scrutineer.ScrutineerTest;
import org.scrutineer.workflow.ProcessKeys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;

/** A coordinator withdraws a letter registered by mistake, with its process and its original, until its plan is live. */
@ScrutineerTest
class WithdrawalTests {

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
    @Autowired
    org.camunda.bpm.engine.HistoryService history;

    @Test
    void aLetterWithdrawnBeforeItsPlanIsLiveGoesWithItsProcessPlanAndOriginalAndTheTrailSaysWho() {
        Api api = new Api(mvc, json);
        JsonNode letter = api.upload("cora", "/api/letters", "somerset.txt",
                Api.resource("/letters/somerset-2011-ucra-letter.txt"), null).json();
        String letterId = letter.path("id").asText();
        Object originalId = new org.bson.types.ObjectId(letter.path("original").path("fileId").asText());
        api.complete("cora", api.task("cora", letterId, ProcessKeys.REVIEW_FINDINGS, null), "{\"confirmed\": true}");
        api.complete("cora", api.task("cora", letterId, ProcessKeys.DRAFT_ACTION_PLAN, null), "{\"actions\": "
                + "[{\"findingIds\": \"F13\", \"title\": \"Record decisions\", \"owner\": \"owen\", \"dueDate\": \"2011-08-05\"}]}");

        String process = runtime.createProcessInstanceQuery().processInstanceBusinessKey(letterId).singleResult().getId();
        assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(process).count()).isPositive();
        assertThat(api.call("owen", delete("/api/letters/" + letterId)).status()).isEqualTo(403);
        assertThat(api.call("chris", delete("/api/letters/" + letterId)).status()).isEqualTo(403);
        assertThat(api.call("cora", delete("/api/letters/" + letterId)).status()).isEqualTo(204);

        assertThat(api.get("cora", "/api/letters/" + letterId).status()).isEqualTo(404);
        assertThat(api.get("cora", "/api/letters").json().findValuesAsText("id")).doesNotContain(letterId);
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(letterId).count()).isZero();
        assertThat(tasks.createTaskQuery().processInstanceBusinessKey(letterId).count()).isZero();
        assertThat(mongo.exists(query(where("_id").is(letterId)), "plans")).isFalse();
        assertThat(mongo.exists(query(where("_id").is(originalId)), "fs.files")).as("the original").isFalse();
        assertThat(mongo.find(query(where("letterId").is(letterId).and("action").is("letter.withdrawn")), Document.class, "audit"))
                .singleElement().satisfies(entry -> assertThat(entry.getString("actor")).isEqualTo("cora"));
        assertThat(api.call("cora", delete("/api/letters/" + letterId)).status()).isEqualTo(404);
        // the trail is still read where it always was, and the engine's history keeps none of the letter's text
        assertThat(api.get("cora", "/api/letters/" + letterId + "/audit").json().findValuesAsText("action"))
                .contains("letter.registered", "letter.withdrawn");
        assertThat(api.get("cora", "/api/letters/no-such-letter/audit").status()).isEqualTo(404);
        assertThat(history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(letterId).count()).isZero();
        assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(process).count()).isZero();
        assertThat(history.createHistoricTaskInstanceQuery().processInstanceId(process).count()).isZero();
    }

    @Test
    void aLetterWhosePlanIsLiveIsKept() {
        Api api = new Api(mvc, json);
        String letterId = api.liveSomersetPlan();

        Api.Response refused = api.call("cora", delete("/api/letters/" + letterId));

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().path("detail").asText()).contains("LIVE");
        assertThat(api.get("cora", "/api/letters/" + letterId).status()).isEqualTo(200);
        assertThat(api.get("cora", "/api/letters/" + letterId + "/plan").json().path("status").asText()).isEqualTo("LIVE");
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(letterId).count()).isOne();
        assertThat(api.get("cora", "/api/letters/" + letterId + "/audit").json().findValuesAsText("action"))
                .doesNotContain("letter.withdrawn");
    }
}
