package org.scrutineer.report;

import org.scrutineer.progress.ProgressUpdate;

import java.time.LocalDate;

/**
 * What the committee's calendar adds to a report: the cover's period line, and for an action whose owner sent no
 * update this cycle, its last reported position carried forward and marked as such.
 */
final class CalendarLines {

    static final String NO_UPDATE_RECEIVED = "No update received for this meeting.";

    private CalendarLines() {
    }

    /** "Progress to 12 March 2027, for the meeting of 2 April 2027"; {@literal null} for a cycle without dates. */
    static String period(LocalDate progressTo, LocalDate meeting) {
        if (progressTo == null) {
            return null;
        }
        String to = "Progress to " + ReportWording.day(progressTo);
        return meeting == null ? to : to + ", for the meeting of " + ReportWording.day(meeting);
    }

    /** @param standing the action's newest update from an earlier cycle; {@literal null} when it never had one */
    static String missedProgress(ProgressUpdate standing) {
        if (standing == null || !ReportWording.hasText(standing.progress())) {
            return NO_UPDATE_RECEIVED + " No position has been reported yet.";
        }
        return NO_UPDATE_RECEIVED + " Last reported position, carried forward from "
                + ReportWording.day(standing.submittedAt().atZone(ReportWording.LONDON).toLocalDate()) + ": "
                + standing.progress();
    }

    static String missedImpact(ProgressUpdate standing) {
        return standing == null || !ReportWording.hasText(standing.impact()) ? null
                : "Carried forward: " + standing.impact();
    }
}
