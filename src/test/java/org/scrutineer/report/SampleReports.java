package org.scrutineer.report;

import org.scrutineer.finding.Timescale;
import org.scrutineer.progress.Rag;
import org.scrutineer.report.ReportView.ActionView;
import org.scrutineer.report.ReportView.Approval;
import org.scrutineer.report.ReportView.FindingQuote;
import org.scrutineer.report.ReportView.FindingView;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Somerset-style report views: the 2011 unannounced inspection's areas for development, as a plan. */
final class SampleReports {

    static final String CASE_DECISIONS = "Further work is needed to ensure that decisions on cases, including case "
            + "closure, are fully documented and the narrative includes clear analyses, outcomes and contingency plans.";
    static final String SUPERVISION = "The format for staff supervision on individual cases does not extend to the "
            + "inclusion of staff performance information for purposes of agreeing personal training and development "
            + "plans or the routine appraisal of individual staff performance.";
    static final String WORK_PRESSURES = "Work pressures remain within ‘Somerset Direct’ and across the areas. "
            + "Although managers provide an effective overview and deal with fluctuations in service demand elected "
            + "members need to ensure resource levels are kept under constant review.";

    static final String HASH = "3f0c9a51d2e4b67a8c1d0e2f4a6b8c9d0e1f2a3b4c5d6e7f8091a2b3c4d5e6f7";

    private SampleReports() {
    }

    /** Cycle 2's draft, compared with cycle 1's approved report. */
    static ReportView draft() {
        return view(null, actions(), changesSinceCycleOne());
    }

    static ReportView approved() {
        return view(new Approval("Cllr Frances Nicholson", Instant.parse("2011-09-12T13:05:00Z"), HASH, 2), actions(),
                changesSinceCycleOne());
    }

    /** A report of these actions that is the plan's first, so it lists no changes. */
    static ReportView view(Approval approval, List<ActionView> actions) {
        return view(approval, actions, Changes.firstReport());
    }

    static Changes changesSinceCycleOne() {
        return Changes.between(1, CYCLE_ONE_DATE, cycleOne(), statesOf(actions()));
    }

    static ReportView view(Approval approval, List<ActionView> actions, Changes changes) {
        return new ReportView(
                "Annual unannounced inspection of contact, referral and assessment arrangements",
                "Ofsted",
                "4 and 5 May 2011",
                "Somerset County Council",
                "Children and Young People Scrutiny Committee",
                LocalDate.of(2011, 9, 20),
                REPORT_DATE,
                2,
                3,
                approval,
                actions,
                changes,
                findings());
    }

    static final LocalDate REPORT_DATE = LocalDate.of(2011, 9, 7);
    static final LocalDate CYCLE_ONE_DATE = LocalDate.of(2011, 7, 20);

    static List<ActionState> statesOf(List<ActionView> actions) {
        return actions.stream().map(a -> ActionState.of(a, REPORT_DATE)).toList();
    }

    /**
     * The actions as cycle 1's approved report printed them: since then A2 was completed, A1 went overdue,
     * B1 slipped (AMBER, due date moved) and C1 went from AMBER to RED; D1 was added.
     */
    static List<ActionState> cycleOne() {
        return List.of(
                new ActionState("A1", "Record every case decision with its reasons", Rag.GREEN, 50, Standing.ON_TRACK,
                        LocalDate.of(2011, 8, 5), LocalDate.of(2011, 8, 5)),
                new ActionState("A2", "Audit closures monthly and report the results", Rag.GREEN, 70, Standing.ON_TRACK,
                        LocalDate.of(2011, 8, 5), LocalDate.of(2011, 8, 5)),
                new ActionState("B1", "Add performance and development to case supervision", Rag.GREEN, 20,
                        Standing.ON_TRACK, LocalDate.of(2011, 10, 7), LocalDate.of(2011, 10, 7)),
                new ActionState("B2", "Link appraisal to supervision records", null, null, Standing.NOT_STARTED,
                        LocalDate.of(2011, 12, 1), LocalDate.of(2011, 12, 1)),
                new ActionState("C1", "Keep staffing levels under review with elected members", Rag.AMBER, 10,
                        Standing.AT_RISK, LocalDate.of(2012, 2, 3), LocalDate.of(2012, 2, 3)));
    }

    /** Somerset's findings as the reader finds them, plus an invented priority action no action answers. */
    static List<FindingView> findings() {
        return List.of(
                new FindingView("F1", "Strength", false, "Contact, referral and assessment arrangements are "
                        + "well established and understood by partner agencies.", null, null, List.of()),
                new FindingView("F2", "Meets requirements", false, "Thresholds for access to children’s social care "
                        + "are clear and applied consistently.", null, null, List.of()),
                new FindingView("F13", "Area for development", true, CASE_DECISIONS, Timescale.IMMEDIATE,
                        "Case recording", List.of("A1", "A2", "D1")),
                new FindingView("F14", "Area for development", true, SUPERVISION, Timescale.THREE_MONTHS,
                        "Supervision and appraisal", List.of("B1", "B2")),
                new FindingView("F15", "Area for development", true, WORK_PRESSURES, Timescale.SIX_MONTHS,
                        "Workforce capacity", List.of("C1", "D1")),
                new FindingView("F16", "Priority action", true, UNANSWERED, Timescale.IMMEDIATE, null, List.of()));
    }

