package org.scrutineer.report;

import org.junit.jupiter.api.Test;
import org.scrutineer.progress.Rag;
import org.scrutineer.report.RenderedPdf.Bookmark;
import org.scrutineer.report.ReportView.ActionView;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The report's sections as a committee member reads them: summary, changes, due dates, appendix, bookmarks. */
class ReportSectionsTests {

    private final ReportRenderer renderer = new ReportRenderer();

    /*
     * The sample on 7 September 2011: A1 80% GREEN but due 5 August (overdue), A2 completed, B1 AMBER 40%,
     * B2 nothing reported, C1 RED 15%, D1 AMBER 50% with no due date.
     */
    @Test
    void summaryCountsTheActionsByStatusAndByRag() throws IOException {
        String text = new RenderedPdf(renderer.render(SampleReports.draft())).text();

        // (80 + 100 + 40 + 0 + 15 + 50) / 6 = 47.5
        assertThat(text).contains("Overall progress: 48% across 6 actions",
                "one whose owner has given no % complete as 0%");
        assertThat(text).containsSubsequence(
                "Not started No progress reported yet 1 17%",
                "On track Rated GREEN by its owner 0 0%",
                "At risk Rated AMBER by its owner 2 33%",
                "Off track Rated RED by its owner 1 17%",
                "Completed Reported complete 1 17%",
                "Overdue Past its current due date and not completed 1 17%",
                "All actions 6 100%");
        // the chart's bars carry their words and figures, not colour alone
        assertThat(text).contains("Not started 1 (17%) On track 0 (0%) At risk 2 (33%) Off track 1 (17%) "
                + "Completed 1 (17%) Overdue 1 (17%)");
        assertThat(text).containsSubsequence(
                "RED – Off track Red: will not be delivered", " 1 ",
                "AMBER – At risk Amber: behind plan", " 2 ",
                "GREEN – On track Green: progressing as planned", " 2 ",
                "Not rated No RAG rating reported for it yet. 1");
    }

    /**
     * A subheading is never left alone at a page's foot: wherever the content before it ends, the due-date table's
     * heading is on the page of its first row. A fixed allowance did this until a first row wrapped.
     */
    @Test
    void aTablesHeadingStaysOnThePageOfItsFirstRowWhereverThePageBreaks() throws IOException {
        String reason = "The supplier of the new case management system has moved the go-live date twice, and the"
                + " audit of case decisions cannot start until records are migrated; the team has agreed a revised"
                + " plan with the supplier and the committee will see it at its next meeting.";
        for (int extra = 0; extra < 14; extra++) {
            List<ActionView> actions = new java.util.ArrayList<>(SampleReports.actions());
            for (int i = 0; i < extra; i++) {
                actions.add(new ActionView("X" + i, null, null, List.of(), "An action added to move the page break "
                        + i, null, "Owner", LocalDate.of(2011, 8, 1), LocalDate.of(2011, 8, 1), null,
                        org.scrutineer.progress.Rag.RED, 10, false, "Little done.", null, null));
            }
            ReportView v = SampleReports.view(null, actions);
            ReportView withMove = new ReportView(v.inspectionTitle(), v.inspectorate(), v.inspectionDates(),
                    v.authority(), v.committee(), v.meetingDate(), v.reportDate(), v.cycleNumber(), v.version(),
                    v.approval(), v.actions(), v.changes(), v.findings(), null, List.of(new ReportView.MovedDueDate(
                    "A1", "Record every case decision", LocalDate.of(2011, 8, 5), LocalDate.of(2011, 12, 2), reason)),
                    List.of());
            RenderedPdf pdf = new RenderedPdf(renderer.render(withMove));

            assertThat(pdf.pageOf("Due dates moved, and why (1)")).as("with %d more actions", extra)
                    .isPositive().isEqualTo(pdf.pageOf("The supplier of the new"));
        }
    }

    @Test
    void summaryOfAPlanWithNoActionsSaysSoWithoutDividingByZero() throws IOException {
        String text = new RenderedPdf(renderer.render(SampleReports.view(null, List.of()))).text();

        assertThat(text).contains("Overall progress: 0% across 0 actions", "All actions 0 0%",
                "The plan has no actions yet.");
    }

