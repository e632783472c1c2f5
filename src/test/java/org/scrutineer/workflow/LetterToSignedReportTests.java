package org.scrutineer.workflow;

import org.camunda.bpm.engine.ManagementService;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.pdfbox.Loader;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;

import java.io.ByteArrayInputStream;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.scrutineer.Api;
import org.scrutineer.ScrutineerTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import java.io.IOException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole path through the REST API with the Somerset letter, as the demo users walk it: register, review,
 * draft three actions for two owners, accept (one declined and reassigned), run a cycle, report progress,
 * the chair returns the report, the owner revises, the chair approves.
 */
@ScrutineerTest
class LetterToSignedReportTests {

    private static final String COMMITTEE = "Children and Young People Scrutiny Committee";

    @Autowired
    MockMvc mvc;
    @Autowired
    ManagementService jobs;
    @Autowired
    ObjectMapper json;
    @Autowired
    org.camunda.bpm.engine.TaskService tasks;

    @Test
    void somersetLetterToApprovedReport() throws Exception {
        Api api = new Api(mvc, json, jobs);

        Api.Response registered = api.upload("cora", "/api/letters", "somerset-2011-ucra-letter.txt",
                Api.resource("/letters/somerset-2011-ucra-letter.txt"), COMMITTEE);
        assertThat(registered.status()).isEqualTo(201);
        JsonNode letter = registered.json();
        String letterId = letter.path("id").asText();
        assertThat(letter.path("processInstanceId").asText()).isNotBlank();
        assertThat(letter.path("authority").asText()).isEqualTo("Somerset County Council");
        assertThat(letter.path("signatory").asText()).isEqualTo("Martin Ayres");
        assertThat(letter.path("findings")).hasSize(15);
        assertThat(letter.path("findings").get(12).path("section").asText()).isEqualTo("area_for_development");

        // review: the form shows each finding with where it was read from; cora rewords one, makes one context and
        // adds one that was missed
        String review = api.task("cora", letterId, ProcessKeys.REVIEW_FINDINGS, null);
        ArrayNode findings = (ArrayNode) api.get("cora", "/api/tasks/" + review + "/form").json().path("values").path("findings");
        assertThat(findings).hasSize(15);
        // a text letter has no pages to say where a finding sits (the letter's page quotes it in its context)
        assertThat(letter.path("findings").get(0).path("source").path("page").isNull()).isTrue();
        assertThat(findings.get(0).path("source").asText()).isEmpty();
        ((ObjectNode) findings.get(0)).put("text", "Somerset Direct is an outstanding central point for contacts.");
        ((ObjectNode) findings.get(1)).put("section", "narrative");
        findings.addObject().put("section", "strength").put("text", "Staff are proud of their work.");
        ObjectNode reviewed = json.createObjectNode().put("confirmed", true);
        reviewed.set("findings", findings);
        assertThat(api.complete("cora", review, reviewed.toString()).status()).isEqualTo(204);
        JsonNode confirmed = api.get("cora", "/api/letters/" + letterId).json().path("findings");
        assertThat(confirmed).hasSize(16);
        assertThat(confirmed.get(0).path("text").asText()).startsWith("Somerset Direct is an outstanding");
        assertThat(confirmed.get(0).path("source")).as("kept from the reading").isEqualTo(letter.path("findings").get(0).path("source"));
        assertThat(confirmed.get(1).path("section").asText()).isEqualTo("narrative");
        assertThat(confirmed.get(15).path("id").asText()).isEqualTo("F16");
        assertThat(confirmed.get(15).path("source").isNull()).as("added by a person").isTrue();

        // draft: the form is pre-filled with one action per area for development
        String draft = api.task("cora", letterId, ProcessKeys.DRAFT_ACTION_PLAN, null);
        JsonNode form = api.get("cora", "/api/tasks/" + draft + "/form").json();
        ArrayNode actions = (ArrayNode) form.path("values").path("actions");
        assertThat(actions).hasSize(3);
        assertThat(actions.get(0).path("findingIds").asText()).isEqualTo("F13");
        // each proposal is titled with its finding's first sentence, with its full stop; a later sentence goes to
        // the description only when it asks something more (F15's second is a remark, quoted with the finding)
        assertThat(actions.get(2).path("title").asText())
                .isEqualTo("Work pressures remain within ‘Somerset Direct’ and across the areas.");
        assertThat(actions.get(2).path("description").asText()).isEmpty();
        assertThat(actions.get(0).path("title").asText()).startsWith("Further work is needed").endsWith("contingency plans.");
        assertThat(actions.get(0).path("description").asText()).isEmpty();
        List<String> owners = List.of("owen", "olive", "owen");
        for (int i = 0; i < 3; i++) {
            ((ObjectNode) actions.get(i)).put("owner", owners.get(i));
        }
        // A1 is brought in already late, so the schedule rates it below its owner
        ((ObjectNode) actions.get(0)).put("dueDate", "2026-06-30");
        ObjectNode plan = json.createObjectNode().put("committee", COMMITTEE).put("reportingInterval", "P1M");
        plan.set("actions", actions);
        assertThat(api.complete("cora", draft, plan.toString()).status()).isEqualTo(204);

        // accept: olive declines A2, it is reassigned to owen, who accepts
        assertThat(api.complete("owen", api.task("owen", letterId, ProcessKeys.ACCEPT_ACTION, "A1"), "{\"accepted\": true}").status()).isEqualTo(204);
        assertThat(api.complete("owen", api.task("owen", letterId, ProcessKeys.ACCEPT_ACTION, "A3"), "{\"accepted\": true}").status()).isEqualTo(204);
        assertThat(api.complete("olive", api.task("olive", letterId, ProcessKeys.ACCEPT_ACTION, "A2"),
                "{\"accepted\": false, \"reason\": \"Supervision sits with the workforce team\"}").status()).isEqualTo(204);
        String reassign = api.task("cora", letterId, ProcessKeys.REASSIGN_ACTION, "A2");
        // the coordinator reads who declined by name, as everywhere else, and why
        JsonNode declined = api.get("cora", "/api/tasks/" + reassign + "/form").json().path("values");
        assertThat(declined.path("previousOwner").asText()).isEqualTo("Olive Owner");
        assertThat(declined.path("declineReason").asText()).isEqualTo("Supervision sits with the workforce team");
        assertThat(api.complete("cora", reassign, "{\"owner\": \"owen\"}").status()).isEqualTo(204);
        assertThat(api.complete("owen", api.task("owen", letterId, ProcessKeys.ACCEPT_ACTION, "A2"), "{\"accepted\": true}").status()).isEqualTo(204);
        assertThat(api.get("cora", "/api/letters/" + letterId + "/plan").json().path("status").asText()).isEqualTo("LIVE");

        // cycle: the coordinator starts one now; each open action's owner reports
        assertThat(api.postJson("cora", "/api/letters/" + letterId + "/plan/cycles", "{\"meetingDate\": \"2011-09-20\"}")
                .status()).isEqualTo(202);
        // A1 is overdue, so the schedule gives it at 60% AMBER: GREEN needs a reason
        String a1 = api.task("owen", letterId, ProcessKeys.SUBMIT_PROGRESS_UPDATE, "A1");
        Api.Response unreasoned = api.complete("owen", a1, "{\"progress\": \"Template revised.\", \"rag\": \"GREEN\", "
                + "\"percentComplete\": 60}");
        assertThat(unreasoned.status()).isEqualTo(400);
        assertThat(unreasoned.json().path("errors").get(0).path("field").asText()).isEqualTo("ragReason");
        assertThat(unreasoned.json().path("errors").get(0).path("message").asText())
                .matches("Say why you rate it GREEN: by the schedule, 60% complete with \\d+% of its time passed is AMBER");
        update(api, letterId, "A1", "Case closure template revised; 36 of 40 closed cases audited show a recorded rationale.", "GREEN", 60, false);
        update(api, letterId, "A2", "Appraisal fields added to the supervision format – piloted in two teams.", "AMBER", 40, false);
        update(api, letterId, "A3", "Monthly resource review with elected members agreed; first held in June.", "GREEN", 100, true);

        // the chair returns version 1 for A2
        String signOff = api.task("chris", letterId, ProcessKeys.SCRUTINY_SIGN_OFF, null);
        // (one box of comments, one sentence an action: each owner reads what was said of theirs, and with no action
        // ticked, the actions the comments name are those returned)
        assertThat(api.complete("chris", signOff, "{\"decision\": \"RETURNED\", \"comments\": \"Good progress. "
                + "A2: give numbers for the pilot.\"}").status()).isEqualTo(204);
        assertThat(tasks.createTaskQuery().processInstanceBusinessKey(letterId)
                .taskDefinitionKey(ProcessKeys.REVISE_PROGRESS_UPDATE).count()).as("A2's revision alone").isOne();
        String revise = api.task("owen", letterId, ProcessKeys.REVISE_PROGRESS_UPDATE, "A2");
        JsonNode reviseForm = api.get("owen", "/api/tasks/" + revise + "/form").json().path("values");
        assertThat(reviseForm.path("chairComments").asText()).isEqualTo("Good progress.\nGive numbers for the pilot.");
        assertThat(reviseForm.path("progress").asText()).startsWith("Appraisal fields added");
        assertThat(api.complete("owen", revise, "{\"progress\": \"Piloted in two teams: 18 of 22 staff appraised (82%).\", "
                + "\"rag\": \"AMBER\", \"ragReason\": \"Ahead of the schedule by our own measure.\", \"percentComplete\": 50}").status()).isEqualTo(204);

        // the chair approves version 2
        assertThat(api.complete("chris", api.task("chris", letterId, ProcessKeys.SCRUTINY_SIGN_OFF, null), "{\"decision\": \"APPROVED\"}").status())
                .isEqualTo(204);

        // the documents
        JsonNode planDoc = api.get("cora", "/api/letters/" + letterId + "/plan").json();
        assertThat(planDoc.path("committee").asText()).isEqualTo(COMMITTEE);
        JsonNode a2 = planDoc.path("actions").get(1);
        assertThat(a2.path("owner").asText()).isEqualTo("owen");
        assertThat(a2.path("updates")).hasSize(2);
        assertThat(a2.path("updates").get(0).path("revision").asInt()).isEqualTo(1);
        assertThat(a2.path("updates").get(1).path("revision").asInt()).isEqualTo(2);
        assertThat(a2.path("latestPercentComplete").asInt()).isEqualTo(50);
        assertThat(planDoc.path("actions").get(2).path("status").asText()).isEqualTo("COMPLETED");
        assertThat(planDoc.path("actions").get(0).path("status").asText()).isEqualTo("ACCEPTED");

        // the report versions: v1 returned, v2 approved by chris, v3 the signed rendering certifying v2
        JsonNode reports = api.get("chris", "/api/reports?letterId=" + letterId).json();
        assertThat(reports).hasSize(3);
        assertThat(reports.get(0).path("status").asText()).isEqualTo("RETURNED");
        assertThat(reports.get(1).path("status").asText()).isEqualTo("APPROVED");
        assertThat(reports.get(1).path("decidedBy").asText()).isEqualTo("chris");
        JsonNode signed = reports.get(2);
        assertThat(signed.path("certifies").asText()).isEqualTo(reports.get(1).path("id").asText());
        assertThat(signed.path("signed").asBoolean()).isTrue();
        assertThat(reports.get(1).path("signed").asBoolean()).as("the approved draft is not the signed one").isFalse();
        assertThat(signed.path("certifiedSha256").asText()).isEqualTo(reports.get(1).path("sha256").asText());

        byte[] approvedDraft = pdf(api, reports.get(1));
        byte[] signedPdf = pdf(api, signed);
        assertThat(signedPdf).isNotEqualTo(approvedDraft);

        String draftText = text(approvedDraft);
        assertThat(draftText).contains("DRAFT");
        String signedText = text(signedPdf).replaceAll("\\s+", " ");
        assertThat(signedText).contains("Inspection dates 4 and 5 May 2011", "Meeting date 20 September 2011");
        // the paper names whom the committee may ask about it: the coordinator who drafted the plan
        assertThat(signedText).contains("Contact officer Cora Coordinator");
        assertThat(signedText).contains("Somerset County Council", COMMITTEE,
                "Approved by Chris Chair, Scrutiny Committee Chair",
                reports.get(1).path("sha256").asText(), "18 of 22 staff appraised (82%)");
        // the finding's remark is quoted with the finding, not printed again as the council's action
        assertThat(signedText).contains("Although managers provide an effective overview")
                .doesNotContain("Action Although managers");
        // people by name, never by id; the owner's kinder rating beside the schedule's, with the reason
        assertThat(signedText).contains("Owner Owen Owner, Head of Children’s Social Care")
                .doesNotContain("Owner owen", "by chris");
        assertThat(signedText).contains("RAG check The owner rates it GREEN; from its % complete and the time passed, "
                + "the schedule gives AMBER. The owner’s reason: " + REASON);
        assertThat(reports.get(1).path("warnings")).isEmpty();

        // the same paper as an editable Word copy, its headings in Word's heading styles
        Api.Response docx = api.get("cora", "/api/reports/" + signed.path("id").asText() + "/docx");
        assertThat(docx.status()).isEqualTo(200);
        try (XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(docx.body()))) {
            List<XWPFParagraph> paragraphs = word.getParagraphs();
            assertThat(paragraphs.get(0).getText()).isEqualTo("Editable copy — the signed PDF is the record");
            assertThat(paragraphs.get(1).getStyle()).isEqualTo("Heading1");
            assertThat(word.getStyles().getStyle("Heading1").getName()).isEqualTo("heading 1");
            assertThat(paragraphs.stream().filter(p -> "Heading3".equals(p.getStyle()) || "Heading4".equals(p.getStyle()))
                    .map(XWPFParagraph::getText).filter(t -> t.matches("A\\d+ .*"))).hasSize(3);
            String all = paragraphs.stream().map(XWPFParagraph::getText).reduce("", (a, b) -> a + "\n" + b);
            assertThat(all).contains("Approved by Chris Chair, Scrutiny Committee Chair",
                    "Owner: Owen Owner, Head of Children’s Social Care", "18 of 22 staff appraised (82%)",
                    "RAG check: The schedule gives AMBER. The owner’s reason: " + REASON);
            // each action as its card has it, the status counts, the cover's details and the action groups
            assertThat(all).contains("Success measure: ", "Finding: F", "Complete: ", "Owner’s RAG: ",
                    "whose SHA-256 is: " + reports.get(1).path("sha256").asText());
            assertThat(word.getTables()).anyMatch(t -> t.getText().contains("What it counts"));
            String cover = word.getTables().get(0).getText();
            assertThat(cover).contains("Meeting date", "20 September 2011", "Reporting cycle");
            assertThat(paragraphs.stream().filter(p -> "Heading2".equals(p.getStyle())).map(XWPFParagraph::getText))
                    .anyMatch(h -> h.matches("(Immediately|Within .*|Areas for priority action|Other actions|All actions) \\(\\d+\\)"));
        }
        // what the chair signed stays what its Word copy says: a due date moved since is not in it
        String wordBefore = api.newestWordCopyText(letterId);
        long planVersion = api.get("cora", "/api/letters/" + letterId + "/plan").json().path("version").asLong();
        assertThat(api.call("cora", org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .put("/api/letters/" + letterId + "/plan/actions/A1/due-date")
                .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                .content("{\"dueDate\": \"2030-01-31\", \"version\": " + planVersion + ", \"reason\": \"Agreed later.\"}"))
                .status()).isEqualTo(200);
        assertThat(api.newestWordCopyText(letterId)).isEqualTo(wordBefore).doesNotContain("31 January 2030");

