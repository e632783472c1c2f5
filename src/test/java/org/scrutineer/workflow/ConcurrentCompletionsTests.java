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

        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(ATTEMPTS);
        List<Future<Api.Response>> answers = new ArrayList<>();
        for (int i = 0; i < ATTEMPTS; i++) {
            String body = "{\"progress\": \"Attempt " + i + "\", \"rag\": \"GREEN\", \"ragReason\": \"Ahead of the schedule by our own measure.\", \"percentComplete\": " + i + "}";
            answers.add(pool.submit(() -> {
                start.await();
                return api.postJson("owen", "/api/tasks/" + task + "/complete", body);
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
}