    @Test
    void changesSinceTheLastApprovedReportAcrossTwoCycles() throws IOException {
        LocalDate cycleOneDate = LocalDate.of(2011, 7, 20);
        List<ActionView> cycleOne = cycleOneActions();
        ReportView first = new ReportView("Inspection", "Ofsted", null, "Somerset County Council", "Committee",
                null, cycleOneDate, 1, 2, SampleReports.approved().approval(), cycleOne, Changes.firstReport(),
                SampleReports.findings());
        String firstText = new RenderedPdf(renderer.render(first)).text();
        assertThat(firstText).contains("Changes since the last approved report This is the first report on this "
                + "action plan, so there is no approved report to compare it with.");
        assertThat(firstText).doesNotContain("Newly completed (", "RAG rating changed (");

        // what cycle 1's approved report kept, compared with cycle 2
        List<ActionState> kept = cycleOne.stream().map(a -> ActionState.of(a, cycleOneDate)).toList();
        Changes changes = Changes.between(1, cycleOneDate, kept,
                SampleReports.statesOf(SampleReports.actions()));
        ReportView view = SampleReports.view(null, SampleReports.actions(), changes);
        // B1's extension, and C1 moved and moved back by a coordinator: the changes list shows only B1's
        List<ReportView.MovedDueDate> moves = List.of(
                new ReportView.MovedDueDate("B1", "Add performance and development to case supervision",
                        LocalDate.of(2011, 10, 7), LocalDate.of(2011, 11, 4), "Appraisal forms are being redesigned."),
                new ReportView.MovedDueDate("C1", "Keep staffing levels under review with elected members",
                        LocalDate.of(2012, 2, 3), LocalDate.of(2012, 3, 2), null),
                new ReportView.MovedDueDate("C1", "Keep staffing levels under review with elected members",
                        LocalDate.of(2012, 3, 2), LocalDate.of(2012, 2, 3), "The panel kept the first date."));
        ReportView withMoves = new ReportView(view.inspectionTitle(), view.inspectorate(),
                view.inspectionDates(), view.authority(), view.committee(), view.meetingDate(), view.reportDate(),
                view.cycleNumber(), view.version(), null, view.actions(), changes, view.findings(), null, moves, List.of());
        String text = new RenderedPdf(renderer.render(withMoves)).text();

        assertThat(text).contains("Compared with the approved report for reporting cycle 1, dated 20 July 2011.");
        assertThat(text).containsSubsequence(
                "Newly completed (1) Action Title Current due A2 Audit closures monthly and report the results 5 August 2011",
                "RAG rating changed (2) Action Title Was Now",
                "B1 Add performance and development to case supervision GREEN – On track AMBER – At risk",
                "C1 Keep staffing levels under review with elected members AMBER – At risk RED – Off track",
                "Due dates moved (1) Action Title Original due Due at last report Current due Why",
                "B1 Add performance and development", "7 October 2011 7 October 2011 4 November 2011",
                "Appraisal forms are being redesigned.",
                "Newly overdue (1) Action Title Due A1 Record every case decision with its reasons 5 August 2011",
                "New actions (1) Action Title Due D1 Tell staff how the letter’s findings are being addressed Not set",
                "Other due dates moved, and why (2) Action Title Was due Now due Reason",
                "C1 Keep staffing levels", "3 February 2012 2 March 2012 Moved by a coordinator",
                "C1 Keep staffing levels", "2 March 2012 3 February 2012 The panel kept the first date.",
                "Immediately");
        // each move is listed once: B1's reason is not repeated under a second heading
        assertThat(text).doesNotContain("Due dates moved, and why");
        assertThat(text.split("Appraisal forms are being redesigned.", -1)).hasSize(2);
        assertThat(text).doesNotContain("This is the first report");

        // the clerk's Word copy has the same lists, and each move once too
        String word = wordText(withMoves);
        assertThat(word).containsSubsequence("Changes since the last approved report",
                "Compared with the approved report for reporting cycle 1, dated 20 July 2011.",
                "Newly completed (1)", "A2 Audit closures monthly and report the results 5 August 2011",
                "RAG rating changed (2)", "B1 Add performance and development to case supervision GREEN – On track AMBER – At risk",
                "Due dates moved (1)", "Original due Due at last report Current due Why",
                "7 October 2011 7 October 2011 4 November 2011 Appraisal forms are being redesigned.",
                "Newly overdue (1)", "A1 Record every case decision with its reasons 5 August 2011",
                "New actions (1)", "D1 Tell staff how the letter’s findings are being addressed Not set",
                "Other due dates moved, and why (2)", "3 February 2012 2 March 2012 Moved by a coordinator");
        assertThat(word.split("Appraisal forms are being redesigned.", -1)).hasSize(2);
        // and the summary's RAG table and the status table's total, as the PDF's
        assertThat(word).containsSubsequence("Actions by status", "All actions 6 100%",
                "Each action is counted once", "Actions by RAG rating, and what each colour means",
                "RED – Off track Red: will not be delivered", "Not rated No RAG rating reported for it yet.");
        assertThat(wordText(first)).contains("This is the first report on this action plan")
                .doesNotContain("Newly completed (");
        // and the appendix of the letter's findings, each with the actions that answer it
        assertThat(word).containsSubsequence("Appendix: the letter’s findings", "findings that call for action",
                "Finding Section What the letter says Answered by");
    }

