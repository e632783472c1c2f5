package org.scrutineer.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.lowagie.text.Document;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.scrutineer.Api;
import org.scrutineer.ScrutineerTest;
import org.scrutineer.letter.HostilePdfs;
import org.scrutineer.workflow.ProcessKeys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A corpus of malformed and hostile inputs, generated here, against every endpoint that takes input: each must get
 * a 4xx problem that says what was wrong, store nothing (no document, no process, no completed task), and leave the
 * server answering the next valid request.
 */
@ScrutineerTest
class MalformedInputTests {

    private static final String OPERATOR = "{\"$gt\": \"\"}";
    private static final List<String> BROKEN_JSON = List.of("", "{", "}", "[", "[]", "nul", "\"just a string\"", "42",
            "{\"text\":", "{\"text\": \"x\"", "{'text': 'x'}", "{\"text\": \"x\",}", "{text: \"x\"}", "<letter/>",
            "{\"text\": \"\\u0000\\uZZZZ\"}", "{\"a\":{\"a\":{\"a\":{\"a\":" + "[".repeat(2000));
    private static final List<String> HOSTILE_VALUES = List.of(OPERATOR, "{\"$where\": \"sleep(5000)\"}",
            "{\"$ne\": null}", "[\"$in\", 1]", "{\"$regex\": \".*\"}", "1e309", "-1", "true", "[]", "{}", "null",
            "\"" + "\\u0000".repeat(10) + "\"", "12345678901234567890123");

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    HistoryService history;

    private record Input(String user, String label, Supplier<MockHttpServletRequestBuilder> request) {
    }

