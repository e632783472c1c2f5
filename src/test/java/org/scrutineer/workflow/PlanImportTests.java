package org.scrutineer.workflow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.Test;
import org.scrutineer.Api;
import org.scrutineer.ScrutineerTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A council part-way through answering a letter brings its plan in from a spreadsheet: a preview names every row it
 * cannot read and stores nothing; the import drafts the plan and its owners are asked to accept as usual.
 */
@ScrutineerTest
class PlanImportTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    ManagementService jobs;
    @Autowired
    ObjectMapper json;

    @Test
    void previewNamesEveryUnreadableRowThenTheImportDraftsThePlan() throws Exception {
        Api api = new Api(mvc, json, jobs);
        String letterId = api.upload("cora", "/api/letters", "somerset.txt",
                Api.resource("/letters/somerset-2011-ucra-letter.txt"), "Children and Young People Scrutiny Committee")
                .json().path("id").asText();
        String review = api.task("cora", letterId, ProcessKeys.REVIEW_FINDINGS, null);
        assertThat(api.complete("cora", review, "{\"confirmed\": true}").status()).isEqualTo(204);
        String findingText = api.get("cora", "/api/letters/" + letterId).json().path("findings").get(12).path("text").asText();

        // headings in the council's own words and order; row 4 names nobody we know, row 5 has no date
        List<List<Object>> rows = List.of(
                List.of("Lead officer", "Target date", "Recommendation", "Action to be taken", "RAG", "% complete", "Latest update"),
                List.of("Owen Owner", LocalDate.of(2026, 3, 31), "F13", "Record every case decision", "Amber", 0.4, "Template drafted"),
                List.of("olive@example.org", "30/06/2026", findingText, "Audit closures monthly", "", "", ""),
                List.of("Nobody Known", "30/06/2026", "F14", "Extend supervision format", "", "", ""),
                List.of("owen", "soon", "F15", "Review staffing quarterly", "", "", ""),
                List.of("Chris Chair", "30/06/2026", "F15", "Report to the panel", "", "", ""));
        Api.Response preview = api.upload("cora", "/api/letters/" + letterId + "/plan/import/preview", "plan.xlsx",
                xlsx(rows), null);
        assertThat(preview.status()).isEqualTo(200);
        JsonNode seen = preview.json();
        assertThat(seen.path("actions")).hasSize(2);
        assertThat(seen.path("actions").get(0).path("owner").asText()).isEqualTo("owen");
        assertThat(seen.path("actions").get(0).path("rag").asText()).isEqualTo("AMBER");
        assertThat(seen.path("actions").get(0).path("percentComplete").asInt()).isEqualTo(40);
        assertThat(seen.path("actions").get(1).path("owner").asText()).isEqualTo("olive");
        assertThat(seen.path("actions").get(1).path("findingIds").get(0).asText()).isEqualTo("F13");
        assertThat(seen.path("problems").toString()).contains("{\"row\":4,\"reason\":\"no one here is called or has the email “Nobody Known”\"}",
                "{\"row\":5,\"reason\":\"the due date “soon” is not a date\"}",
                // who may not own an action is found in the preview, as the import would refuse them
                "{\"row\":6,\"reason\":\"the owner 'chris' is a scrutiny chair");
        assertThat(api.get("cora", "/api/letters/" + letterId + "/plan").status()).as("nothing stored").isEqualTo(404);

        Api.Response refused = api.upload("cora", "/api/letters/" + letterId + "/plan/import", "plan.xlsx", xlsx(rows), null);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().path("errors").get(0).path("field").asText()).isEqualTo("rows[4]");
        assertThat(api.get("cora", "/api/letters/" + letterId + "/plan").status()).isEqualTo(404);

        Api.Response imported = api.upload("cora", "/api/letters/" + letterId + "/plan/import", "plan.xlsx",
                xlsx(rows.subList(0, 3)), null);
        assertThat(imported.status()).isEqualTo(201);
        JsonNode plan = api.get("cora", "/api/letters/" + letterId + "/plan").json();
        assertThat(plan.path("actions")).hasSize(2);
        assertThat(plan.path("actions").get(0).path("title").asText()).isEqualTo("Record every case decision");
        assertThat(plan.path("actions").get(0).path("dueDate").asText()).isEqualTo("2026-03-31");
        assertThat(plan.path("actions").get(0).path("description").asText())
                .isEqualTo("Brought in from the council’s plan (RAG AMBER, 40% complete): Template drafted");
        assertThat(plan.path("actions").get(0).path("status").asText()).isEqualTo("PROPOSED");
        assertThat(api.task("owen", letterId, ProcessKeys.ACCEPT_ACTION, "A1")).isNotNull();
        assertThat(api.task("olive", letterId, ProcessKeys.ACCEPT_ACTION, "A2")).isNotNull();
        assertThat(api.upload("owen", "/api/letters/" + letterId + "/plan/import", "plan.xlsx", xlsx(rows), null).status())
                .isEqualTo(403);
    }

    @Test
    void aFileThatIsNotASpreadsheetIsRefusedByName() throws Exception {
        Api api = new Api(mvc, json, jobs);
        String letterId = api.upload("cora", "/api/letters", "somerset.txt",
                Api.resource("/letters/somerset-2011-ucra-letter.txt"), null).json().path("id").asText();
        assertThat(api.complete("cora", api.task("cora", letterId, ProcessKeys.REVIEW_FINDINGS, null),
                "{\"confirmed\": true}").status()).isEqualTo(204);
        Api.Response refused = api.upload("cora", "/api/letters/" + letterId + "/plan/import/preview", "plan.xlsx",
                "not a workbook".getBytes(), null);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().path("errors").get(0).path("field").asText()).isEqualTo("file");
    }

    private static byte[] xlsx(List<List<Object>> rows) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("Plan");
            var dates = book.createCellStyle();
            dates.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("d mmm yyyy"));
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    Object value = rows.get(r).get(c);
                    if (value instanceof LocalDate date) {
                        row.createCell(c).setCellValue(date);
                        row.getCell(c).setCellStyle(dates);
                    } else if (value instanceof Double number) {
                        row.createCell(c).setCellValue(number);
                    } else {
                        row.createCell(c).setCellValue((String) value);
                    }
                }
            }
            book.write(out);
            return out.toByteArray();
        }
    }
}
