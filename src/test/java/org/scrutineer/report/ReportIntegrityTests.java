package org.scrutineer.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.scrutineer.Api;
import org.scrutineer.ScrutineerTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.gridfs.GridFsTemplate;
import org.springframework.data.mongodb.gridfs.GridFsUpload;
import org.springframework.test.web.servlet.MockMvc;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.data.mongodb.core.query.Criteria.where;

/** A report's stored bytes can be checked against the hash recorded when they were rendered. */
@ScrutineerTest
class ReportIntegrityTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;
    @Autowired
    ReportRepository reports;
    @Autowired
    PdfStore pdfs;
    @Autowired
    GridFsTemplate gridFs;

    @Test
    void verifyReHashesTheStoredBytesAndNoticesAChange() {
        Api api = new Api(mvc, json);
        byte[] pdf = "%PDF-1.4 rendered report".getBytes(StandardCharsets.UTF_8);
        String id = UUID.randomUUID() + ":v1";
        pdfs.store(id, pdf);
        reports.save(new Report(id, "letter", "cycle", 1, 1, ReportStatus.DRAFT, ReportService.sha256(pdf), pdf.length,
                Instant.now(), List.of("A1"), null, null, null, null, null, null, null, null, null, List.of()));

        var verified = api.get("chris", "/api/reports/" + id + "/verify").json();
        assertThat(verified.path("matches").asBoolean()).isTrue();
        assertThat(verified.path("storedSha256").asText()).isEqualTo(ReportService.sha256(pdf));

        // someone rewrites the stored PDF behind the application's back
        gridFs.delete(Query.query(where("_id").is(id)));
        gridFs.store(GridFsUpload.fromStream(new ByteArrayInputStream("%PDF-1.4 altered".getBytes(StandardCharsets.UTF_8)))
                .id(id).filename("altered.pdf").build());

        var tampered = api.get("chris", "/api/reports/" + id + "/verify").json();
        assertThat(tampered.path("matches").asBoolean()).isFalse();
        assertThat(tampered.path("recordedSha256").asText()).isEqualTo(ReportService.sha256(pdf));
        assertThat(api.get("chris", "/api/reports/no-such-report/verify").status()).isEqualTo(404);
    }
}