    @Test
    void twoHundredMalformedInputsAreRefusedWithAProblemAndChangeNothing() throws IOException {
        Api api = new Api(mvc, json);
        // a letter whose review is open, and one whose plan is live with owen's progress update open
        String reviewing = api.postJson("cora", "/api/letters", "{\"text\": " + json.writeValueAsString(
                new String(Api.resource("/letters/rotherham-2011-ucra-letter.txt"), StandardCharsets.UTF_8)) + "}")
                .json().path("id").asText();
        String review = api.task("cora", reviewing, ProcessKeys.REVIEW_FINDINGS, null);
        String live = api.liveSomersetPlan();
        api.postJson("cora", "/api/letters/" + live + "/plan/cycles", "");
        String update = api.task("owen", live, ProcessKeys.SUBMIT_PROGRESS_UPDATE, "A1");
        // and one whose plan is being drafted
        String drafting = api.upload("cora", "/api/letters", "somerset.txt", Api.resource("/letters/somerset-2011-ucra-letter.txt"),
                null).json().path("id").asText();
        api.complete("cora", api.task("cora", drafting, ProcessKeys.REVIEW_FINDINGS, null), "{\"confirmed\": true}");
        String draft = api.task("cora", drafting, ProcessKeys.DRAFT_ACTION_PLAN, null);
        long planVersion = api.get("cora", "/api/letters/" + live + "/plan").json().path("version").asLong();

        List<Input> corpus = new ArrayList<>();
        String completeReview = "/api/tasks/" + review + "/complete";
        String completeUpdate = "/api/tasks/" + update + "/complete";
        String dueDate = "/api/letters/" + live + "/plan/actions/A1/due-date";
        String cycles = "/api/letters/" + live + "/plan/cycles";
        for (String body : BROKEN_JSON) {
            corpus.add(json("cora", "/api/letters", body));
            corpus.add(json("cora", "/api/letters/extract", body));
            corpus.add(json("cora", completeReview, body));
            corpus.add(json("owen", completeUpdate, body));
            corpus.add(json("cora", dueDate, body, true));
        }
        for (String value : HOSTILE_VALUES) {
            corpus.add(json("cora", "/api/letters", "{\"text\": " + value + "}"));
            if (!value.equals("null")) { // a letter may name no committee
                corpus.add(json("cora", "/api/letters", "{\"text\": \"Dear Sir\", \"committee\": " + value + "}"));
            }
            corpus.add(json("cora", "/api/letters/extract", "{\"text\": " + value + "}"));
            corpus.add(json("owen", completeUpdate, "{\"progress\": \"Begun.\", \"rag\": " + value + "}"));
            corpus.add(json("owen", completeUpdate, "{\"progress\": " + value + ", \"rag\": \"RED\"}"));
            if (!value.equals("null")) { // % complete is optional
                corpus.add(json("owen", completeUpdate, "{\"progress\": \"Begun.\", \"rag\": \"RED\", \"percentComplete\": "
                        + (value.equals("-1") ? "101" : value) + "}"));
            }
            corpus.add(json("cora", completeReview, "{\"confirmed\": true, \"findings\": [{\"section\": " + value
                    + ", \"text\": \"x\"}]}"));
            corpus.add(json("cora", dueDate, "{\"dueDate\": " + value + "}", true));
            corpus.add(json("cora", cycles, "{\"meetingDate\": " + value + "}"));
        }
        // operators and unknown fields where a body is otherwise right
        for (String field : List.of("$where", "$set", "$gt", "id", "admin", "findings", "status", "_class")) {
            corpus.add(json("cora", "/api/letters", "{\"text\": \"Dear Sir\", \"" + field + "\": 1}"));
            corpus.add(json("owen", completeUpdate, "{\"progress\": \"Begun.\", \"rag\": \"RED\", \"" + field + "\": 1}"));
        }
        // values out of their form's rules
        corpus.add(json("owen", completeUpdate, "{\"rag\": \"RED\"}"));
        corpus.add(json("owen", completeUpdate, "{\"progress\": \"   \", \"rag\": \"RED\"}"));
        corpus.add(json("owen", completeUpdate, "{\"progress\": \"" + "x".repeat(20_001) + "\", \"rag\": \"RED\"}"));
        corpus.add(json("owen", completeUpdate, "{\"progress\": \"Begun.\", \"rag\": \"red\"}"));
        corpus.add(json("cora", completeReview, "{\"confirmed\": \"yes\"}"));
        corpus.add(json("cora", completeReview, "{\"findings\": \"all of them\"}"));
        corpus.add(json("cora", completeReview, "{\"findings\": [{\"section\": \"bogus\", \"text\": \"x\"}]}"));
        corpus.add(json("cora", completeReview, "{\"findings\": [{\"section\": \"strength\"}]}"));
        corpus.add(json("cora", completeReview, "{\"findings\": [{\"section\": \"strength\", \"text\": \"" + "y".repeat(20_001) + "\"}]}"));
        corpus.add(json("cora", "/api/letters", "{\"text\": \"" + "z".repeat(2_000_001) + "\"}"));
        // bodies past the 21 MB upload limit, values past Jackson's 20,000,000 characters, nesting past its 1,000
        String pastTheLimit = "x".repeat(25_000_000);
        String pastJackson = "y".repeat(20_000_001);
        corpus.add(json("cora", "/api/letters", "{\"text\": \"" + pastTheLimit + "\"}"));
        corpus.add(json("owen", completeUpdate, "{\"progress\": \"" + pastTheLimit + "\", \"rag\": \"RED\"}"));
        corpus.add(json("cora", "/api/letters", "{\"text\": \"" + pastJackson + "\"}"));
        corpus.add(json("cora", completeReview, "{\"confirmed\": true, \"findings\": [{\"section\": \"strength\", \"text\": \""
                + pastJackson + "\"}]}"));
        corpus.add(json("owen", completeUpdate, "{\"progress\": \"Begun.\", \"rag\": \"RED\", \"evidence\": " + nested(2_500) + "}"));
        corpus.add(json("cora", completeReview, "{\"findings\": [{\"section\": " + "{\"a\": ".repeat(2_500) + "1"
                + "}".repeat(2_500) + "}]}"));
        corpus.add(json("owen", completeUpdate, "{\"progress\": " + nested(999) + ", \"rag\": \"RED\"}"));
        corpus.add(json("cora", "/api/letters", "{\"text\": \"Dear Sir\", \"committee\": \"" + "c".repeat(201) + "\"}"));
        corpus.add(json("cora", "/api/letters", "{\"text\": \"   \"}"));
        corpus.add(json("cora", dueDate, "{\"dueDate\": \"2011-13-45\"}", true));
        corpus.add(json("cora", dueDate, "{\"dueDate\": \"next Tuesday\"}", true));
        corpus.add(json("cora", "/api/letters/" + live + "/plan/actions/A99/due-date", "{\"dueDate\": \"2012-01-01\"}", true));
        corpus.add(json("cora", "/api/letters/no-such-letter/plan/cycles", "{}"));
        corpus.add(json("cora", cycles, "{\"meetingDate\": \"31/12/2026\"}"));
        // dates outside 2000-01-01..2100-12-31 wherever a date is asked for, past year 9999 and year 0 among them
        String completeDraft = "/api/tasks/" + draft + "/complete";
        for (String date : List.of("1999-12-31", "2101-01-01", "0000-01-01", "9999-12-31", "+10000-01-01",
                "-0001-01-01", "+999999999-12-31", "10000-01-01")) {
            corpus.add(json("cora", cycles, "{\"meetingDate\": \"" + date + "\"}"));
            corpus.add(json("cora", dueDate, "{\"dueDate\": \"" + date + "\", \"version\": " + planVersion + "}", true));
            corpus.add(json("cora", completeDraft, "{\"actions\": [{\"findingIds\": \"F13\", \"title\": \"x\", "
                    + "\"owner\": \"owen\", \"dueDate\": \"" + date + "\"}]}"));
        }
        // reporting intervals outside a week..a year: P999999999Y made the timer fire at once
        for (String interval : List.of("P999999999Y", "P6D", "P0D", "P1Y1D", "P13M", "P400D", "P99999999999999999999D",
                "P1W2", "-P1M", "PT1H")) {
            corpus.add(json("cora", completeDraft, "{\"actions\": [{\"findingIds\": \"F13\", \"title\": \"x\", "
                    + "\"owner\": \"owen\", \"dueDate\": \"2011-08-05\"}], \"reportingInterval\": \"" + interval + "\"}"));
        }
        // more actions than a plan has, more findings than a letter has
        corpus.add(json("cora", completeDraft, "{\"actions\": [" + String.join(",", java.util.Collections.nCopies(501,
                "{\"findingIds\": \"F13\", \"title\": \"x\", \"owner\": \"owen\", \"dueDate\": \"2011-08-05\"}")) + "]}"));
        corpus.add(json("cora", completeDraft, "{\"actions\": [" + String.join(",", java.util.Collections.nCopies(3000,
                "{\"findingIds\": \"F13\", \"title\": \"x\", \"owner\": \"owen\", \"dueDate\": \"2011-08-05\"}")) + "]}"));
        corpus.add(json("cora", completeReview, "{\"confirmed\": true, \"findings\": [" + String.join(",",
                java.util.Collections.nCopies(1001, "{\"section\": \"strength\", \"text\": \"x\"}")) + "]}"));
        StringBuilder manyFindings = new StringBuilder("Dear Mrs Goll\n\nAnnual unannounced inspection of Somerset County"
                + " Council children's services\n\nStrengths\n\n");
        for (int i = 0; i < 1_001; i++) {
            manyFindings.append("= Managers in team ").append(i).append(" support contact and referral well.\n\n");
        }
        corpus.add(json("cora", "/api/letters", "{\"text\": " + json.writeValueAsString(manyFindings.toString()) + "}"));
        corpus.add(upload("cora", "/api/letters", "many-findings.txt", manyFindings.toString().getBytes(StandardCharsets.UTF_8)));
        // a key given twice, wherever JSON is read
        corpus.add(json("cora", "/api/letters", "{\"text\": \"Dear Sir\", \"text\": \"Dear Madam\"}"));
        corpus.add(json("cora", "/api/letters/extract", "{\"text\": \"Dear Sir\", \"text\": \"Dear Madam\"}"));
        corpus.add(json("cora", completeReview, "{\"confirmed\": false, \"confirmed\": true}"));
        corpus.add(json("owen", completeUpdate, "{\"progress\": \"Begun.\", \"rag\": \"RED\", \"rag\": \"GREEN\"}"));
        corpus.add(json("cora", completeDraft, "{\"actions\": [{\"findingIds\": \"F13\", \"title\": \"x\", \"title\": \"y\", "
                + "\"owner\": \"owen\", \"dueDate\": \"2011-08-05\"}]}"));
        corpus.add(json("cora", dueDate, "{\"dueDate\": \"2012-01-01\", \"dueDate\": \"2013-01-01\", \"version\": "
                + planVersion + "}", true));
        corpus.add(json("cora", cycles, "{\"meetingDate\": \"2026-12-10\", \"meetingDate\": \"2026-12-11\"}"));
        // numbers written as text, or with a fraction where a whole number belongs
        for (String version : List.of("\"" + planVersion + "\"", planVersion + ".5", "true", planVersion + "e-7")) {
            corpus.add(json("cora", dueDate, "{\"dueDate\": \"2012-01-01\", \"version\": " + version + "}", true));
        }
        for (String percent : List.of("50.5", "1e-7", "99.999", "\"50\"")) {
            corpus.add(json("owen", completeUpdate, "{\"progress\": \"Begun.\", \"rag\": \"RED\", \"percentComplete\": "
                    + percent + "}"));
        }
        // pages out of range, on every list
        for (String list : List.of("/api/letters?", "/api/tasks?", "/api/reports?letterId=" + live + "&",
                "/api/letters/" + live + "/audit?")) {
            for (String range : List.of("size=0", "size=201", "page=-1", "size=x", "page=99999999", "size=1e2",
                    "size=2&size=3", "page=1&page=2")) {
                corpus.add(new Input("cora", "GET " + list + range, () -> get(list + range)));
            }
        }
        // addresses Camunda's webapps failed on with a 500, and the error page asked for directly
        for (String path : List.of("/camunda/app/nope/x", "/camunda/app/nope/default/", "/camunda/app/tasklist/nope/",
                "/camunda/app/tasklist/nope", "/camunda/app/cockpit/nope/", "/camunda/app/admin/nope/index.html",
                "/camunda/app/welcome/x/", "/error")) {
            corpus.add(new Input("cora", "GET " + path, () -> get(path)));
            corpus.add(new Input(null, "GET " + path + " signed out", () -> get(path)));
        }
        corpus.add(new Input("cora", "POST /error", () -> post("/error").contentType(MediaType.APPLICATION_JSON).content("{}")));
        // files that are not letters we can read, and PDFs built to exhaust the reader: the one only the time limit
        // stops goes once, as it takes that long
        Map<String, byte[]> files = files();
        files.putAll(HostilePdfs.all());
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            corpus.add(upload("cora", "/api/letters", file.getKey(), file.getValue()));
            if (!file.getKey().equals(HostilePdfs.ENDLESS)) {
                corpus.add(upload("cora", "/api/letters/extract", file.getKey(), file.getValue()));
            }
        }
        corpus.add(new Input("cora", "upload under the wrong part name", () -> multipart("/api/letters")
                .file(new MockMultipartFile("letter", "letter.txt", "text/plain", "Dear Sir".getBytes()))));
        corpus.add(new Input("cora", "a letter as XML", () -> post("/api/letters")
                .contentType(MediaType.APPLICATION_XML).content("<letter>Dear Sir</letter>")));
        corpus.add(new Input("cora", "a letter as a form post", () -> post("/api/letters")
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).content("text=Dear+Sir")));
        // ids and queries that are not ids, and methods the API does not have
        for (String id : List.of("%7B%22%24gt%22%3A%22%22%7D", "..%2F..%2Fetc", "null", "undefined", "*", "%24where",
                "a".repeat(3000), "F1%00", "%20")) {
            corpus.add(new Input("cora", "letter id " + id, () -> get("/api/letters/" + id)));
            corpus.add(new Input("cora", "report id " + id, () -> get("/api/reports/" + id)));
            corpus.add(new Input("cora", "task id " + id, () -> get("/api/tasks/" + id + "/form")));
            corpus.add(new Input("cora", "plan of letter " + id, () -> get("/api/letters/" + id + "/plan")));
        }
        corpus.add(new Input("cora", "reports with no letter", () -> get("/api/reports")));
        corpus.add(new Input("cora", "reports by operator", () -> get("/api/reports?letterId[$ne]=x")));
        corpus.add(new Input("cora", "delete a letter", () -> delete("/api/letters/" + live)));
        corpus.add(new Input("cora", "patch a letter", () -> patch("/api/letters/" + live).contentType(MediaType.APPLICATION_JSON).content("{}")));
        corpus.add(new Input("cora", "put the letters", () -> put("/api/letters").contentType(MediaType.APPLICATION_JSON).content("{}")));
        corpus.add(new Input("cora", "delete a plan", () -> delete("/api/letters/" + live + "/plan")));
        corpus.add(new Input("owen", "delete a task", () -> delete("/api/tasks/" + update)));

        assertThat(corpus).hasSizeGreaterThanOrEqualTo(200);
        Map<String, Long> before = stored();
        List<String> wrong = new ArrayList<>();
        for (Input input : corpus) {
            Api.Response response = input.user() == null ? anonymous(input.request().get()) : api.call(input.user(), input.request().get());
            String problem = problemAt(response);
            if (problem != null) {
                wrong.add(input.label() + " -> " + response.status() + ": " + problem);
            }
            Map<String, Long> after = stored();
            if (!after.equals(before)) {
                wrong.add(input.label() + " changed what is stored: " + before + " -> " + after);
                before = after;
            }
            if (api.get("cora", "/api/tasks").status() != 200) {
                wrong.add("the server stopped answering after " + input.label());
            }
        }
        assertThat(wrong).as("inputs answered wrongly, of " + corpus.size()).isEmpty();
        assertThat(tasks.createTaskQuery().taskId(review).count()).isOne();
        assertThat(tasks.createTaskQuery().taskId(update).count()).isOne();
        assertThat(tasks.createTaskQuery().taskId(draft).count()).isOne();
        // and the same task still takes a valid submission, and a PDF letter is still read
        assertThat(api.complete("owen", update, "{\"progress\": \"Begun.\", \"rag\": \"RED\"}").status()).isEqualTo(204);
        Api.Response letter = api.upload("cora", "/api/letters/extract", "letter.pdf", pdf(1, "Dear Councillor Smith"), null);
        assertThat(letter.status()).as(new String(letter.body(), StandardCharsets.UTF_8)).isEqualTo(200);
    }

    /**
     * A number is read as written: the plan's version as text ({@code "8"}) or with a fraction, and a percentage that
     * is not whole (50.5, 1e-7), are refused naming the field, where they were read as 8, 7 and 50 and 0.
     */
    @Test
    void aWholeNumberIsNeverMadeFromTextOrAFraction() throws IOException {
        Api api = new Api(mvc, json);
        String live = api.liveSomersetPlan();
        String dueDate = "/api/letters/" + live + "/plan/actions/A1/due-date";
        long version = api.get("cora", "/api/letters/" + live + "/plan").json().path("version").asLong();
        for (String written : List.of("\"" + version + "\"", version + ".5", version + ".0", "true")) {
            Api.Response refused = api.call("cora", put(dueDate).contentType(MediaType.APPLICATION_JSON)
                    .content("{\"dueDate\": \"2012-03-30\", \"version\": " + written + "}"));
            assertThat(refused.status()).as(written).isEqualTo(400);
            assertThat(problemAt(refused)).as(written).isNull();
            assertThat(refused.json().path("detail").asText()).as(written).contains("version");
        }
        assertThat(api.get("cora", "/api/letters/" + live + "/plan").json().path("version").asLong()).isEqualTo(version);
        assertThat(api.call("cora", put(dueDate).contentType(MediaType.APPLICATION_JSON)
                .content("{\"dueDate\": \"2012-03-30\", \"version\": " + version + "}")).status()).isEqualTo(200);

        api.postJson("cora", "/api/letters/" + live + "/plan/cycles", "");
        String update = api.task("owen", live, ProcessKeys.SUBMIT_PROGRESS_UPDATE, "A1");
        for (String percent : List.of("50.5", "1e-7", "99.999")) {
            Api.Response refused = api.complete("owen", update, "{\"progress\": \"Begun.\", \"rag\": \"RED\", "
                    + "\"percentComplete\": " + percent + "}");
            assertThat(refused.status()).as(percent).isEqualTo(400);
            assertThat(problemAt(refused)).as(percent).isNull();
            assertThat(refused.json().path("errors").toString()).as(percent)
                    .contains("percentComplete", "must be a whole number from 0 to 100");
        }
        assertThat(mongo.getCollection("progressUpdates").countDocuments(new org.bson.Document("letterId", live))).isZero();
        assertThat(api.complete("owen", update, "{\"progress\": \"Begun.\", \"rag\": \"RED\", \"percentComplete\": 50}")
                .status()).isEqualTo(204);
        assertThat(mongo.getCollection("progressUpdates").find(new org.bson.Document("letterId", live)).first()
                .get("percentComplete")).isEqualTo(50);
    }

    private Api.Response anonymous(MockHttpServletRequestBuilder request) {
        try {
            var response = mvc.perform(request).andReturn().getResponse();
            return new Api.Response(response.getStatus(), response.getContentType(), response.getContentAsByteArray(), json);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** What a refusal must look like; {@literal null} when it does. */
    private String problemAt(Api.Response response) {
        if (response.status() < 400 || response.status() >= 500) {
            return "not a 4xx";
        }
        if (response.contentType() == null
                || !MediaType.parseMediaType(response.contentType()).isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)) {
            return "not a problem document but " + response.contentType();
        }
        var problem = response.json();
        if (problem.path("status").asInt() != response.status() || problem.path("title").asText().isBlank()
                || problem.path("detail").asText().isBlank()) {
            return "a problem without status, title or detail: " + problem;
        }
        return null;
    }

    /** Documents in every collection, and the engine's process instances, open tasks and finished tasks. */
    private Map<String, Long> stored() {
        Map<String, Long> counts = new TreeMap<>();
        for (String collection : mongo.getCollectionNames()) {
            counts.put(collection, mongo.getCollection(collection).countDocuments());
        }
        counts.put("engine:processInstances", runtime.createProcessInstanceQuery().count());
        counts.put("engine:openTasks", tasks.createTaskQuery().count());
        counts.put("engine:finishedTasks", history.createHistoricTaskInstanceQuery().finished().count());
        return counts;
    }

    private static Input json(String user, String path, String body) {
        return json(user, path, body, false);
    }

    private static Input json(String user, String path, String body, boolean put) {
        String label = (put ? "PUT " : "POST ") + path + " " + (body.length() > 60 ? body.substring(0, 60) + "…" : body);
        return new Input(user, label, () -> (put ? put(path) : post(path)).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private static Input upload(String user, String path, String name, byte[] bytes) {
        return new Input(user, "upload " + name + " to " + path,
                () -> multipart(path).file(new MockMultipartFile("file", name, "application/octet-stream", bytes)));
    }

    /** Files of every kind we must refuse: empty, truncated, corrupt, locked, not a letter, or built to exhaust. */
    private static Map<String, byte[]> files() throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        byte[] pdf = Api.resource("/letters/wakefield-2018-focused-visit.pdf");
        files.put("empty.pdf", new byte[0]);
        files.put("truncated.pdf", Arrays.copyOf(pdf, 1500));
        files.put("header-only.pdf", "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII));
        byte[] corrupt = pdf.clone();
        new Random(7).ints(4000, 200, corrupt.length).forEach(i -> corrupt[i] = (byte) (corrupt[i] ^ 0x5A));
        files.put("corrupt.pdf", corrupt);
        files.put("scan.pdf", pdf(1, null));
        files.put("too-many-pages.pdf", pdf(201, "Page"));
        files.put("image.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'});
        files.put("image.jpg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F'});
        files.put("program.exe", new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0});
        files.put("archive.zip", zip("notes.txt", "not a Word document".getBytes()));
        files.put("bomb.docx", zip("word/document.xml", new byte[100_000_000], "[Content_Types].xml"));
        files.put("truncated.docx", Arrays.copyOf(zip("word/document.xml", "<w:document/>".getBytes()), 40));
        files.put("binary.txt", new byte[] {0, 1, 2, 3, 0, 0, 0, 7, 8, 0, 0, 11, 0});
        Random random = new Random(42);
        for (int i = 0; i < 5; i++) {
            byte[] noise = new byte[256 + random.nextInt(4096)];
            random.nextBytes(noise);
            noise[0] = 0;
            files.put("noise-" + i + ".bin", noise);
        }
        return files;
    }

    /** A JSON array holding an array, and so on, {@code depth} deep. */
    private static String nested(int depth) {
        return "[".repeat(depth) + "]".repeat(depth);
    }

    private static byte[] pdf(int pages, String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document();
        PdfWriter.getInstance(document, out);
        document.open();
        for (int i = 0; i < pages; i++) {
            if (i > 0) {
                document.newPage();
            }
            document.add(text == null ? new Paragraph(" ") : new Paragraph(text + " " + (i + 1)));
        }
        document.close();
        return out.toByteArray();
    }

    private static byte[] zip(String entry, byte[] content, String... alsoEmpty) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (String name : alsoEmpty) {
                zip.putNextEntry(new ZipEntry(name));
                zip.closeEntry();
            }
            zip.putNextEntry(new ZipEntry(entry));
            zip.write(content);
            zip.closeEntry();
        }
        return out.toByteArray();
    }
}
