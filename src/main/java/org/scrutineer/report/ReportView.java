package org.scrutineer.report;

import org.scrutineer.finding.Timescale;
import org.scrutineer.progress.Rag;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything one version of a committee progress report prints, gathered before rendering so the
 * renderer only lays out and the same view always renders the same document.
 *
 * @param approval {@literal null} on a draft; on the approved version, who signed it off and when
 */
public record ReportView(
        String inspectionTitle,
        String inspectorate,
        String authority,
        String committee,
        LocalDate reportDate,
        int cycleNumber,
        int version,
        Approval approval,
        List<ActionView> actions) {

    public boolean isDraft() {
        return approval == null;
    }

    /**
     * @param certifiedSha256 the SHA-256 of the draft version the chair read and approved
     */
    public record Approval(String approvedBy, Instant approvedAt, String certifiedSha256) {
    }

    /**
     * One action as the committee reads it. Nullable: timescale, theme, dueDate, rag, percentComplete,
     * progress, impact, chairComments (no update yet, or nothing said).
     *
     * @param findings the texts of the letter's findings this action answers
     */
    public record ActionView(
            String actionId,
            Timescale timescale,
            String theme,
            List<String> findings,
            String title,
            String description,
            String owner,
            LocalDate dueDate,
            String successMeasure,
            Rag rag,
            Integer percentComplete,
            boolean completed,
            String progress,
            String impact,
            String chairComments) {
    }
}