        // the plan as a spreadsheet: one sheet per purpose, every action with its finding, owner by name, dates, RAG
        Api.Response xlsx = api.get("chris", "/api/letters/" + letterId + "/plan.xlsx");
        assertThat(xlsx.status()).isEqualTo(200);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            assertThat(List.of(book.getSheetName(0), book.getSheetName(1), book.getSheetName(2)))
                    .containsExactly("Actions", "Updates", "Findings");
            var sheet = book.getSheet("Actions");
            List<String> headings = new java.util.ArrayList<>();
            sheet.getRow(0).forEach(cell -> headings.add(cell.getStringCellValue()));
            assertThat(headings).containsSubsequence("Action", "Theme", "Success measure", "Owner", "Current due date",
                    "Overdue", "Status", "RAG", "% complete");
            assertThat(sheet.getLastRowNum()).isEqualTo(3);
            var a2Row = sheet.getRow(2);
            java.util.function.Function<String, org.apache.poi.ss.usermodel.Cell> a2Cell = h -> a2Row.getCell(headings.indexOf(h));
            assertThat(a2Cell.apply("Action").getStringCellValue()).isEqualTo("A2");
            assertThat(a2Cell.apply("Owner").getStringCellValue()).isEqualTo("Owen Owner");
            // in the pages' words, and a due date is a date a filter can sort, shown as a UK date
            assertThat(a2Cell.apply("Status").getStringCellValue()).isEqualTo("Accepted and open");
            assertThat(a2Cell.apply("RAG").getStringCellValue()).isEqualTo("Amber");
            assertThat(a2Cell.apply("% complete").getNumericCellValue()).isEqualTo(50);
            assertThat(a2Cell.apply("Overdue").getStringCellValue()).isIn("Yes", "No");
            assertThat(org.apache.poi.ss.usermodel.DateUtil.isCellDateFormatted(a2Cell.apply("Current due date"))).isTrue();
            assertThat(new org.apache.poi.ss.usermodel.DataFormatter(java.util.Locale.UK).formatCellValue(a2Cell.apply("Current due date")))
                    .matches("\\d\\d/\\d\\d/\\d{4}");
            assertThat(book.getSheet("Findings").getRow(1).getCell(1).getStringCellValue())
                    .isIn("Areas for development", "Areas for priority action", "Recommendations");
            assertThat(book.getSheet("Updates").getLastRowNum()).isEqualTo(4);
            assertThat(sheet.getCTWorksheet().isSetAutoFilter()).isTrue();
        }
        assertThat(api.get("owen", "/api/letters/" + letterId + "/plan.xlsx").status()).isEqualTo(403);
        // -Doffice.samples=FOLDER keeps both, to open in Word, Excel or LibreOffice (README, "The formats clerks use")
        if (System.getProperty("office.samples") != null) {
            java.nio.file.Path folder = java.nio.file.Files.createDirectories(java.nio.file.Path.of(System.getProperty("office.samples")));
            java.nio.file.Files.write(folder.resolve("report.docx"), docx.body());
            java.nio.file.Files.write(folder.resolve("plan.xlsx"), xlsx.body());
        }
        assertThat(signedText).doesNotContain("DRAFT");
    }

    private static final String REASON = "The audit shows the change has landed; the due date was the letter's.";

    private static void update(Api api, String letterId, String actionId, String progress, String rag, int percent, boolean completed) {
        String task = api.task("owen", letterId, ProcessKeys.SUBMIT_PROGRESS_UPDATE, actionId);
        String body = "{\"progress\": \"" + progress + "\", \"rag\": \"" + rag + "\", \"percentComplete\": " + percent
                + ", \"completed\": " + completed + ", \"ragReason\": \"" + REASON + "\"}";
        assertThat(api.complete("owen", task, body).status()).isEqualTo(204);
    }

    private static byte[] pdf(Api api, JsonNode report) throws Exception {
        Api.Response response = api.get("chris", "/api/reports/" + report.path("id").asText() + "/pdf");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.contentType()).isEqualTo("application/pdf");
        String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(response.body()));
        assertThat(hash).isEqualTo(report.path("sha256").asText());
        return response.body();
    }

    private static String text(byte[] pdf) throws IOException {
        try (var document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
