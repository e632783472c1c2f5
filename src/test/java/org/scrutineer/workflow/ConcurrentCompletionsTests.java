package org.scrutineer.workflow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.util.function.IntFunction;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One task completed many times at once (a double-clicked Submit, two tabs): the engine lets one completion
 * commit, and what the others submitted must not reach MongoDB either, or the stored update would be a
 * refused attempt's instead of the one the workflow went on with.
 */
@ScrutineerTest
class ConcurrentCompletionsTests {

    private static final int ATTEMPTS = 8;

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;

    @Test
    void ofManyCompletionsOfOneTaskAtOnceExactlyOneIsStoredAndTheOthersGetAConflict() throws Exception {
        Api api = new Api(mvc, json);
        String letterId = api.liveSomersetPlan();
        assertThat(api.postJson("cora", "/api/letters/" + letterId + "/plan/cycles", "{}").status()).isEqualTo(202);
        String task = api.task("owen", letterId, ProcessKeys.SUBMIT_PROGRESS_UPDATE, "A1");

        List<Integer> won = race(api, "owen", task, i -> "{\"progress\": \"Attempt " + i + "\", \"rag\": \"GREEN\","
                + " \"ragReason\": \"Ahead of the schedule by our own measure.\", \"percentComplete\": " + i + "}");
        api.runContinuations();

        assertThat(won).as("completions that succeeded").hasSize(1);
        String winner = "Attempt " + won.get(0);
        JsonNode action = api.get("cora", "/api/letters/" + letterId + "/plan").json().path("actions").get(0);
        assertThat(action.path("updates")).hasSize(1);
        assertThat(action.path("updates").get(0).path("progress").asText()).isEqualTo(winner);
        assertThat(action.path("latestPercentComplete").asInt()).isEqualTo(won.get(0));
        List<JsonNode> reported = StreamSupport.stream(api.get("cora", "/api/letters/" + letterId + "/audit").json().spliterator(), false)
                .filter(e -> e.path("action").asText().equals("progress.reported")).toList();
        assertThat(reported).hasSize(1);
        assertThat(reported.get(0).path("after").path("percentComplete").asInt()).isEqualTo(won.get(0));
    }

    /** A group's task: a losing coordinator once read "not yours" (403), the task being no longer anyone's. */
    @Test
    void aGroupsTaskCompletedManyTimesAtOnceIsCompletedOnceAndTheOthersAreToldSo() throws Exception {
        Api api = new Api(mvc, json);
        String letterId = api.upload("cora", "/api/letters", "somerset.txt",
                Api.resource("/letters/somerset-2011-ucra-letter.txt"), null).json().path("id").asText();
        String review = api.task("cora", letterId, ProcessKeys.REVIEW_FINDINGS, null);

        List<Integer> won = race(api, "cora", review, i -> "{\"confirmed\": true, \"letterTitle\": \"Attempt " + i + "\"}");

        assertThat(won).as("completions that succeeded").hasSize(1);
        assertThat(api.get("cora", "/api/letters/" + letterId).json().path("title").asText()).isEqualTo("Attempt " + won.get(0));
    }

    /** The attempts sent at once; which succeeded. Every other answer is a problem saying the task was done meanwhile. */
    private static List<Integer> race(Api api, String user, String task, IntFunction<String> body) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(ATTEMPTS);
        List<Future<Api.Response>> answers = new ArrayList<>();
        for (int i = 0; i < ATTEMPTS; i++) {
            String sent = body.apply(i);
            answers.add(pool.submit(() -> {
                start.await();
                return api.postJson(user, "/api/tasks/" + task + "/complete", sent);
            }));
        }
        start.countDown();
        List<Integer> won = new ArrayList<>();
        for (int i = 0; i < ATTEMPTS; i++) {
            Api.Response answer = answers.get(i).get();
            if (answer.status() == 204) {
                won.add(i);
            } else {
                assertThat(answer.status()).as("attempt " + i + ": " + answer.json()).isIn(404, 409);
                assertThat(answer.contentType()).contains("problem+json");
            }
        }
        pool.shutdown();
        return won;
    }
}
