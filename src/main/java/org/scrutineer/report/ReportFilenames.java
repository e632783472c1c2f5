package org.scrutineer.report;

import org.scrutineer.web.FileNames;

/**
 * The name a downloaded paper is saved under: whose it is, which cycle and version, and whether it is only a draft
 * ("wokingham-borough-council-progress-report-cycle-1-v1-draft.pdf"), so a folder of them can be told apart.
 */
final class ReportFilenames {

    private static final int MAX_AUTHORITY = 60;

    private ReportFilenames() {
    }

    /** @param authority the council, as the letter names it; {@literal null} when reading found none */
    static String of(Report report, String authority, String extension) {
        String council = FileNames.slug(authority, MAX_AUTHORITY);
        return (council.isEmpty() ? "" : council + "-") + "progress-report-cycle-" + report.cycleNumber()
                + "-v" + report.version() + (isDraft(report) ? "-draft" : "") + "." + extension;
    }

    private static boolean isDraft(Report report) {
        return report.status() != ReportStatus.APPROVED && report.certifies() == null;
    }
}
