package org.scrutineer.overview;

import org.scrutineer.pages.UkDates;
import org.scrutineer.report.Report;
import org.scrutineer.report.ReportStatus;

import java.util.List;

/**
 * A report version as the pages list it: which cycle and version, what became of it and who decided, and its hash.
 *
 * @param status     in words: "Draft", "Returned for changes", "Approved", "Signed"
 * @param tag        the GOV.UK tag colour the status is shown in
 * @param certifies  on a signed version, the version of the draft it certifies; else {@literal null}
 * @param returned   the actions a returned version sent back to their owners
 * @param signedVersion on an approved draft, the id of the signed version made from it, once made
 */
record ReportLine(String id, String letterId, String letterTitle, int cycle, int version, String status, String tag,
                  String rendered, String decidedBy, String decidedOn, String comments, List<String> returned,
                  String sha256, Integer certifies, long size, String signedVersion) {

    static ReportLine of(Report r, String letterTitle, Names names) {
        boolean signed = r.certifies() != null;
        String status = signed ? "Signed" : switch (r.status()) {
            case DRAFT -> "Draft";
            case RETURNED -> "Returned for changes";
            case APPROVED -> "Approved";
        };
        String tag = signed ? "green" : r.status() == ReportStatus.APPROVED ? "turquoise"
                : r.status() == ReportStatus.RETURNED ? "orange" : "grey";
        return new ReportLine(r.id(), r.letterId(), letterTitle, r.cycleNumber(), r.version(), status, tag,
                UkDates.day(r.createdAt()), names.of(r.decidedBy()), UkDates.day(r.decidedAt()),
                r.comments() == null ? "" : r.comments().strip(),
                r.returnedActionIds() == null ? List.of() : r.returnedActionIds(), r.sha256(),
                signed ? versionOf(r.certifies()) : null, r.size(), r.signedVersion());
    }

    /** "Cycle 1, version 2". */
    public String name() {
        return "Cycle " + cycle + ", version " + version;
    }

    /** The hash's first and last characters, enough to compare by eye; the whole is in the page too. */
    public String shortSha() {
        return sha256 == null || sha256.length() < 16 ? String.valueOf(sha256)
                : sha256.substring(0, 8) + "…" + sha256.substring(sha256.length() - 8);
    }

    /** The chair's comments, shortened for a list. */
    public String commentsExcerpt() {
        return Excerpts.start(comments, 160);
    }

    /** "84 KB". */
    public String kilobytes() {
        return Math.max(1, Math.round(size / 1024.0)) + " KB";
    }

    private static Integer versionOf(String reportId) {
        int at = reportId.lastIndexOf(":v");
        try {
            return at < 0 ? null : Integer.valueOf(reportId.substring(at + 2));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
