package org.scrutineer.report;

import org.scrutineer.letter.LetterService;
import org.scrutineer.letter.LetterSummary;
import org.scrutineer.web.Paged;
import org.scrutineer.web.Paging;
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

    private static final MediaType DOCX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    private final ReportService reports;
    private final WordCopy word;
    private final LetterService letters;

    ReportController(ReportService reports, WordCopy word, LetterService letters) {
        this.reports = reports;
        this.word = word;
        this.letters = letters;
    }

    /** The same paper as an editable Word document, headed as a copy: the signed PDF is the record. */
    @GetMapping("/{id}/docx")
    ResponseEntity<byte[]> docx(@PathVariable String id) {
        Report report = reports.get(id);
        String filename = filename(report, "docx");
        return ResponseEntity.ok()
                .contentType(DOCX)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build().toString())
                .body(word.write(reports.viewOf(id)));
    }

    private String filename(Report report, String extension) {
        LetterSummary letter = letters.summaries(List.of(report.letterId())).get(report.letterId());
        return ReportFilenames.of(report, letter == null ? null : letter.authority(), extension);
    }

    /** The letter's report versions, by cycle and version, a page at a time. */
    @GetMapping
    ResponseEntity<List<Report>> ofLetter(@RequestParam String letterId, @RequestParam(required = false) Integer page,
                                          @RequestParam(required = false) Integer size) {
        Paging paging = Paging.of(page, size);
        Paged<Report> versions = reports.ofLetter(letterId, paging);
        return paging.answer(versions.entries(), versions.total());
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
        String filename = filename(report, "pdf");
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(filename).build().toString())
                .header(HttpHeaders.ETAG, "\"" + report.sha256() + "\"")
                .body(reports.pdf(id));
    }
}
