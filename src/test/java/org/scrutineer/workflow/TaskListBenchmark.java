package org.scrutineer.workflow;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.scrutineer.Api;
import org.scrutineer.ScrutineerTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Prints how long an owner's task list takes with 300 open tasks: a harness, not a test (surefire does not pick it
 * up; timings on a shared machine are noise to assert on). Run it with
 * <pre>mvn -q test -Dtest=TaskListBenchmark</pre>
 */
@ScrutineerTest
class TaskListBenchmark {

    private static final int TASKS = 300;

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;
    @Autowired
    WorkTasks work;

    @Test
    void printsTheTimeOfAnOwnersListOf300Tasks() {
        Api api = new Api(mvc, json);
        String letterId = api.upload("cora", "/api/letters", "somerset.txt",
                Api.resource("/letters/somerset-2011-ucra-letter.txt"), null).json().path("id").asText();
        api.complete("cora", api.task("cora", letterId, ProcessKeys.REVIEW_FINDINGS, null), "{\"confirmed\": true}");
        List<String> actions = new ArrayList<>();
        for (int i = 0; i < TASKS; i++) {
            actions.add("{\"findingIds\": \"F13\", \"title\": \"Action " + i + "\", \"owner\": \"olive\", \"dueDate\": \"2011-08-05\"}");
        }
        long drafting = System.nanoTime();
        assertThat(api.complete("cora", api.task("cora", letterId, ProcessKeys.DRAFT_ACTION_PLAN, null),
                "{\"actions\": [" + String.join(",", actions) + "]}").status()).isEqualTo(204);
        System.out.printf("drafting a plan of %d actions (and opening their tasks): %d ms%n", TASKS,
                (System.nanoTime() - drafting) / 1_000_000);
        for (int run = 0; run < 3; run++) {
            long start = System.nanoTime();
            var open = work.openTasks("olive", List.of("action-owners"), new org.scrutineer.web.Paging(0, TASKS));
            long ms = (System.nanoTime() - start) / 1_000_000;
            System.out.printf("olive's %d open tasks listed in %d ms (run %d)%n", open.entries().size(), ms, run + 1);
            assertThat(open.entries()).extracting(TaskSummary::actionId).doesNotContainNull().doesNotHaveDuplicates();
            assertThat(open.entries()).extracting(TaskSummary::letterId).containsOnly(letterId);
            long pageStart = System.nanoTime();
            assertThat(api.get("olive", "/api/tasks?size=200").status()).isEqualTo(200);
            System.out.printf("GET /api/tasks?size=200 as olive: %d ms%n", (System.nanoTime() - pageStart) / 1_000_000);
        }
    }
}
