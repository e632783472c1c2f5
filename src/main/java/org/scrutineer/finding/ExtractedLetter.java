package org.scrutineer.finding;

import java.time.LocalDate;
import java.util.List;

/**
 * What reading a letter's text yields: its metadata and its findings. Any metadata field may be {@literal null}.
 *
 * @param inspectionDates the dates as the letter writes them; {@code inspectionStart} and {@code inspectionEnd} are
 *                        the first and last day they name
 */
public record ExtractedLetter(
        String inspectorate,
        String authority,
        String recipient,
        String signatory,
        LocalDate letterDate,
        String inspectionDates,
        LocalDate inspectionStart,
        LocalDate inspectionEnd,
        String title,
        String summaryJudgement,
        List<Finding> findings) {

    static ExtractedLetter empty() {
        return new ExtractedLetter(null, null, null, null, null, null, null, null, null, null, List.of());
    }
}
