package org.scrutineer.workflow;

import org.camunda.bpm.engine.ManagementService;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.scrutineer.Api;
import org.scrutineer.ScrutineerTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two reporting cycles through the API: the first report says it is the first; between cycles a coordinator
 * moves a due date; the second report lists what changed since the first was approved, and the approved
 * version's record is untouched by it.
 */
@ScrutineerTest
class ReportCyclesTests {

    private static final String COMMITTEE = "Children and Young People Scrutiny Committee";

    @Autowired
    MockMvc mvc;
    @Autowired
    ManagementService jobs;
    @Autowired
    ObjectMapper json;

    @Test
    void secondCycleReportListsChangesSinceTheFirstApprovedOne() throws Exception {
        Api api = new Api(mvc, json, jobs);
        String letterId = livePlan(api);

        // cycle 1
        assertThat(api.postJson("cora", "/api/letters/" + letterId + "/plan/cycles", "").status()).isEqualTo(202);
        update(api, letterId, "A1", "Template revised.", "GREEN", 40, false);
        update(api, letterId, "A2", "Pilot planned.", "GREEN", 20, false);
        update(api, letterId, "A3", "Monthly review agreed.", "AMBER", 30, false);
        JsonNode cycleOneDraft = reports(api, letterId).get(0);
        assertThat(text(pdf(api, cycleOneDraft))).contains("This is the first report on this action plan");
        assertThat(cycleOneDraft.path("supersedes").isNull()).isTrue();
        approve(api, letterId);

        JsonNode cycleOne = reports(api, letterId);
        JsonNode signed = cycleOne.get(1);
        assertThat(signed.path("supersedes").asText()).isEqualTo(cycleOneDraft.path("id").asText());
        assertThat(signed.path("actionStates")).hasSize(3);
        assertThat(signed.path("actionStates").get(0).path("rag").asText()).isEqualTo("GREEN");
        assertThat(signed.path("actionStates").get(0).path("percentComplete").asInt()).isEqualTo(40);
        assertThat(signed.path("actionStates")).isEqualTo(cycleOne.get(0).path("actionStates"));

        // between cycles the coordinator gives A2 more time; only coordinators may, and they must say when
        String a2Due = "/api/letters/" + letterId + "/plan/actions/A2/due-date";
        assertThat(api.call("owen", put(a2Due, "{\"dueDate\": \"2099-12-31\"}")).status()).isEqualTo(403);
        Api.Response missing = api.call("cora", put(a2Due, "{}"));
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().path("errors").get(0).path("field").asText()).isEqualTo("dueDate");
        long version = api.get("cora", "/api/letters/" + letterId + "/plan").json().path("version").asLong();
        JsonNode moved = api.call("cora", put(a2Due, "{\"dueDate\": \"2099-12-31\", \"version\": " + version + "}")).json();
        assertThat(moved.path("dueDate").asText()).isEqualTo("2099-12-31");
        String original = moved.path("originalDueDate").asText();
        assertThat(original).isNotBlank().isNotEqualTo("2099-12-31");
        String originalWords = day(LocalDate.parse(original));

        // cycle 2: A1 turns red, A3 is completed
        assertThat(api.postJson("cora", "/api/letters/" + letterId + "/plan/cycles", "").status()).isEqualTo(202);
        update(api, letterId, "A1", "Audit slipped.", "RED", 45, false);
        update(api, letterId, "A2", "Pilot running.", "GREEN", 60, false);
        update(api, letterId, "A3", "Reviews held monthly since June.", "GREEN", 100, true);
        JsonNode cycleTwoDraft = reports(api, letterId).get(2);
        assertThat(cycleTwoDraft.path("cycleNumber").asInt()).isEqualTo(2);
        assertThat(cycleTwoDraft.path("supersedes").isNull()).isTrue();
        String text = text(pdf(api, cycleTwoDraft));

        assertThat(text).doesNotContain("This is the first report");
        assertThat(text).contains("Compared with the approved report for reporting cycle 1");
        assertThat(text).containsSubsequence(
                "Newly completed (1)", "A3 ",
                "RAG rating changed (2)", "A1 ", "GREEN – On track RED – Off track",
                "A3 ", "AMBER – At risk GREEN – On track",
                "Due dates moved (1)", "A2 ", originalWords + " " + originalWords + " 31 December 2099",
                "New actions (0) None.");
        assertThat(text).contains("Original due " + originalWords + " Current due 31 December 2099 Moved from the original date");
        assertThat(text).contains("Completed Reported complete 1 33%");

