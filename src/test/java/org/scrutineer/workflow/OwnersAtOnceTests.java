package org.scrutineer.workflow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.scrutineer.Api;
import org.scrutineer.ScrutineerTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Owners of one plan answering at the same moment, each their own task: the engine counts the finished instances
 * of a multi-instance subprocess on their shared parent, and two completions updating it at once would refuse
 * one owner (409) for nothing but timing. Every owner's answer must be taken.
 */
@ScrutineerTest
class OwnersAtOnceTests {

    private static final int OWNERS = 20;

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;
    @Autowired
    ManagementService jobs;
    @Autowired
    IdentityService identity;

    @Test
    void twentyOwnersAcceptingAndThenReportingAtOnceAreAllTakenAndTheReportRenders() throws Exception {
        Api api = new Api(mvc, json, jobs);
        List<String> owners = IntStream.rangeClosed(1, OWNERS).mapToObj(i -> "owner" + i).toList();
        owners.forEach(this::createOwner);
        String letterId = api.upload("cora", "/api/letters", "somerset.txt",
                Api.resource("/letters/somerset-2011-ucra-letter.txt"), null).json().path("id").asText();
        api.complete("cora", api.task("cora", letterId, ProcessKeys.REVIEW_FINDINGS, null), "{\"confirmed\": true}");
        String actions = String.join(", ", owners.stream().map(owner -> "{\"findingIds\": \"F13\", \"title\": \"Action of "
                + owner + "\", \"owner\": \"" + owner + "\", \"dueDate\": \"2011-08-05\"}").toList());
        assertThat(api.complete("cora", api.task("cora", letterId, ProcessKeys.DRAFT_ACTION_PLAN, null),
                "{\"actions\": [" + actions + "]}").status()).isEqualTo(204);

        allAtOnce(api, owners, letterId, ProcessKeys.ACCEPT_ACTION, owner -> "{\"accepted\": true}");
        assertThat(api.get("cora", "/api/letters/" + letterId + "/plan").json().path("status").asText()).isEqualTo("LIVE");

        assertThat(api.postJson("cora", "/api/letters/" + letterId + "/plan/cycles", "{}").status()).isEqualTo(202);
        allAtOnce(api, owners, letterId, ProcessKeys.SUBMIT_PROGRESS_UPDATE,
                owner -> "{\"progress\": \"Reported by " + owner + "\", \"rag\": \"GREEN\", \"ragReason\": \"Ahead of the schedule by our own measure.\", \"percentComplete\": 40}");

        JsonNode plan = api.get("cora", "/api/letters/" + letterId + "/plan").json();
        assertThat(plan.path("actions")).hasSize(OWNERS).allSatisfy(action -> {
            assertThat(action.path("updates")).hasSize(1);
            assertThat(action.path("updates").get(0).path("progress").asText())
                    .isEqualTo("Reported by " + action.path("owner").asText());
        });
        JsonNode reports = api.get("chris", "/api/reports?letterId=" + letterId).json();
        assertThat(reports).singleElement().satisfies(report -> assertThat(report.path("status").asText()).isEqualTo("DRAFT"));
        assertThat(api.task("chris", letterId, ProcessKeys.SCRUTINY_SIGN_OFF, null)).isNotBlank();
        assertThat(jobs.createJobQuery().withException().count()).as("failed jobs").isZero();
    }

    /** Each owner completes their task on this letter from a thread of their own, all released at once. */
    private static void allAtOnce(Api api, List<String> owners, String letterId, String key,
                                  java.util.function.Function<String, String> body) throws Exception {
        List<String> tasks = owners.stream().map(owner -> api.task(owner, letterId, key, null)).toList();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(owners.size());
        List<Future<Api.Response>> answers = new ArrayList<>();
        for (int i = 0; i < owners.size(); i++) {
            String owner = owners.get(i);
            String task = tasks.get(i);
            answers.add(pool.submit(() -> {
                start.await();
                return api.postJson(owner, "/api/tasks/" + task + "/complete", body.apply(owner));
            }));
        }
        start.countDown();
        List<String> refused = new ArrayList<>();
        for (int i = 0; i < answers.size(); i++) {
            Api.Response answer = answers.get(i).get();
            if (answer.status() != 204) {
                refused.add(owners.get(i) + ": " + answer.status() + " " + new String(answer.body()));
            }
        }
        pool.shutdown();
        assertThat(refused).as(key + " completions refused").isEmpty();
        api.runDueJobs();
        assertThat(StreamSupport.stream(api.get(owners.get(0), "/api/tasks").json().spliterator(), false)
                .filter(t -> t.path("key").asText().equals(key))).as("left open").isEmpty();
    }

    private void createOwner(String id) {
        User user = identity.newUser(id);
        user.setPassword(id);
        identity.saveUser(user);
        identity.createMembership(id, "action-owners");
    }
}