    private static String wordText(ReportView view) throws IOException {
        try (var word = new org.apache.poi.xwpf.usermodel.XWPFDocument(new java.io.ByteArrayInputStream(new WordCopy().write(view)));
             var text = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(word)) {
            return text.getText().replaceAll("\\s+", " ");
        }
    }

    @Test
    void anEmptyListSaysNoneAndAnOldReportWithoutStatesIsNamed() throws IOException {
        List<ActionState> same = SampleReports.statesOf(SampleReports.actions());
        String unchanged = new RenderedPdf(renderer.render(SampleReports.view(null, SampleReports.actions(),
                Changes.between(1, SampleReports.CYCLE_ONE_DATE, same, same)))).text();
        assertThat(unchanged).contains("Nothing has changed since.", "Newly completed (0) None.",
                "RAG rating changed (0) None.", "Due dates moved (0) None.", "Newly overdue (0) None.",
                "New actions (0) None.");

        String notKept = new RenderedPdf(renderer.render(SampleReports.view(null, SampleReports.actions(),
                Changes.notRecorded(1, SampleReports.CYCLE_ONE_DATE)))).text();
        assertThat(notKept).contains("was made before reports kept each action’s state");
    }

    @Test
    void eachActionShowsItsOriginalAndCurrentDueDateSideBySide() throws IOException {
        String text = new RenderedPdf(renderer.render(SampleReports.draft())).text();

        assertThat(text).contains("Original due 7 October 2011 Current due 4 November 2011 Moved from the original date");
        assertThat(text).contains("Original due 1 December 2011 Current due 1 December 2011 Success measure");
    }

    @Test
    void appendixListsEveryFindingWithItsActionsAndFlagsTheUnanswered() throws IOException {
        RenderedPdf pdf = new RenderedPdf(renderer.render(SampleReports.draft()));
        String text = pdf.text();

        assertThat(text).contains("The 4 of the Ofsted letter’s 6 findings that call for action, in the letter’s order, "
                + "with the actions that answer them. 1 has no action answering it; it is flagged “No action”. The other "
                + "2 findings (strengths, judgements and narrative that ask for no action) are counted here, not reprinted.");
        String appendix = text.substring(text.indexOf("Appendix: the letter’s findings"));
        assertThat(appendix).doesNotContain("Contact, referral and assessment arrangements", "Thresholds for access");
        assertThat(text).containsSubsequence(
                "Finding Section What the letter says Answered by",
                "F13 Area for development Further work is needed", "Immediately · Case recording A1, A2, D1",
                "F14 Area for development", "Within three months · Supervision and appraisal B1, B2",
                "F15 Area for development", "Within six months · Workforce capacity C1, D1",
                "F16 Priority action " + SampleReports.UNANSWERED + " Immediately No action");
        assertThat(pdf.pageOf("Appendix: the letter’s findings")).isEqualTo(pdf.pages().size());
    }

