package org.scrutineer.progress;

import org.camunda.bpm.engine.ManagementService;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.scrutineer.Api;
import org.scrutineer.ScrutineerTest;
import org.scrutineer.audit.Cause;
import org.scrutineer.report.Report;
import org.scrutineer.report.ReportService;
import org.scrutineer.workflow.ProcessKeys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.web.servlet.MockMvc;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The engine may run a task's completion again after its transaction failed, and MongoDB has kept what the
 * first run wrote. Writing again with the same task must replace that record, not add a second: the record
 * holds what the run that committed submitted, under the revision the first run took.
 */
@ScrutineerTest
class RetriedWritesTests {

    @Autowired
    ProgressService progress;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    ReportService reports;
    @Autowired
    MockMvc mvc;
    @Autowired
    ManagementService jobs;
    @Autowired
    ObjectMapper json;

    @Test
    void anUpdateSubmittedTwiceByTheSameTaskIsStoredOnceAsLastSubmitted() {
        String cycleId = UUID.randomUUID().toString();
        progress.openCycle(cycleId, "letter-" + cycleId, 1, null, new Cause(cycleId, "system"));
        assertThat(progress.openCycle(cycleId, "letter-" + cycleId, 1, null, new Cause(cycleId, "system")).number()).isEqualTo(1);

        ProgressUpdate first = progress.submit(new Cause("task-1", "owen"), cycleId, "A1",
                new ProgressReport("Audit begun.", null, Rag.AMBER, 30, false));
        ProgressUpdate retried = progress.submit(new Cause("task-1", "owen"), cycleId, "A1",
                new ProgressReport("Audit done.", null, Rag.GREEN, 50, false));
        ProgressUpdate revision = progress.submit(new Cause("task-2", "owen"), cycleId, "A1",
                new ProgressReport("Audit done and reported.", null, Rag.GREEN, 60, false));

        assertThat(retried.id()).isEqualTo(first.id());
        assertThat(retried.revision()).isEqualTo(1);
        assertThat(revision.revision()).isEqualTo(2);
        assertThat(progress.latestIn(cycleId).get("A1")).isEqualTo(revision);
        assertThat(mongo.getCollection("progressUpdates").countDocuments(new org.bson.Document("cycleId", cycleId)))
                .isEqualTo(2);
        assertThat(mongo.findById("task-1", ProgressUpdate.class)).isEqualTo(retried);
        assertThat(mongo.findById("task-1", ProgressUpdate.class).progress()).isEqualTo("Audit done.");
        assertThat(mongo.getCollection("cycles").countDocuments(new org.bson.Document("_id", cycleId))).isOne();
    }

    /**
     * A rendering job that stored its report version, then did not commit (the process was killed), runs again
     * once the owner's amended completion commits: the same version is rendered again from what was committed,
     * not a second version, and not the stale first rendering.
     */
    @Test
    void aRenderingRetriedAfterItsReportWasStoredRendersThatVersionAgain() throws Exception {
        Api api = new Api(mvc, json, jobs);
        String letterId = api.upload("cora", "/api/letters", "somerset.txt",
                Api.resource("/letters/somerset-2011-ucra-letter.txt"), null).json().path("id").asText();
        api.complete("cora", api.task("cora", letterId, ProcessKeys.REVIEW_FINDINGS, null), "{\"confirmed\": true}");
        String draftPlan = api.task("cora", letterId, ProcessKeys.DRAFT_ACTION_PLAN, null);
        ArrayNode actions = (ArrayNode) api.get("cora", "/api/tasks/" + draftPlan + "/form").json().path("values").path("actions");
        ObjectNode onlyAction = ((ObjectNode) actions.get(0)).put("owner", "owen");
        ObjectNode plan = json.createObjectNode().put("committee", "Scrutiny").put("reportingInterval", "P1M");
        plan.putArray("actions").add(onlyAction);
        assertThat(api.complete("cora", draftPlan, plan.toString()).status()).isEqualTo(204);
        api.complete("owen", api.task("owen", letterId, ProcessKeys.ACCEPT_ACTION, "A1"), "{\"accepted\": true}");
        assertThat(api.postJson("cora", "/api/letters/" + letterId + "/plan/cycles", "").status()).isEqualTo(202);
        String task = api.task("owen", letterId, ProcessKeys.SUBMIT_PROGRESS_UPDATE, "A1");
        String cycleId = mongo.findOne(Query.query(Criteria.where("letterId").is(letterId)), Cycle.class).id();

        // what the first attempt left in MongoDB: its update and the report rendered from it
        progress.submit(new Cause(task, "owen"), cycleId, "A1", new ProgressReport("First try.", null, Rag.RED, 10, false));
        Report stale = reports.draft(cycleId, new Cause(task, "owen"));

        assertThat(api.complete("owen", task, "{\"progress\": \"Audit done.\", \"rag\": \"GREEN\", \"ragReason\": \"Ahead of the schedule by our own measure.\", "
                + "\"percentComplete\": 50}").status()).isEqualTo(204);
        JsonNode versions = api.get("chris", "/api/reports?letterId=" + letterId).json();
        assertThat(versions).hasSize(1);
        assertThat(versions.get(0).path("id").asText()).isEqualTo(stale.id());
        assertThat(versions.get(0).path("sha256").asText()).isNotEqualTo(stale.sha256());
        assertThat(versions.get(0).path("actionStates").get(0).path("rag").asText()).isEqualTo("GREEN");
        assertThat(api.get("chris", "/api/reports/" + stale.id() + "/verify").json().path("matches").asBoolean()).isTrue();
        assertThat(progress.updatesOf(letterId)).singleElement()
                .satisfies(u -> assertThat(u.progress()).isEqualTo("Audit done."));
    }
}
