package org.scrutineer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.scrutineer.workflow.ProcessKeys;
import org.springframework.util.FileSystemUtils;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded default killed with SIGKILL twice in one reporting cycle, each time at a point {@link CrashPoint}
 * stops it at, not wherever a timer happens to fall: while an owner's progress update is being completed
 * (the update is in MongoDB, the task's completion not yet committed), while the draft is being rendered, and
 * while the approved draft's signed version is (its PDF is in GridFS, its record and the job not yet). Restarted on
 * the same files each time, the cycle goes on from where the engine last committed (a rendering job runs again by
 * itself), and ends with one draft, its signed version, and one update per action, each holding what the
 * completion that committed submitted.
 */
class CrashRestartTests {

    private static final Duration START = Duration.ofMinutes(3);
    private static final Duration CRASH = Duration.ofMinutes(1);
    private static final String COMMITTEE = "Children and Young People Scrutiny Committee";
    private static final List<String> ACTIONS = List.of("A1", "A2", "A3");

    private final ObjectMapper json = new ObjectMapper();
    private Path home;
    private ChildApp app;

    @BeforeEach
    void home() throws IOException {
        home = Files.createTempDirectory("scrutineer-crash-");
    }

    @AfterEach
    void cleanUp() throws IOException {
        if (app != null) {
            app.close();
        }
        FileSystemUtils.deleteRecursively(home);
    }

    @Test
    void killedMidCompletionMidRenderingAndMidSigningTheCycleEndsWithOneReportAndOneUpdatePerAction() throws Exception {
        // 0. killed while a letter is registered: its document is written, its process not yet committed
        app = ChildApp.start(home, CrashPoint.LETTER_STORED, START);
        ObjectNode half = json.createObjectNode().put("text",
                new String(Api.resource("/letters/somerset-2011-ucra-letter.txt"), StandardCharsets.UTF_8));
        var unansweredRegistration = app.postUnanswered("cora", "/api/letters", half.toString());
        assertThat(app.killAtCrashPoint(CRASH)).as("killed with SIGKILL").isEqualTo(137);
        assertNoAnswer(unansweredRegistration);

        // 1. restarted: nothing of that letter is left; a live plan and a cycle; killed once owen's first A1 update
        // is stored, before the completion commits
        app = ChildApp.start(home, CrashPoint.PROGRESS_UPDATE_STORED, START);
        assertThat(app.get("cora", "/api/letters").json()).as("no half-registered letter").isEmpty();
        String letterId = livePlanInACycle();
        String a1 = task("owen", letterId, ProcessKeys.SUBMIT_PROGRESS_UPDATE, "A1").orElseThrow();
        var unanswered = app.postUnanswered("owen", "/api/tasks/" + a1 + "/complete",
                update("First try at A1.", "AMBER", 30, false));
        assertThat(app.killAtCrashPoint(CRASH)).as("killed with SIGKILL").isEqualTo(137);
        assertNoAnswer(unanswered);

        // 2. restarted: the same A1 task is open again; owen submits it anew, amended, then A2 and A3; the last
        // update leads to the rendering job, killed once the report's PDF is stored
        app = ChildApp.start(home, CrashPoint.REPORT_PDF_STORED, START);
        assertThat(task("owen", letterId, ProcessKeys.SUBMIT_PROGRESS_UPDATE, "A1")).as("A1's completion rolled back").hasValue(a1);
        // and what it wrote before the kill was undone as the app started: no update, no audit entry
        assertThat(app.get("cora", "/api/letters/" + letterId + "/plan").json().path("actions").get(0).path("updates"))
                .as("the killed completion's update").isEmpty();
        assertThat(app.get("cora", "/api/letters/" + letterId + "/audit").json().findValuesAsText("action"))
                .doesNotContain("progress.reported");
        complete("owen", a1, update("Template revised; 36 of 40 closures audited.", "GREEN", 60, false));
        complete("owen", task("owen", letterId, ProcessKeys.SUBMIT_PROGRESS_UPDATE, "A2").orElseThrow(),
                update("Appraisal fields piloted in two teams.", "AMBER", 40, false));
        complete("owen", task("owen", letterId, ProcessKeys.SUBMIT_PROGRESS_UPDATE, "A3").orElseThrow(),
                update("Monthly resource review agreed; first held in June.", "GREEN", 100, true));
        assertThat(app.killAtCrashPoint(CRASH)).as("killed with SIGKILL").isEqualTo(137);

        // 3. restarted, to be killed next while the signed version (v2) is rendered: owen's completions stand, and
        // the draft's rendering runs again by itself
        app = ChildApp.start(home, CrashPoint.SIGNED_PDF_STORED, START);
        assertThat(task("owen", letterId, ProcessKeys.SUBMIT_PROGRESS_UPDATE, null)).as("owen's work is done").isEmpty();
        awaitTask("chris", letterId, ProcessKeys.SCRUTINY_SIGN_OFF, null);

        // one version, whose stored bytes are what it records, showing what the committed completions submitted
        JsonNode reports = reports(letterId);
        assertThat(reports).hasSize(1);
        JsonNode draft = reports.get(0);
        assertThat(draft.path("version").asInt()).isEqualTo(1);
        assertThat(draft.path("status").asText()).isEqualTo("DRAFT");
        assertVerified(draft);
        String text = text(pdf(draft)).replaceAll("\\s+", " ");
        assertThat(text).contains("36 of 40 closures audited", "Appraisal fields piloted", "first held in June");
        assertThat(text).doesNotContain("First try");

        // one update per action, each what its committed completion submitted
        JsonNode actions = app.get("cora", "/api/letters/" + letterId + "/plan").json().path("actions");
        assertThat(actions).hasSize(ACTIONS.size());
        for (JsonNode action : actions) {
            assertThat(action.path("updates")).as("updates of " + action.path("id").asText()).hasSize(1);
            assertThat(action.path("updates").get(0).path("revision").asInt()).isEqualTo(1);
            assertThat(action.path("updates").get(0).path("progress").asText()).doesNotContain("First try");
        }
        assertThat(actions.get(0).path("latestRag").asText()).isEqualTo("GREEN");
        assertThat(actions.get(0).path("latestPercentComplete").asInt()).isEqualTo(60);
        assertThat(actions.get(2).path("latestPercentComplete").asInt()).isEqualTo(100);

        // 4. the chair approves the one version; killed while its signed version is rendered
        complete("chris", task("chris", letterId, ProcessKeys.SCRUTINY_SIGN_OFF, null).orElseThrow(),
                "{\"decision\": \"APPROVED\"}");
        assertThat(app.killAtCrashPoint(CRASH)).as("killed with SIGKILL").isEqualTo(137);

        // 5. restarted undisturbed: the approval stands, the signing runs again by itself, and the cycle closes
        app = ChildApp.start(home, null, START);
        assertThat(task("chris", letterId, ProcessKeys.SCRUTINY_SIGN_OFF, null)).as("the approval stands").isEmpty();
        reports = awaitSigned(letterId);
        assertThat(reports.get(0).path("status").asText()).isEqualTo("APPROVED");
        assertThat(reports.get(0).path("signedVersion").asText()).isEqualTo(reports.get(1).path("id").asText());
        assertThat(reports.get(1).path("certifies").asText()).isEqualTo(draft.path("id").asText());
        assertThat(reports.get(1).path("certifiedSha256").asText()).isEqualTo(draft.path("sha256").asText());
        assertVerified(reports.get(0));
        assertVerified(reports.get(1));
    }

    /** Registers the Somerset letter, plans its three actions for owen, who accepts them, and starts a cycle. */
    private String livePlanInACycle() {
        ObjectNode letter = json.createObjectNode()
                .put("text", new String(Api.resource("/letters/somerset-2011-ucra-letter.txt"), StandardCharsets.UTF_8))
                .put("committee", COMMITTEE);
        ChildApp.Response registered = app.post("cora", "/api/letters", letter.toString());
        assertThat(registered.status()).as(new String(registered.body(), StandardCharsets.UTF_8)).isEqualTo(201);
        String letterId = registered.json().path("id").asText();

        complete("cora", task("cora", letterId, ProcessKeys.REVIEW_FINDINGS, null).orElseThrow(), "{\"confirmed\": true}");
        String draft = task("cora", letterId, ProcessKeys.DRAFT_ACTION_PLAN, null).orElseThrow();
        ArrayNode actions = (ArrayNode) app.get("cora", "/api/tasks/" + draft + "/form").json().path("values").path("actions");
        assertThat(actions).hasSize(ACTIONS.size());
        actions.forEach(action -> ((ObjectNode) action).put("owner", "owen"));
        ObjectNode plan = json.createObjectNode().put("committee", COMMITTEE).put("reportingInterval", "P1M");
        plan.set("actions", actions);
        complete("cora", draft, plan.toString());
        for (String action : ACTIONS) {
            complete("owen", task("owen", letterId, ProcessKeys.ACCEPT_ACTION, action).orElseThrow(), "{\"accepted\": true}");
        }
        // the plan goes live in a job a moment after the last acceptance; until then a cycle is refused (409)
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (app.post("cora", "/api/letters/" + letterId + "/plan/cycles", "{}").status() != 202) {
            assertThat(System.nanoTime()).as("the cycle starts once the plan is live").isLessThan(deadline);
            sleep(100);
        }
        for (String action : ACTIONS) {
            awaitTask("owen", letterId, ProcessKeys.SUBMIT_PROGRESS_UPDATE, action);
        }
        return letterId;
    }

    private String update(String progress, String rag, int percent, boolean completed) {
        return json.createObjectNode().put("progress", progress).put("rag", rag).put("ragReason", "Ahead of the schedule by our own measure.").put("percentComplete", percent)
                .put("completed", completed).toString();
    }

    private void complete(String user, String taskId, String body) {
        ChildApp.Response response = app.post(user, "/api/tasks/" + taskId + "/complete", body);
        assertThat(response.status()).as(user + " completes " + taskId + ": " + new String(response.body(), StandardCharsets.UTF_8))
                .isEqualTo(204);
    }

    private Optional<String> task(String user, String letterId, String key, String actionId) {
        JsonNode tasks = app.get(user, "/api/tasks").json();
        return StreamSupport.stream(tasks.spliterator(), false)
                .filter(t -> t.path("letterId").asText().equals(letterId) && t.path("key").asText().equals(key))
                .filter(t -> actionId == null || t.path("actionId").asText().equals(actionId))
                .map(t -> t.path("id").asText()).findFirst();
    }

    private void awaitTask(String user, String letterId, String key, String actionId) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (task(user, letterId, key, actionId).isEmpty()) {
            assertThat(System.nanoTime()).as(user + " has no " + key + " task for " + actionId).isLessThan(deadline);
            sleep(100);
        }
    }

    /** The letter's report versions once there are {@code count}: the signed one renders as a job after approval. */
    /**
     * The draft and its signed version once the draft records it. The killed run stored the signed version already,
     * so two versions alone do not say the retried signing has run.
     */
    private JsonNode awaitSigned(String letterId) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        for (JsonNode reports = reports(letterId); ; reports = reports(letterId)) {
            if (reports.size() >= 2 && reports.get(0).hasNonNull("signedVersion")) {
                assertThat(reports).hasSize(2);
                return reports;
            }
            assertThat(System.nanoTime()).as("report versions: " + reports).isLessThan(deadline);
            sleep(100);
        }
    }

    private JsonNode reports(String letterId) {
        ChildApp.Response response = app.get("chris", "/api/reports?letterId=" + letterId);
        assertThat(response.status()).isEqualTo(200);
        return response.json();
    }

    private byte[] pdf(JsonNode report) throws Exception {
        ChildApp.Response response = app.get("chris", "/api/reports/" + report.path("id").asText() + "/pdf");
        assertThat(response.status()).isEqualTo(200);
        String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(response.body()));
        assertThat(hash).as("the served PDF's hash").isEqualTo(report.path("sha256").asText());
        return response.body();
    }

    private void assertVerified(JsonNode report) {
        JsonNode verified = app.get("chris", "/api/reports/" + report.path("id").asText() + "/verify").json();
        assertThat(verified.path("matches").asBoolean()).as("stored PDF of " + report.path("id").asText() + ": " + verified)
                .isTrue();
    }

    /** The killed child never answered the request it died in. */
    private static void assertNoAnswer(CompletableFuture<HttpResponse<byte[]>> request) {
        assertThat(request).failsWithin(Duration.ofSeconds(30));
    }

    private static String text(byte[] pdf) throws IOException {
        try (var document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    private static void sleep(long millis) {
        try {
            TimeUnit.MILLISECONDS.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
