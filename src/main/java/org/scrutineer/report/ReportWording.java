package org.scrutineer.report;

import org.scrutineer.progress.Rag;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How dates and statuses read in a UK committee paper; one place so every page words them alike. */
final class ReportWording {

    /** Before the SHA-256 of the draft a signed version certifies, in the PDF's sign-off and its Word copy. */
    static final String CERTIFIES = "This version certifies the draft the chair read, whose SHA-256 is:";
    static final ZoneId LONDON = ZoneId.of("Europe/London");
    static final String NO_UPDATE = "No update yet";

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK);
    // Zone name (GMT/BST) printed because an approval near a clock change is otherwise ambiguous.
    private static final DateTimeFormatter MOMENT =
            DateTimeFormatter.ofPattern("d MMMM uuuu 'at' HH:mm z", Locale.UK);

    private ReportWording() {
    }

    static String day(LocalDate date) {
        return date == null ? "Not set" : DAY.format(date);
    }

    static String moment(Instant instant) {
        return instant == null ? "an unrecorded date" : MOMENT.format(instant.atZone(LONDON));
    }

    /** The colour's word and meaning together, e.g. "AMBER – At risk", so status never rests on colour. */
    static String rag(Rag rag) {
        return rag == null ? "Not rated" : rag.name() + " – " + rag.meaning();
    }

    /** A whole-number share, "0%" of nothing; rounded half up so the figures a reader adds look right. */
    static String percent(long part, long whole) {
        return whole == 0 ? "0%" : Math.round(100.0 * part / whole) + "%";
    }

    /** The cover's first words: the period, the meeting and the paper this one follows. */
    static String covers(ReportView view) {
        String meeting = view.meetingDate() == null ? "for the committee’s next meeting (date not yet set)"
                : "for the committee’s meeting on " + day(view.meetingDate());
        return "This paper reports progress on the action plan up to " + day(view.progressUpTo()) + ", " + meeting
                + ", in reporting cycle " + view.cycleNumber() + ". " + follows(view);
    }

    /** The approved paper this one follows, in a few words, for the cover's details. */
    static String previousPaper(ReportView view) {
        Changes changes = view.changes();
        if (changes == null || changes.isFirstReport()) {
            return "None: this is the first report on the plan";
        }
        return "The approved report for cycle " + changes.sinceCycle() + ", dated " + day(changes.sinceDate());
    }

    private static String follows(ReportView view) {
        Changes changes = view.changes();
        if (changes == null || changes.isFirstReport()) {
            return "It is the first report on this plan.";
        }
        return "It follows the approved report for cycle " + changes.sinceCycle() + ", dated " + day(changes.sinceDate())
                + ", and says what has changed since.";
    }

    static String status(ReportView view) {
        return view.isDraft() ? "DRAFT" : "APPROVED";
    }

    /** Typed text as it prints: nothing for null, and no carriage returns or tabs, which have no glyphs. */
    static String orEmpty(String text) {
        return text == null ? "" : text.replace("\r\n", "\n").replace('\r', '\n').replace('\t', ' ');
    }

    static boolean hasText(String text) {
        return text != null && !text.isBlank();
    }
}
