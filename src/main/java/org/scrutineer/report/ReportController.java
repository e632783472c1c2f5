package org.scrutineer.report;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.*;

import java.util.List;

/** Chairs and coordinators read reports and their PDFs here. */
@RestController
@RequestMapping("/api/reports")
class ReportController {

    private final ReportService reports;

    ReportController(ReportService reports) {
        this.reports = reports;
    }

    @GetMapping
    List<Report> ofLetter(@RequestParam String letterId) {
        return reports.ofLetter(letterId);
    }

    @GetMapping("/{id}")
    Report get(@PathVariable String id) {
        return reports.get(id);
    }

    @GetMapping("/{id}/verify")
    Verification verify(@PathVariable String id) {
        return reports.verify(id);
    }

    @GetMapping("/{id}/pdf")
    ResponseEntity<byte[]> pdf(@PathVariable String id) {
        Report report = reports.get(id);
        String filename = "progress-report-cycle-" + report.cycleNumber() + "-v" + report.version() + ".pdf";
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(filename).build().toString())
                .header(HttpHeaders.ETAG, "\"" + report.sha256() + "\"")
                .body(reports.pdf(id));
    }
}
