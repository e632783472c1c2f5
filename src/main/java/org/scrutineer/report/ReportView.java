package org.scrutineer.report;

import org.scrutineer.finding.Timescale;
import org.scrutineer.progress.Rag;
import org.scrutineer.progress.ScheduleRag;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything one version of a committee progress report prints, gathered before rendering so the
 * renderer only lays out and the same view always renders the same document.
 *
 * @param inspectionDates as the letter writes them; {@code meetingDate} the committee meeting, when named; both nullable
 * @param approval {@literal null} on a draft; on the approved version, who signed it off and when
 * @param changes  what moved since the plan's last approved report; {@literal null} reads as the first report
 * @param findings every finding of the letter in document order, for the appendix; may be empty
 * @param progressTo the owners' deadline of the cycle, or the day the draft was made when that came first: the
 *                   report shows progress to that day; {@literal null} for a cycle without dates
 * @param dueDatesMoved each move of a due date since the last approved report, with its reason; may be empty
 * @param letterDate the inspectorate's letter's own date, and {@code judgement} its headline judgement, as read;
 *                   both nullable
 * @param publication the day the cycle's calendar publishes the paper; {@literal null} for a cycle without dates
 * @param contactOfficer the coordinator who drafted the plan, by name and title, whom a committee paper names for
 *                       its questions; {@literal null} when not known
 */
