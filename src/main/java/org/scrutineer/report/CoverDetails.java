package org.scrutineer.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.scrutineer.report.ReportWording.hasText;

/** The cover's details, label and value, as the PDF and its Word copy print them. */
record CoverDetails(String label, String value) {

    static List<CoverDetails> of(ReportView view) {
        List<CoverDetails> details = new ArrayList<>();
        details.add(new CoverDetails("Inspectorate", view.inspectorate()));
        details.add(new CoverDetails("Inspection dates",
                view.inspectionDates() == null ? "Not stated in the letter" : view.inspectionDates()));
        if (view.letterDate() != null) {
            details.add(new CoverDetails("Letter dated", ReportWording.day(view.letterDate())));
        }
        if (hasText(view.judgement())) {
            details.add(new CoverDetails("Judgement", view.judgement()));
        }
        details.add(new CoverDetails("Authority", view.authority()));
        details.add(new CoverDetails("Committee", view.committee()));
        if (hasText(view.contactOfficer())) {
            details.add(new CoverDetails("Contact officer", view.contactOfficer()));
        }
        details.add(new CoverDetails("Meeting date",
                view.meetingDate() == null ? "Not yet set" : ReportWording.day(view.meetingDate())));
        if (view.progressTo() != null) {
            details.add(new CoverDetails("Period", CalendarLines.period(view.progressTo(), view.meetingDate())));
            String late = lateness(view);
            if (late != null) {
                details.add(new CoverDetails("Late", late));
            }
        }
        if (view.progressTo() == null) {
            // a cycle with dates says it in its period already: "Progress to 3 March 2027, for the meeting of…"
            details.add(new CoverDetails("Progress up to", ReportWording.day(view.progressUpTo())));
        }
        details.add(new CoverDetails("Follows", ReportWording.previousPaper(view)));
        details.add(new CoverDetails("Reporting cycle", String.valueOf(view.cycleNumber())));
        // the signed copy has a version of its own: say which version the chair read and approved
        details.add(new CoverDetails("Version", view.isDraft() ? String.valueOf(view.version()) : view.version()
                + ", the signed copy of version " + view.approval().approvedVersion() + ", which the chair approved"));
        details.add(new CoverDetails("Status", view.isDraft() ? "DRAFT – not yet approved"
                : "APPROVED – see sign-off below"));
        return details;
    }

    /**
     * Why the paper cannot reach the meeting it is for, or {@literal null}: drafted after it, or, for a cycle opened
     * too close to it, published by its calendar after it. Nobody should take it for the paper that meeting read.
     */
    private static String lateness(ReportView view) {
        LocalDate meeting = view.meetingDate();
        if (meeting == null) {
            return null;
        }
        if (view.reportDate() != null && view.reportDate().isAfter(meeting)) {
            return "Drafted on " + ReportWording.day(view.reportDate()) + ", after the meeting it is for: the committee"
                    + " reads it at its next meeting.";
        }
        if (view.publication() != null && view.publication().isAfter(meeting) && !signedInTime(view, meeting)) {
            return "The cycle opened too close to its meeting: its calendar publishes the paper on "
                    + ReportWording.day(view.publication()) + ", after the meeting of " + ReportWording.day(meeting)
                    + ", so the committee reads it at its next meeting unless the chair signs it off sooner.";
        }
        return null;
    }

    /** A signed paper the chair approved by its meeting's day reaches it, whatever its calendar said. */
    private static boolean signedInTime(ReportView view, LocalDate meeting) {
        return !view.isDraft() && view.approval().approvedAt() != null
                && !view.approval().approvedAt().atZone(ReportWording.LONDON).toLocalDate().isAfter(meeting);
    }
}