    static final String UNANSWERED = "Ensure that every referral is acknowledged to the referrer within one working day.";

    private static FindingQuote quote(String id, String text) {
        return new FindingQuote(id, text);
    }

    static List<ActionView> actions() {
        List<ActionView> actions = new ArrayList<>();
        actions.add(new ActionView("A1", Timescale.IMMEDIATE, "Case recording",
                List.of(quote("F13", CASE_DECISIONS)),
                "Record every case decision with its reasons",
                "Team managers record the rationale for each decision, including closure, on the case file "
                        + "using the revised decision template, with analysis, outcome and contingency plan.",
                "Renée Dupré, Service Manager, Somerset Direct",
                LocalDate.of(2011, 8, 5), LocalDate.of(2011, 8, 5),
                "95% of audited case closures in the monthly sample show analysis, outcome and contingency plan.",
                Rag.GREEN, 80, false,
                "The revised decision template went live on 1 July. Team managers in all four areas have been "
                        + "briefed, and the July audit of 40 closed cases found 34 (85%) fully documented, up from "
                        + "52% in May. The remaining six were returned to the allocated worker for correction.",
                "Case files now show why a case was closed and what should happen if concerns return, so a "
                        + "worker picking up a re-referral can see the history at once.",
                "Please bring the August audit figures to the next meeting."));
        actions.add(new ActionView("A2", Timescale.IMMEDIATE, "Case recording",
                List.of(quote("F13", CASE_DECISIONS)),
                "Audit closures monthly and report the results",
                "The quality assurance team samples closed cases each month and reports themes to the senior "
                        + "management team and the local safeguarding children board.",
                "Mark Ellis, Quality Assurance Manager",
                LocalDate.of(2011, 8, 5), LocalDate.of(2011, 8, 5),
                "Monthly audit report received by the senior management team on time, every month.",
                Rag.GREEN, 100, true,
                "Audits ran in June, July and August and are now part of the routine quality assurance calendar.",
                "Managers act on the themes within the month; repeat errors fell from 11 to 3.",
                null));
        actions.add(new ActionView("B1", Timescale.THREE_MONTHS, "Supervision and appraisal",
                List.of(quote("F14", SUPERVISION)),
                "Add performance and development to case supervision",
                "Extend the countywide supervision format so each session records the worker’s performance, "
                        + "training needs and progress against their personal development plan.",
                "Jo Whitfield, Head of Workforce Development",
                LocalDate.of(2011, 10, 7), LocalDate.of(2011, 11, 4),
                "All social workers have a personal development plan agreed in supervision by 31 December.",
                Rag.AMBER, 40, false,
                "A draft format was piloted in the west area in August. Feedback was positive but managers said "
                        + "sessions over-ran; the format is being shortened before countywide roll-out. Training for "
                        + "38 supervisors costs £4,200 and is booked for October.",
                null,
                "The committee is concerned about slippage; the chair asks for a revised date by October."));
        actions.add(new ActionView("B2", Timescale.THREE_MONTHS, null,
                List.of(quote("F14", SUPERVISION)),
                "Link appraisal to supervision records",
                "Annual appraisals draw on the supervision record instead of a separate form.",
                "Jo Whitfield, Head of Workforce Development",
                LocalDate.of(2011, 12, 1), LocalDate.of(2011, 12, 1),
                "Appraisals completed for 90% of staff using the supervision record.",
                null, null, false, null, null, null));
        actions.add(new ActionView("C1", Timescale.SIX_MONTHS, "Workforce capacity",
                List.of(quote("F15", WORK_PRESSURES)),
                "Keep staffing levels under review with elected members",
                "A quarterly workload and vacancy report to this committee, setting caseloads, vacancies and "
                        + "agency use against agreed thresholds, with the action taken when a threshold is breached.",
                "Chris Okafor, Assistant Director, Children’s Social Care",
                LocalDate.of(2012, 2, 3), LocalDate.of(2012, 2, 3),
                "Quarterly report received; no team above the agreed caseload threshold for more than one quarter.",
                Rag.RED, 15, false,
                "The first quarterly report has slipped because the new case management system cannot yet produce "
                        + "caseload figures by team. Figures are being compiled by hand for the north and east areas. "
                        + "Details: https://www.somerset.gov.uk/children-families-and-education/children-s-social-care/"
                        + "workforce-and-caseload-reporting-quarterly-returns-2011-12",
                "Too early to tell.",
                null));
        actions.add(new ActionView("D1", null, null,
                List.of(quote("F13", CASE_DECISIONS), quote("F15", WORK_PRESSURES)),
                "Tell staff how the letter’s findings are being addressed",
                "Monthly briefing to all children’s social care staff on progress with this plan.",
                "Communications team",
                null, null,
                "Staff survey shows 75% know what the plan changes for them.",
                Rag.AMBER, 50, false,
                "Briefings issued in July and August; September’s is delayed by the move to the new intranet.",
                "Not yet measured; the staff survey runs in November.",
                null));
        return actions;
    }
}
