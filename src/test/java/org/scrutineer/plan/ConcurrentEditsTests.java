package org.scrutineer.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.scrutineer.Api;
import org.scrutineer.ScrutineerTest;
import org.scrutineer.workflow.ProcessKeys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Two coordinators changing the same action: the first change to a version of the plan wins, every other one made
 * to that version gets 409 with the plan as it now is, and nothing is silently overwritten.
 */
@ScrutineerTest
class ConcurrentEditsTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;

    private Api api;
    private String letterId;
    private String a1;

    @BeforeEach
    void aLivePlan() {
        api = new Api(mvc, json);
        letterId = api.liveSomersetPlan();
        a1 = "/api/letters/" + letterId + "/plan/actions/A1/due-date";
    }

    @Test
    void theSecondOfTwoEditsToTheSameVersionIsRefusedWithTheCurrentState() {
        long read = version();
        assertThat(move("2011-09-01", read).status()).isEqualTo(200);

        Api.Response late = move("2011-10-01", read);
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.contentType()).contains("problem+json");
        assertThat(late.json().path("currentVersion").asLong()).isEqualTo(read + 1);
        assertThat(late.json().path("current").path("dueDate").asText()).isEqualTo("2011-09-01");
        assertThat(dueDate()).isEqualTo("2011-09-01");

        // read again, change again: that one stands
        assertThat(move("2011-10-01", version()).status()).isEqualTo(200);
        assertThat(dueDate()).isEqualTo("2011-10-01");
    }

    @Test
    void ofManyEditsMadeAtOnceToOneVersionExactlyOneWins() throws Exception {
        long read = version();
        int editors = 16;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(editors);
        List<Future<Api.Response>> answers = new ArrayList<>();
        for (int i = 0; i < editors; i++) {
            String date = LocalDate.of(2012, 1, 1).plusDays(i).toString();
            Callable<Api.Response> edit = () -> {
                start.await();
                return move(date, read);
            };
            answers.add(pool.submit(edit));
        }
        start.countDown();
        List<String> won = new ArrayList<>();
        int refused = 0;
        for (int i = 0; i < editors; i++) {
            Api.Response answer = answers.get(i).get();
            if (answer.status() == 200) {
                won.add(answer.json().path("dueDate").asText());
            } else {
                assertThat(answer.status()).isEqualTo(409);
                refused++;
            }
        }
        pool.shutdown();

        assertThat(won).hasSize(1);
        assertThat(refused).isEqualTo(editors - 1);
        assertThat(dueDate()).isEqualTo(won.get(0));
        assertThat(version()).isEqualTo(read + 1);
        JsonNode moves = api.get("cora", "/api/letters/" + letterId + "/audit").json();
        assertThat(moves.findValuesAsText("action").stream().filter("action.dueDateMoved"::equals)).hasSize(1);
    }

    private Api.Response move(String date, long version) {
        return api.call("cora", put(a1).contentType(MediaType.APPLICATION_JSON)
                .content("{\"dueDate\": \"" + date + "\", \"version\": " + version + "}"));
    }

    private long version() {
        return api.get("cora", "/api/letters/" + letterId + "/plan").json().path("version").asLong();
    }

    private String dueDate() {
        return api.get("cora", "/api/letters/" + letterId + "/plan").json().path("actions").get(0).path("dueDate").asText();
    }
}
