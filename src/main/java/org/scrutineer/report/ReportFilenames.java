package org.scrutineer.report;

import org.scrutineer.web.FileNames;

/**
 * The name a downloaded paper is saved under: whose it is, which cycle and version, and whether it is only a draft
 * ("wokingham-borough-council-progress-report-cycle-1-v1-draft.pdf"), so a folder of them can be told apart. The
 * draft the chair approved is still marked DRAFT on every page and says so in its name too ("-v1-approved-draft"):
 * saved as plain "-v1" beside the signed "-v2", a walk found it easy to publish by mistake.
 */
final class ReportFilenames {

    private static final int MAX_AUTHORITY = 60;

    private ReportFilenames() {
    }

    /** @param authority the council, as the letter names it; {@literal null} when reading found none */
    static String of(Report report, String authority, String extension) {
        String council = FileNames.slug(authority, MAX_AUTHORITY);
        return (council.isEmpty() ? "" : council + "-") + "progress-report-cycle-" + report.cycleNumber()
                + "-v" + report.version() + state(report) + "." + extension;
    }

    private static String state(Report report) {
        return report.certifies() != null ? "" : report.status() == ReportStatus.APPROVED ? "-approved-draft" : "-draft";
    }
}
