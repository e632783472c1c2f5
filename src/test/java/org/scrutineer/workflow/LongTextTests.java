package org.scrutineer.workflow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.Test;
import org.scrutineer.Api;
import org.scrutineer.ScrutineerTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Free text as long as the forms allow (20,000 characters of progress and impact, 10,000 of a chair's comments)
 * goes through the engine, whose text column holds 4,000.
 */
@ScrutineerTest
class LongTextTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;
    @Autowired
    HistoryService history;
    @Autowired
    ManagementService jobs;
    @Autowired
    FormService forms;

    @Test
    void anUpdateAndAReturnAsLongAsTheFormsAllowAreKeptWhole() {
        Api api = new Api(mvc, json, null);
        String letterId = api.liveSomersetPlan();
        assertThat(api.postJson("cora", "/api/letters/" + letterId + "/plan/cycles", "{}").status()).isEqualTo(202);
        String progress = "Progress é“” ".repeat(1700).substring(0, 20_000);
        String impact = "i".repeat(20_000);
        Api.Response submitted = api.complete("owen", api.task("owen", letterId, ProcessKeys.SUBMIT_PROGRESS_UPDATE, "A1"),
                "{\"progress\": \"" + progress + "\", \"impact\": \"" + impact + "\", \"rag\": \"AMBER\", \"ragReason\": \"Ahead of the schedule by our own measure.\", \"percentComplete\": 40}");
        assertThat(submitted.status()).as(new String(submitted.body())).isEqualTo(204);

        JsonNode update = api.get("cora", "/api/letters/" + letterId + "/plan").json().path("actions").get(0)
                .path("updates").get(0);
        assertThat(update.path("progress").asText()).isEqualTo(progress.strip());
        assertThat(update.path("impact").asText()).isEqualTo(impact);
        // the engine's history keeps it whole too, as a string
        assertThat(history.createHistoricVariableInstanceQuery().variableName("progress").list())
                .anySatisfy(v -> assertThat(v.getValue()).isEqualTo(progress));
    }

    /** Tasklist submits a form ({@code submit-form}), which the engine also keeps in history field by field. */
    @Test
    void anUpdateSubmittedAsTasklistSubmitsItIsKeptWhole() {
        Api api = new Api(mvc, json, null);
        String letterId = api.liveSomersetPlan();
        assertThat(api.postJson("cora", "/api/letters/" + letterId + "/plan/cycles", "{}").status()).isEqualTo(202);
        String task = api.task("owen", letterId, ProcessKeys.SUBMIT_PROGRESS_UPDATE, "A1");
        String progress = "Audit of forty case files. ".repeat(400);

        forms.submitTaskForm(task, Map.of("progress", progress, "rag", "GREEN", "ragReason", "Ahead of the schedule by our own measure.", "percentComplete", 60L));

        JsonNode update = api.get("cora", "/api/letters/" + letterId + "/plan").json().path("actions").get(0)
                .path("updates").get(0);
        assertThat(update.path("progress").asText()).isEqualTo(progress.strip());
    }

    @Test
    void aChairsReturnAsLongAsTheFormAllowsIsKeptWhole() {
        Api api = new Api(mvc, json, jobs);
        String letterId = api.liveSomersetPlan();
        assertThat(api.postJson("cora", "/api/letters/" + letterId + "/plan/cycles", "{}").status()).isEqualTo(202);
        api.complete("owen", api.task("owen", letterId, ProcessKeys.SUBMIT_PROGRESS_UPDATE, "A1"),
                "{\"progress\": \"Audit done\", \"rag\": \"GREEN\", \"ragReason\": \"Ahead of the schedule by our own measure.\", \"percentComplete\": 50}");
        String comments = "Say what changed for children. ".repeat(400).substring(0, 10_000);
        Api.Response returned = api.complete("chris", api.task("chris", letterId, ProcessKeys.SCRUTINY_SIGN_OFF, null),
                "{\"decision\": \"RETURNED\", \"comments\": \"" + comments + "\", \"returnedActionIds\": [\"A1\"]}");
        assertThat(returned.status()).as(new String(returned.body())).isEqualTo(204);

        String revise = api.task("owen", letterId, ProcessKeys.REVISE_PROGRESS_UPDATE, "A1");
        assertThat(api.get("owen", "/api/tasks/" + revise + "/form").json().path("values").path("chairComments").asText())
                .isEqualTo(comments.strip());
    }
}
