package org.scrutineer.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.bson.Document;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.scrutineer.Api;
import org.scrutineer.ScrutineerTest;
import org.scrutineer.workflow.ProcessKeys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

/**
 * What a completion or job writes to MongoDB is there exactly when the engine committed it. A failure at the
 * engine's flush is what a lost race, a broken connection or a refused constraint looks like from here: the
 * transaction ran every listener, then rolled back.
 */
@ScrutineerTest
class AllOrNothingTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;
    @Autowired
    ManagementService jobs;
    @Autowired
    TaskService tasks;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    JournalRecovery recovery;

    @Test
    void anUpdateWhoseCompletionFailsAtTheFlushLeavesNothingAndTheNextTryIsKeptOnce() {
        Api api = new Api(mvc, json, jobs);
        String letterId = api.liveSomersetPlan();
        assertThat(api.postJson("cora", "/api/letters/" + letterId + "/plan/cycles", "{}").status()).isEqualTo(202);
        String task = api.task("owen", letterId, ProcessKeys.SUBMIT_PROGRESS_UPDATE, "A1");
        JsonNode before = plan(api, letterId);
        List<String> trailBefore = trail(api, letterId);

        failingAtFlush(() -> tasks.complete(task, Map.of("progress", "Refused try", "rag", "RED", "percentComplete", 5)));

        assertThat(api.task("owen", letterId, ProcessKeys.SUBMIT_PROGRESS_UPDATE, "A1")).isEqualTo(task);
        assertThat(withoutVersion(plan(api, letterId))).isEqualTo(withoutVersion(before));
        assertThat(trail(api, letterId)).isEqualTo(trailBefore);
        assertThat(mongo.getCollection(WriteJournal.COLLECTION).countDocuments()).isZero();

        assertThat(api.complete("owen", task, "{\"progress\": \"Audit done\", \"rag\": \"GREEN\", \"ragReason\": \"Ahead of the schedule by our own measure.\", \"percentComplete\": 50}")
                .status()).isEqualTo(204);
        JsonNode action = plan(api, letterId).path("actions").get(0);
        assertThat(action.path("updates")).singleElement()
                .satisfies(u -> assertThat(u.path("progress").asText()).isEqualTo("Audit done"));
        assertThat(action.path("latestRag").asText()).isEqualTo("GREEN");
    }

    @Test
    void aReturnThatFailsAtTheFlushLeavesTheDraftUndecidedSoTheChairCanApproveIt() {
        Api api = new Api(mvc, json, jobs);
        String letterId = api.liveSomersetPlan();
        api.postJson("cora", "/api/letters/" + letterId + "/plan/cycles", "{}");
        api.complete("owen", api.task("owen", letterId, ProcessKeys.SUBMIT_PROGRESS_UPDATE, "A1"),
                "{\"progress\": \"Audit done\", \"rag\": \"GREEN\", \"ragReason\": \"Ahead of the schedule by our own measure.\", \"percentComplete\": 50}");
        String signOff = api.task("chris", letterId, ProcessKeys.SCRUTINY_SIGN_OFF, null);

        failingAtFlush(() -> {
            tasks.complete(signOff, Map.of("decision", "RETURNED", "comments", "Say more",
                    "returnedActionIds", org.camunda.spin.plugin.variable.SpinValues.jsonValue("[\"A1\"]").create()));
        });
        JsonNode draft = api.get("chris", "/api/reports?letterId=" + letterId).json().get(0);
        assertThat(draft.path("status").asText()).isEqualTo("DRAFT");
        assertThat(draft.path("version").asInt()).as("the report's own version number, not a lock's").isEqualTo(1);

        Api.Response approved = api.complete("chris", signOff, "{\"decision\": \"APPROVED\"}");
        assertThat(approved.status()).as(new String(approved.body())).isEqualTo(204);
        assertThat(api.get("chris", "/api/reports?letterId=" + letterId).json().findValuesAsText("status"))
                .hasSize(2).first().isEqualTo("APPROVED");
    }

    /**
     * One owner's completion failing must put back only the action it changed, not the whole plan as it was when
     * it began: a coordinator's change to another action, made meanwhile, stays.
     */
    @Test
    void aFailedCompletionPutsBackOnlyWhatItChangedInADocumentOthersWroteMeanwhile() throws Exception {
        Api api = new Api(mvc, json, jobs);
        String letterId = api.upload("cora", "/api/letters", "somerset.txt",
                Api.resource("/letters/somerset-2011-ucra-letter.txt"), null).json().path("id").asText();
        api.complete("cora", api.task("cora", letterId, ProcessKeys.REVIEW_FINDINGS, null), "{\"confirmed\": true}");
        api.complete("cora", api.task("cora", letterId, ProcessKeys.DRAFT_ACTION_PLAN, null), "{\"actions\": ["
                + "{\"findingIds\": \"F13\", \"title\": \"Record decisions\", \"owner\": \"owen\", \"dueDate\": \"2011-08-05\"},"
                + "{\"findingIds\": \"F13\", \"title\": \"Audit files\", \"owner\": \"olive\", \"dueDate\": \"2011-08-05\"}]}");
        String owens = api.task("owen", letterId, ProcessKeys.ACCEPT_ACTION, "A1");

        failingAtFlush(() -> {
            tasks.complete(owens, Map.of("accepted", true));
            // cora moves A2's due date while owen's transaction is still open
            CompletableFuture.runAsync(() -> {
                long version = plan(api, letterId).path("version").asLong();
                assertThat(api.call("cora", put("/api/letters/" + letterId + "/plan/actions/A2/due-date")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"dueDate\": \"2011-09-30\", \"version\": " + version + "}")).status()).isEqualTo(200);
            }).join();
        });

        JsonNode actions = plan(api, letterId).path("actions");
        assertThat(actions.get(0).path("status").asText()).as("owen's failed answer").isEqualTo("PROPOSED");
        assertThat(actions.get(1).path("dueDate").asText()).as("cora's move").isEqualTo("2011-09-30");
        assertThat(api.complete("owen", owens, "{\"accepted\": true}").status()).isEqualTo(204);
        assertThat(plan(api, letterId).path("actions").get(0).path("status").asText()).isEqualTo("ACCEPTED");
    }

    /** A process killed mid-transaction leaves its journal; the sweep undoes it unless the engine committed. */
    @Test
    void aJournalLeftByADeadProcessIsUndoneUnlessItsTransactionCommitted() {
        String kept = "kept-" + UUID.randomUUID();
        String undone = "undone-" + UUID.randomUUID();
        for (String id : List.of(kept, undone)) {
            mongo.insert(new Document("_id", id).append("note", "written by a transaction"), "journalProbe");
            // what a transaction holds: the document it wrote, with how to undo the write
            mongo.insert(new Document("_id", "journalProbe|" + id).append("journal", id).append("node", "a node that died")
                    .append("startedAt", Date.from(java.time.Instant.now().minusSeconds(3600)))
                    .append("steps", List.of(UndoStep.created("journalProbe", id).append("seq", 0))), WriteJournal.COLLECTION);
        }
        jdbc.update("insert into " + WriteJournal.COMMIT_TABLE + " (ID_, AT_) values (?, current_timestamp)", kept);

        assertThat(recovery.sweep()).isEqualTo(2);

        assertThat(mongo.findById(kept, Document.class, "journalProbe")).as("committed").isNotNull();
        assertThat(mongo.findById(undone, Document.class, "journalProbe")).as("not committed").isNull();
        assertThat(mongo.getCollection(WriteJournal.COLLECTION).countDocuments()).isZero();
    }

    private void failingAtFlush(Runnable completion) {
        new TransactionTemplate(transactions).executeWithoutResult(tx -> {
            completion.run();
            tx.setRollbackOnly();
        });
    }

    private static JsonNode plan(Api api, String letterId) {
        return api.get("cora", "/api/letters/" + letterId + "/plan").json();
    }

    /** The plan's version moves on when a write is undone, so that nobody saves over the undoing. */
    private static JsonNode withoutVersion(JsonNode plan) {
        return ((com.fasterxml.jackson.databind.node.ObjectNode) plan.deepCopy()).without("version");
    }

    private static List<String> trail(Api api, String letterId) {
        return api.get("cora", "/api/letters/" + letterId + "/audit").json().findValuesAsText("id");
    }
}