public record ReportView(
        String inspectionTitle,
        String inspectorate,
        String inspectionDates,
        String authority,
        String committee,
        LocalDate meetingDate,
        LocalDate reportDate,
        int cycleNumber,
        int version,
        Approval approval,
        List<ActionView> actions,
        Changes changes,
        List<FindingView> findings,
        LocalDate progressTo,
        List<MovedDueDate> dueDatesMoved,
        List<MovedDueDate> dueDatesAsked,
        LocalDate letterDate,
        String judgement,
        LocalDate publication,
        String contactOfficer) {

    /** A report that names no contact officer. */
    public ReportView(String inspectionTitle, String inspectorate, String inspectionDates, String authority,
                      String committee, LocalDate meetingDate, LocalDate reportDate, int cycleNumber, int version,
                      Approval approval, List<ActionView> actions, Changes changes, List<FindingView> findings,
                      LocalDate progressTo, List<MovedDueDate> dueDatesMoved, List<MovedDueDate> dueDatesAsked,
                      LocalDate letterDate, String judgement, LocalDate publication) {
        this(inspectionTitle, inspectorate, inspectionDates, authority, committee, meetingDate, reportDate, cycleNumber,
                version, approval, actions, changes, findings, progressTo, dueDatesMoved, dueDatesAsked, letterDate,
                judgement, publication, null);
    }

    /** A report that does not print the letter's date or judgement. */
    public ReportView(String inspectionTitle, String inspectorate, String inspectionDates, String authority,
                      String committee, LocalDate meetingDate, LocalDate reportDate, int cycleNumber, int version,
                      Approval approval, List<ActionView> actions, Changes changes, List<FindingView> findings,
                      LocalDate progressTo, List<MovedDueDate> dueDatesMoved, List<MovedDueDate> dueDatesAsked) {
        this(inspectionTitle, inspectorate, inspectionDates, authority, committee, meetingDate, reportDate, cycleNumber,
                version, approval, actions, changes, findings, progressTo, dueDatesMoved, dueDatesAsked, null, null, null);
    }

    /** A report of a cycle without dates. */
    public ReportView(String inspectionTitle, String inspectorate, String inspectionDates, String authority,
                      String committee, LocalDate meetingDate, LocalDate reportDate, int cycleNumber, int version,
                      Approval approval, List<ActionView> actions, Changes changes, List<FindingView> findings) {
        this(inspectionTitle, inspectorate, inspectionDates, authority, committee, meetingDate, reportDate, cycleNumber,
                version, approval, actions, changes, findings, null, List.of(), List.of(), null, null, null);
    }

    /**
     * A due date moved, or (in {@code dueDatesAsked}) one an owner asked to move that no coordinator has decided yet.
     *
     * @param reason the owner's, for an extension; {@literal null} for a coordinator's own move
     */
    public record MovedDueDate(String actionId, String title, LocalDate from, LocalDate to, String reason) {
    }

    /** This view as the signed version prints it: the chair's sign-off on what they read, under its own version. */
    ReportView signed(int signedVersion, Approval signOff) {
        return new ReportView(inspectionTitle, inspectorate, inspectionDates, authority, committee, meetingDate,
                reportDate, cycleNumber, signedVersion, signOff, actions, changes, findings, progressTo, dueDatesMoved,
                dueDatesAsked, letterDate, judgement, publication, contactOfficer);
    }

    public boolean isDraft() {
        return approval == null;
    }

    /** The day the paper speaks for: the cycle's {@code progressTo}, or the report's date for a cycle without dates. */
    public LocalDate progressUpTo() {
        return progressTo != null ? progressTo : reportDate;
    }

    /**
     * @param approvedBy      the chair as the paper names them: name and, where known, job title
     * @param certifiedSha256 the SHA-256 of the draft version the chair read and approved
     * @param approvedVersion that draft's version number
     */
    public record Approval(String approvedBy, Instant approvedAt, String certifiedSha256, int approvedVersion) {
    }

    /**
     * One action as the committee reads it. Nullable: timescale, theme, originalDueDate, dueDate, rag,
     * percentComplete, progress, impact, chairComments (no update yet, or nothing said), scheduleRag, ragReason.
     *
     * @param owner       the owner as the paper names them: name and, where known, job title
     * @param progress    {@literal null} when no update came in this cycle
     * @param scheduleRag the RAG the schedule gave when the owner reported ({@link ScheduleRag})
     * @param ragReason   the owner's reason for a rating kinder than the schedule's
     *
     * @param findings        the letter's findings this action answers, quoted
     * @param originalDueDate the due date the plan was drafted with; {@code dueDate} is the current one
     */
    public record ActionView(
            String actionId,
            Timescale timescale,
            String theme,
            List<FindingQuote> findings,
            String title,
            String description,
            String owner,
            LocalDate originalDueDate,
            LocalDate dueDate,
            String successMeasure,
            Rag rag,
            Integer percentComplete,
            boolean completed,
            String progress,
            String impact,
            String chairComments,
            Rag scheduleRag,
            String ragReason) {

        /** An action with no schedule check to print. */
        public ActionView(String actionId, Timescale timescale, String theme, List<FindingQuote> findings, String title,
                          String description, String owner, LocalDate originalDueDate, LocalDate dueDate,
                          String successMeasure, Rag rag, Integer percentComplete, boolean completed, String progress,
                          String impact, String chairComments) {
            this(actionId, timescale, theme, findings, title, description, owner, originalDueDate, dueDate,
                    successMeasure, rag, percentComplete, completed, progress, impact, chairComments, null, null);
        }

        /** Whether the owner's rating is kinder than the schedule's by a band or more: the paper shows both. */
        public boolean kinderThanSchedule() {
            return ScheduleRag.kinderThanSchedule(rag, scheduleRag);
        }

        /** Whether the current due date differs from the one the plan was drafted with. */
        public boolean dueDateMoved() {
            return originalDueDate != null && dueDate != null && !originalDueDate.equals(dueDate);
        }
    }

    /** A finding as quoted beside the action answering it; the id is the letter's ("F13"). */
    public record FindingQuote(String id, String text) {
    }

    /**
     * One finding of the letter, for the appendix.
     *
     * @param section        the letter's heading it stands under, in words ("Area for development")
     * @param callsForAction whether the council must answer it with an action
     * @param actionIds      the actions answering it, in plan order; empty when none does
     */
    public record FindingView(String id, String section, boolean callsForAction, String text, Timescale timescale,
                              String theme, List<String> actionIds) {
    }
}
