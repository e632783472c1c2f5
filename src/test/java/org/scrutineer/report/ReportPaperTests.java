package org.scrutineer.report;

import org.scrutineer.finding.Timescale;
import org.scrutineer.progress.Rag;
import org.scrutineer.report.ReportView.ActionView;
import org.scrutineer.report.ReportView.FindingQuote;
import org.scrutineer.report.ReportView.FindingView;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What issue 14 asked of the paper, as a committee member reads it. */
class ReportPaperTests {

    private final ReportRenderer renderer = new ReportRenderer();

    @Test
    void theCoverSaysWhatThePaperCoversAndTheSummaryStartsOnIt() throws IOException {
        RenderedPdf pdf = new RenderedPdf(renderer.render(SampleReports.approved()));
        String cover = pdf.pages().get(0);
        assertThat(cover).contains("This paper reports progress on the action plan up to 7 September 2011, for the "
                + "committee’s meeting on 20 September 2011, in reporting cycle 2. It follows the approved report for "
                + "cycle 1, dated 20 July 2011", "Follows The approved report for cycle 1, dated 20 July 2011",
                "Summary What needs attention (4)");
    }

    @Test
    void theSummaryNamesWhatNeedsAttentionFirstWithOwnerAndDueDate() throws IOException {
        String text = new RenderedPdf(renderer.render(SampleReports.approved())).text();
        assertThat(text).containsSubsequence("What needs attention (4) 4 of the 6 actions need attention: 1 RED, 1 "
                + "overdue, 1 with no update this cycle, 1 slipped and 2 fallen in RAG since the last approved report.",
                "Action Title Owner Due Why",
                "A1 Record every case decision with its reasons Renée Dupré, Service Manager, Somerset Direct 5 August 2011 Overdue",
                "B1 Add performance and development to case supervision Jo Whitfield, Head of Workforce Development "
                        + "4 November 2011 Slipped: due 7 October 2011 at the last report; Fell from GREEN to AMBER",
                "B2 Link appraisal to supervision records", "No update received",
                "C1 Keep staffing levels under review with elected members", "RED; Fell from AMBER to RED",
                "Overall progress");
        assertThat(text).contains("Why the counts differ: status counts each action once, completed and overdue first, "
                + "while RAG counts the owner’s rating: 2 GREEN by RAG but 0 On track by status (1 completed, 1 overdue).");
    }

    /** A first report has no last report to compare with: a due date moved later than the plan said is a slip. */
    @Test
    void onAFirstReportAnActionDueLaterThanThePlanSaidIsSlipped() throws IOException {
        ActionView moved = new ActionView("A5", Timescale.IMMEDIATE, null, List.of(new FindingQuote("F1", "A finding.")),
                "Audit case files", null, "Owen Owner", LocalDate.of(2011, 10, 31), LocalDate.of(2012, 1, 31), null,
                Rag.GREEN, 20, false, "Begun.", null, null);
        String text = new RenderedPdf(renderer.render(SampleReports.view(null, List.of(moved)))).text();
        assertThat(text).contains("What needs attention (1)", "1 slipped and 0 fallen in RAG since the plan was drafted.",
                "Slipped: first due 31 October 2011").doesNotContain("Nothing: no action is RED");
    }

    /** The appendix's Section column holds its longest word, "Recommendation", on one line. */
    @Test
    void theFindingsAppendixBreaksNoSectionNameInsideAWord() throws IOException {
        ReportView sample = SampleReports.view(null, SampleReports.actions());
        ReportView recommended = new ReportView(sample.inspectionTitle(), sample.inspectorate(), sample.inspectionDates(),
                sample.authority(), sample.committee(), sample.meetingDate(), sample.reportDate(), sample.cycleNumber(),
                sample.version(), null, sample.actions(), sample.changes(), List.of(new FindingView("F3", "Recommendation",
                true, "Improve the timeliness of assessments.", Timescale.THREE_MONTHS, null, List.of("A1", "A2", "B1"))));
        List<String> pages = new RenderedPdf(renderer.render(recommended)).pages();
        assertThat(pages.get(pages.size() - 1)).contains("F3 Recommendation").doesNotContain("Recommendatio n");
    }

    @Test
    void aRatingKinderThanTheScheduleIsPrintedBesideItWithTheReason() throws IOException {
        ActionView kind = new ActionView("A1", Timescale.IMMEDIATE, null, List.of(new FindingQuote("F1", "A finding.")),
                "Record decisions", null, "Owen Owner, Head of Service", LocalDate.of(2011, 8, 5),
                LocalDate.of(2011, 8, 5), null, Rag.GREEN, 20, false, "Begun.", null, null, Rag.RED,
                "The remaining work is one afternoon's.");
        String text = new RenderedPdf(renderer.render(SampleReports.view(null, List.of(kind)))).text();
        assertThat(text).contains("RAG check The owner rates it GREEN; from its % complete and the time passed, the "
                + "schedule gives RED. The owner’s reason: The remaining work is one afternoon's.");
    }

    @Test
    void everyScriptAndEmojiPrintsAndWhatNoFontHasIsMarkedAndListed() throws IOException {
        String typed = "Greek Ωμέγα, Cyrillic Жук, symbols £ € → ✓ ½, emoji 😀 👍🏽 ❤️, and 中文.";
        ActionView action = new ActionView("A7", Timescale.IMMEDIATE, null, List.of(), "Scripts", null, "Owen Owner",
                LocalDate.of(2011, 8, 5), LocalDate.of(2011, 8, 5), null, Rag.AMBER, 50, false, typed, null, null);
        RenderedReport rendered = renderer.renderReport(SampleReports.view(null, List.of(action)));
        String text = new RenderedPdf(rendered.pdf()).text();
        // the thumb prints without its skin tone, which the one-colour emoji font could only print as a swatch beside it
        assertThat(text).contains("Greek Ωμέγα, Cyrillic Жук, symbols £ € → ✓ ½, emoji 😀 👍 ❤, and \uFFFD\uFFFD.");
        assertThat(rendered.warnings()).containsExactly(
                "A7: 中 (U+4E2D), 文 (U+6587) printed as \uFFFD, as no embedded font has them");
        assertThat(renderer.renderReport(SampleReports.approved()).warnings()).isEmpty();
    }

    @Test
    void oneActionNeedingAttentionIsSaidInTheSingular() throws IOException {
        ActionView overdue = new ActionView("A1", Timescale.IMMEDIATE, null, List.of(), "Record decisions", null,
                "Owen Owner", LocalDate.of(2011, 8, 5), LocalDate.of(2011, 8, 5), null, Rag.AMBER, 50, false, "Begun.",
                null, null);
        String text = new RenderedPdf(renderer.render(SampleReports.view(null, List.of(overdue)))).text();
        assertThat(text).contains("1 of the 1 action needs attention: 0 RED, 1 overdue");
    }

    @Test
    void titlesAreNeverCut() throws IOException {
        String title = "Make sure that every decision on a case, including the decision to close it, is recorded with "
                + "its reasons, what happened and what should happen if concerns about the child return";
        ActionView action = new ActionView("A9", Timescale.IMMEDIATE, null, List.of(), title, null, "Owen Owner",
                null, null, null, null, null, false, null, null, null);
        assertThat(new RenderedPdf(renderer.render(SampleReports.view(null, List.of(action)))).text()).contains(title)
                .doesNotContain("…");
    }
}