    @Test
    void bookmarksOpenEachSectionOnItsPage() throws IOException {
        RenderedPdf pdf = new RenderedPdf(renderer.render(SampleReports.approved()));
        List<Bookmark> marks = pdf.bookmarks();

        assertThat(marks).extracting(Bookmark::title).containsExactly("Cover", "Sign-off", "Summary",
                "Changes since the last approved report", "Actions", "Appendix: findings");
        Bookmark actions = marks.get(4);
        assertThat(actions.children()).extracting(Bookmark::title).containsExactly("Immediately (2)",
                "Within three months (2)", "Within six months (1)", "Other actions (1)");
        assertThat(actions.children().get(0).children()).extracting(Bookmark::title).containsExactly("Case recording");

        assertThat(marks.get(0).page()).isEqualTo(1);
        assertThat(marks.get(2).page()).isEqualTo(pdf.pageOf("Summary What needs attention"));
        assertThat(marks.get(3).page()).isEqualTo(pdf.pageOf("Changes since the last approved report Compared"));
        assertThat(actions.page()).isEqualTo(pdf.pageOf("Immediately Timescale set by"));
        assertThat(actions.children().get(0).page()).isEqualTo(actions.page());
        assertThat(actions.children().get(1).page()).isEqualTo(pdf.pageOf("Within three months Timescale set by"));
        assertThat(actions.children().get(3).page()).isEqualTo(pdf.pageOf("Other actions No timescale"));
        assertThat(marks.get(5).page()).isEqualTo(pdf.pageOf("Appendix: the letter’s findings"));
    }

    @Test
    void draftHasNoSignOffBookmark() throws IOException {
        assertThat(new RenderedPdf(renderer.render(SampleReports.draft())).bookmarks())
                .extracting(Bookmark::title).doesNotContain("Sign-off").contains("Cover", "Summary");
    }

    @Test
    void languageIsBritishEnglish() throws IOException {
        assertThat(new RenderedPdf(renderer.render(SampleReports.draft())).language()).isEqualTo("en-GB");
    }

    @Test
    void chairsCommentsFromEveryReturnedVersionArePrintedBesideTheAction() throws IOException {
        List<ActionView> actions = new ArrayList<>(SampleReports.actions());
        ActionView a1 = actions.get(0);
        actions.set(0, new ActionView(a1.actionId(), a1.timescale(), a1.theme(), a1.findings(), a1.title(),
                a1.description(), a1.owner(), a1.originalDueDate(), a1.dueDate(), a1.successMeasure(), Rag.GREEN,
                a1.percentComplete(), false, a1.progress(), a1.impact(),
                "On version 1: Give the audit sample size.\n\nOn version 2: Say who checks the audit."));
        String text = new RenderedPdf(renderer.render(SampleReports.view(null, actions))).text();

        assertThat(text).contains("Chair’s comments On version 1: Give the audit sample size. "
                + "On version 2: Say who checks the audit.");
    }

    /** Cycle 1 of the sample: A2 not yet complete, B1 GREEN and due in October, C1 AMBER; D1 not yet in the plan. */
    private static List<ActionView> cycleOneActions() {
        List<ActionView> now = SampleReports.actions();
        List<ActionView> before = new ArrayList<>();
        for (ActionView a : now.subList(0, 5)) {
            Rag rag = switch (a.actionId()) {
                case "B1" -> Rag.GREEN;
                case "C1" -> Rag.AMBER;
                default -> a.rag();
            };
            LocalDate due = a.actionId().equals("B1") ? a.originalDueDate() : a.dueDate();
            before.add(new ActionView(a.actionId(), a.timescale(), a.theme(), a.findings(), a.title(),
                    a.description(), a.owner(), a.originalDueDate(), due, a.successMeasure(), rag,
                    a.percentComplete(), false, a.progress(), a.impact(), null));
        }
        return before;
    }
}
