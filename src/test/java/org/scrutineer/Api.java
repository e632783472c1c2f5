package org.scrutineer;

import org.camunda.bpm.engine.ManagementService;
import org.scrutineer.workflow.ProcessKeys;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.StreamSupport;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.*;

/**
 * Our REST API as the demo users call it, over MockMvc and HTTP Basic (password = user id).
 *
 * @param jobs when given, the engine's due jobs (the report rendering a last update leads to) are run after each
 *             completion, as the job executor, which is off in tests, would run them moments later; when not, only
 *             the continuations after owners' tasks (asyncAfter) are run, as the workflow goes on by them alone
 */
public record Api(MockMvc mvc, ObjectMapper json, ManagementService jobs) {

    /**
     * A GET that gives a browser the webapps' CSRF cookie (XSRF-TOKEN), as their own pages would; those pages are
     * for administrators only, so a test signing a non-administrator in to the webapps' API starts here.
     */
    public static final String WEBAPP_XSRF_COOKIE = "/camunda/api/admin/auth/user/default";

    public Api(MockMvc mvc, ObjectMapper json) {
        this(mvc, json, null);
    }

    public record Response(int status, String contentType, byte[] body, ObjectMapper mapper) {
        public JsonNode json() {
            try {
                return mapper.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON: " + new String(body, StandardCharsets.UTF_8), e);
            }
        }
    }

    public Response call(String user, MockHttpServletRequestBuilder request) {
        try {
            MvcResult result = mvc.perform(request.with(httpBasic(user, user))).andReturn();
            var response = result.getResponse();
            return new Response(response.getStatus(), response.getContentType(), response.getContentAsByteArray(), json);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    public Response get(String user, String path) {
        return call(user, org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(path));
    }

    public Response postJson(String user, String path, String body) {
        return call(user, post(path).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    public Response upload(String user, String path, String filename, byte[] bytes, String committee) {
        var request = multipart(path).file(new MockMultipartFile("file", filename, "text/plain", bytes));
        if (committee != null) {
            request.param("committee", committee);
        }
        return call(user, request);
    }

    public Response complete(String user, String taskId, String body) {
        Response response = postJson(user, "/api/tasks/" + taskId + "/complete", body);
        if (jobs != null) {
            runDueJobs();
        } else {
            runContinuations();
        }
        return response;
    }

    /** The jobs that carry the workflow on after an owner's task, and only those: no rendering, no timers. */
    public void runContinuations() {
        ManagementService management = mvc.getDispatcherServlet().getWebApplicationContext().getBean(ManagementService.class);
        for (String task : List.of(ProcessKeys.ACCEPT_ACTION, ProcessKeys.SUBMIT_PROGRESS_UPDATE, ProcessKeys.REVISE_PROGRESS_UPDATE)) {
            management.createJobQuery().activityId(task).executable().list()
                    .forEach(job -> management.executeJob(job.getId()));
        }
    }

    /** Runs each job that is due now, and those they lead to; timers not yet due are left alone. */
    public void runDueJobs() {
        if (jobs == null) {
            return;
        }
        for (var due = jobs.createJobQuery().executable().list(); !due.isEmpty(); due = jobs.createJobQuery().executable().list()) {
            due.forEach(job -> jobs.executeJob(job.getId()));
        }
    }

    /** The id of the caller's open task on this letter with this key (and action, when given); fails when there is none. */
    public String task(String user, String letterId, String key, String actionId) {
        // the list is paged, and the tests' one context keeps every test's open tasks: read it page by page
        for (int page = 0; ; page++) {
            JsonNode tasks = get(user, "/api/tasks?size=200&page=" + page).json();
            var found = StreamSupport.stream(tasks.spliterator(), false)
                    .filter(t -> t.path("letterId").asText().equals(letterId))
                    .filter(t -> t.path("key").asText().equals(key))
                    .filter(t -> actionId == null || t.path("actionId").asText().equals(actionId))
                    .map(t -> t.path("id").asText()).findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            if (tasks.size() < 200) {
                throw new AssertionError(user + " has no open " + key + " task" + (actionId == null ? "" : " for "
                        + actionId) + " of letter " + letterId);
            }
        }
    }

    /**
     * The Somerset letter registered by cora, its findings confirmed, one action (A1, answering F13) drafted for
     * owen and accepted: a live plan, as most tests past the review need. Returns the letter's id.
     */
    public String liveSomersetPlan() {
        String letterId = draftedSomersetPlan();
        complete("owen", task("owen", letterId, ProcessKeys.ACCEPT_ACTION, "A1"), "{\"accepted\": true}");
        return letterId;
    }

    /** The Somerset letter registered by cora, its findings waiting for her review. Returns the letter's id. */
    public String somersetLetter() {
        return upload("cora", "/api/letters", "somerset.txt", resource("/letters/somerset-2011-ucra-letter.txt"), null)
                .json().path("id").asText();
    }

    /** The Somerset letter with one action (A1, answering F13) drafted for owen, waiting for him to accept it. */
    public String draftedSomersetPlan() {
        String letterId = somersetLetter();
        complete("cora", task("cora", letterId, ProcessKeys.REVIEW_FINDINGS, null), "{\"confirmed\": true}");
        complete("cora", task("cora", letterId, ProcessKeys.DRAFT_ACTION_PLAN, null), "{\"actions\": "
                + "[{\"findingIds\": \"F13\", \"title\": \"Record decisions\", \"owner\": \"owen\", \"dueDate\": \"2011-08-05\"}]}");
        return letterId;
    }

    /** The text of the letter's newest report version, as a reader copies it from the PDF, spaces collapsed. */
    public String newestReportText(String letterId) {
        try (var document = org.apache.pdfbox.Loader.loadPDF(newestReport(letterId, "pdf"))) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /** The newest report's editable Word copy as text, its tables' cells included, white space collapsed. */
    public String newestWordCopyText(String letterId) {
        try (var word = new org.apache.poi.xwpf.usermodel.XWPFDocument(
                new java.io.ByteArrayInputStream(newestReport(letterId, "docx")));
             var text = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(word)) {
            return text.getText().replaceAll("\\s+", " ");
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private byte[] newestReport(String letterId, String format) {
        JsonNode reports = get("chris", "/api/reports?letterId=" + letterId).json();
        return get("chris", "/api/reports/" + reports.get(reports.size() - 1).path("id").asText() + "/" + format).body();
    }

    public static byte[] resource(String path) {
        try (InputStream in = Api.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new AssertionError("no test resource " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

}
