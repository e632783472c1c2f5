package org.scrutineer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.scrutineer.workflow.ProcessKeys;
import org.springframework.util.FileSystemUtils;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two application nodes on one engine database (the local PostgreSQL) and one document store (the first node's
 * embedded one, which the second reaches over loopback, as it would a MongoDB): one owner's task submitted to both
 * at once is completed once, and only the completion the engine committed is stored, whichever node ran it.
 */
class TwoNodeTests {

    private static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/test";
    private static final Duration START = Duration.ofMinutes(3);

    private final String schema = "scrutineer_nodes_" + UUID.randomUUID().toString().replace("-", "");
    private final List<ChildApp> nodes = new ArrayList<>();
    private final List<Path> homes = new ArrayList<>();

    @AfterEach
    void stop() throws Exception {
        for (ChildApp node : nodes) {
            node.close();
        }
        for (Path home : homes) {
            FileSystemUtils.deleteRecursively(home);
        }
        execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
    }

    @Test
    void aTaskSubmittedToTwoNodesAtOnceIsCompletedOnceAndOnlyTheCommittedUpdateIsStored() throws Exception {
        execute("CREATE SCHEMA " + schema);
        int documentsPort = ChildApp.freePort();
        ChildApp a = node("--scrutineer.document-store.port=" + documentsPort);
        // b signs in to a's store with the credentials a made at its first start, as a second node would be given them
        Properties credentials = new Properties();
        try (var in = Files.newInputStream(homes.get(0).resolve("data/document-store.credentials"))) {
            credentials.load(in);
        }
        ChildApp b = node("--spring.data.mongodb.uri=mongodb://" + credentials.getProperty("username") + ":"
                + credentials.getProperty("password") + "@127.0.0.1:" + documentsPort + "/?authSource=admin&authMechanism=SCRAM-SHA-256");

        String letterId = a.post("cora", "/api/letters", new ObjectMapper().createObjectNode().put("text",
                new String(Api.resource("/letters/somerset-2011-ucra-letter.txt"), StandardCharsets.UTF_8)).toString())
                .json().path("id").asText();
        complete(a, "cora", task(b, "cora", letterId, ProcessKeys.REVIEW_FINDINGS), "{\"confirmed\": true}");
        complete(b, "cora", task(a, "cora", letterId, ProcessKeys.DRAFT_ACTION_PLAN), "{\"actions\": [{\"findingIds\":"
                + " \"F13\", \"title\": \"Record decisions\", \"owner\": \"owen\", \"dueDate\": \"2011-08-05\"}]}");
        complete(a, "owen", task(b, "owen", letterId, ProcessKeys.ACCEPT_ACTION), "{\"accepted\": true}");
        // the plan goes live in a job a moment after the last acceptance; until then a cycle is refused
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (b.post("cora", "/api/letters/" + letterId + "/plan/cycles", "{}").status() != 202) {
            assertThat(System.nanoTime()).as("the plan went live").isLessThan(deadline);
            Thread.sleep(200);
        }
        long tasksDeadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (openTask(a, "owen", letterId, ProcessKeys.SUBMIT_PROGRESS_UPDATE) == null) {
            assertThat(System.nanoTime()).as("owen's update task").isLessThan(tasksDeadline);
            Thread.sleep(200);
        }
        String update = task(a, "owen", letterId, ProcessKeys.SUBMIT_PROGRESS_UPDATE);

        List<CompletableFuture<HttpResponse<byte[]>>> attempts = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            ObjectNode body = new ObjectMapper().createObjectNode().put("progress", "Attempt " + i).put("rag", "GREEN").put("ragReason", "Ahead of the schedule by our own measure.")
                    .put("percentComplete", i);
            attempts.add((i % 2 == 0 ? a : b).postUnanswered("owen", "/api/tasks/" + update + "/complete", body.toString()));
        }
        List<Integer> won = new ArrayList<>();
        for (int i = 0; i < attempts.size(); i++) {
            HttpResponse<byte[]> answer = attempts.get(i).get();
            if (answer.statusCode() == 204) {
                won.add(i);
            } else {
                assertThat(answer.statusCode()).as("attempt %d: %s", i, new String(answer.body(), StandardCharsets.UTF_8))
                        .isIn(404, 409);
            }
        }

        assertThat(won).as("completions that succeeded").hasSize(1);
        for (ChildApp node : List.of(a, b)) {
            JsonNode action = node.get("cora", "/api/letters/" + letterId + "/plan").json().path("actions").get(0);
            assertThat(action.path("updates")).singleElement().satisfies(u ->
                    assertThat(u.path("progress").asText()).isEqualTo("Attempt " + won.get(0)));
            assertThat(node.get("cora", "/api/letters/" + letterId + "/audit").json().findValuesAsText("action")
                    .stream().filter("progress.reported"::equals)).hasSize(1);
        }
    }

    private ChildApp node(String... settings) throws Exception {
        Path home = Files.createTempDirectory("scrutineer-node-");
        homes.add(home);
        List<String> all = new ArrayList<>(List.of("--spring.datasource.url=" + SERVER + "?currentSchema=" + schema,
                "--spring.datasource.username=postgres", "--spring.datasource.password=",
                // the engine looks for its tables in this schema only, not in another test's
                "--camunda.bpm.database.schema-name=" + schema, "--camunda.bpm.database.table-prefix=" + schema + "."));
        all.addAll(List.of(settings));
        ChildApp node = ChildApp.start(home, null, START, all.toArray(String[]::new));
        nodes.add(node);
        return node;
    }

    /** The user's open task of this kind on the letter, or {@literal null}. */
    private static String openTask(ChildApp node, String user, String letterId, String key) {
        JsonNode tasks = node.get(user, "/api/tasks").json();
        return StreamSupport.stream(tasks.spliterator(), false)
                .filter(t -> t.path("letterId").asText().equals(letterId) && t.path("key").asText().equals(key))
                .map(t -> t.path("id").asText()).findFirst().orElse(null);
    }

    private static String task(ChildApp node, String user, String letterId, String key) {
        JsonNode tasks = node.get(user, "/api/tasks").json();
        return StreamSupport.stream(tasks.spliterator(), false)
                .filter(t -> t.path("letterId").asText().equals(letterId) && t.path("key").asText().equals(key))
                .map(t -> t.path("id").asText()).findFirst()
                .orElseThrow(() -> new AssertionError(user + " has no " + key + " task: " + tasks));
    }

    private static void complete(ChildApp node, String user, String taskId, String body) {
        ChildApp.Response response = node.post(user, "/api/tasks/" + taskId + "/complete", body);
        assertThat(response.status()).as(new String(response.body(), StandardCharsets.UTF_8)).isEqualTo(204);
    }

    private static void execute(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(SERVER, "postgres", "")) {
            connection.createStatement().execute(sql);
        }
    }
}
