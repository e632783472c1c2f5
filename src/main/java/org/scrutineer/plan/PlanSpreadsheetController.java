package org.scrutineer.plan;

import org.scrutineer.letter.LetterService;
import org.scrutineer.pages.UkDates;
import org.scrutineer.progress.Cycle;
import org.scrutineer.progress.ProgressService;
import org.scrutineer.web.FileNames;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.util.Map;
import java.util.stream.Collectors;

/** The plan as the spreadsheet clerks keep plans in (coordinators and chairs, SecurityConfiguration). */
@RestController
class PlanSpreadsheetController {

    private static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final PlanService plans;
    private final LetterService letters;
    private final ProgressService progress;
    private final PlanWorkbook workbook;
    private final Clock clock;

    PlanSpreadsheetController(PlanService plans, LetterService letters, ProgressService progress, PlanWorkbook workbook,
                              Clock clock) {
        this.clock = clock;
        this.plans = plans;
        this.letters = letters;
        this.progress = progress;
        this.workbook = workbook;
    }

    /** Whose plan it is, so two councils' downloads do not overwrite each other: "wokingham-borough-council-action-plan.xlsx". */
    static String fileName(String authority) {
        String council = FileNames.slug(authority, 60);
        return (council.isEmpty() ? "" : council + "-") + "action-plan.xlsx";
    }

    @GetMapping("/api/letters/{letterId}/plan.xlsx")
    ResponseEntity<byte[]> spreadsheet(@PathVariable String letterId) {
        var letter = letters.get(letterId);
        Map<String, Integer> cycles = progress.cyclesOf(letterId).stream().collect(Collectors.toMap(Cycle::id, Cycle::number));
        byte[] xlsx = workbook.write(plans.get(letterId), letter.getFindings(), progress.updatesOf(letterId), cycles,
                UkDates.today(clock));
        return ResponseEntity.ok().contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName(letter.getAuthority())).build().toString())
                .body(xlsx);
    }
}
