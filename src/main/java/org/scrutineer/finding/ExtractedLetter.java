package org.scrutineer.finding;

import java.time.LocalDate;
import java.util.List;

/** What reading a letter's text yields: its metadata and its findings. Any metadata field may be {@literal null}. */
public record ExtractedLetter(
        String inspectorate,
        String authority,
        String recipient,
        String signatory,
        LocalDate letterDate,
        String inspectionDates,
        String title,
        String summaryJudgement,
        List<Finding> findings) {
}