        // the approved cycle-1 record is what it was
        JsonNode signedAgain = api.get("chris", "/api/reports/" + signed.path("id").asText()).json();
        assertThat(signedAgain).isEqualTo(signed);
    }

    /** The chair's list of actions to return is in the plan's order, A2 before A10, each title cut to a line. */
    @Test
    void theChairChoosesActionsToReturnInThePlansOrder() {
        Api api = new Api(mvc, json, jobs);
        String letterId = api.somersetLetter();
        api.complete("cora", api.task("cora", letterId, ProcessKeys.REVIEW_FINDINGS, null), "{\"confirmed\": true}");
        ArrayNode actions = json.createArrayNode();
        for (int i = 1; i <= 11; i++) {
            actions.addObject().put("findingIds", "F13").put("owner", "owen").put("dueDate", "2011-08-05")
                    .put("title", "Action number " + i + " " + "with a long title that goes on ".repeat(i == 10 ? 8 : 1));
        }
        ObjectNode plan = json.createObjectNode();
        plan.set("actions", actions);
        assertThat(api.complete("cora", api.task("cora", letterId, ProcessKeys.DRAFT_ACTION_PLAN, null), plan.toString())
                .status()).isEqualTo(204);
        for (int i = 1; i <= 11; i++) {
            api.complete("owen", api.task("owen", letterId, ProcessKeys.ACCEPT_ACTION, "A" + i), "{\"accepted\": true}");
        }
        assertThat(api.postJson("cora", "/api/letters/" + letterId + "/plan/cycles", "").status()).isEqualTo(202);
        for (int i = 1; i <= 11; i++) {
            update(api, letterId, "A" + i, "Begun.", "RED", 10, false);
        }

        String signOff = api.task("chris", letterId, ProcessKeys.SCRUTINY_SIGN_OFF, null);
        JsonNode choices = api.get("chris", "/api/tasks/" + signOff + "/form").json().path("values").path("actionChoices");

        assertThat(choices.findValuesAsText("value")).containsExactly("A1", "A2", "A3", "A4", "A5", "A6", "A7", "A8",
                "A9", "A10", "A11");
        assertThat(choices.get(9).path("label").asText()).startsWith("A10 – Action number 10 with a long title").endsWith("…")
                .hasSizeLessThanOrEqualTo(101);
    }

    private String livePlan(Api api) {
        String letterId = api.upload("cora", "/api/letters", "somerset-2011-ucra-letter.txt",
                Api.resource("/letters/somerset-2011-ucra-letter.txt"), COMMITTEE).json().path("id").asText();
        api.complete("cora", api.task("cora", letterId, ProcessKeys.REVIEW_FINDINGS, null), "{\"confirmed\": true}");
        String draft = api.task("cora", letterId, ProcessKeys.DRAFT_ACTION_PLAN, null);
        ArrayNode actions = (ArrayNode) api.get("cora", "/api/tasks/" + draft + "/form").json()
                .path("values").path("actions");
        actions.forEach(a -> ((ObjectNode) a).put("owner", "owen"));
        ObjectNode plan = json.createObjectNode().put("committee", COMMITTEE).put("reportingInterval", "P1M");
        plan.set("actions", actions);
        assertThat(api.complete("cora", draft, plan.toString()).status()).isEqualTo(204);
        for (String action : new String[] {"A1", "A2", "A3"}) {
            api.complete("owen", api.task("owen", letterId, ProcessKeys.ACCEPT_ACTION, action), "{\"accepted\": true}");
        }
        return letterId;
    }

    private static void update(Api api, String letterId, String actionId, String progress, String rag, int percent,
                               boolean completed) {
        String task = api.task("owen", letterId, ProcessKeys.SUBMIT_PROGRESS_UPDATE, actionId);
        String body = "{\"progress\": \"" + progress + "\", \"rag\": \"" + rag + "\", \"percentComplete\": " + percent
                + ", \"completed\": " + completed + "}";
        assertThat(api.complete("owen", task, body).status()).isEqualTo(204);
    }

    private static void approve(Api api, String letterId) {
        String signOff = api.task("chris", letterId, ProcessKeys.SCRUTINY_SIGN_OFF, null);
        assertThat(api.complete("chris", signOff, "{\"decision\": \"APPROVED\"}").status()).isEqualTo(204);
    }

    private static JsonNode reports(Api api, String letterId) {
        return api.get("chris", "/api/reports?letterId=" + letterId).json();
    }

    private static MockHttpServletRequestBuilder put(String path, String body) {
        return MockMvcRequestBuilders.put(path).contentType(MediaType.APPLICATION_JSON).content(body);
    }

    private static byte[] pdf(Api api, JsonNode report) {
        return api.get("chris", "/api/reports/" + report.path("id").asText() + "/pdf").body();
    }

    private static String day(LocalDate date) {
        return date.format(DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK));
    }

    private static String text(byte[] pdf) throws IOException {
        try (var document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }
}
