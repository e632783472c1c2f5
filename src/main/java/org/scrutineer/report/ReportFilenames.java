package org.scrutineer.report;

import java.text.Normalizer;
import java.util.Locale;

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
        String council = slug(authority);
        return (council.isEmpty() ? "" : council + "-") + "progress-report-cycle-" + report.cycleNumber()
                + "-v" + report.version() + (isDraft(report) ? "-draft" : "") + "." + extension;
    }

    private static boolean isDraft(Report report) {
        return report.status() != ReportStatus.APPROVED && report.certifies() == null;
    }

    private static String slug(String words) {
        if (words == null) {
            return "";
        }
        String ascii = Normalizer.normalize(words, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.UK).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return slug.length() <= MAX_AUTHORITY ? slug : slug.substring(0, MAX_AUTHORITY).replaceAll("-[^-]*$", "");
    }
}
