package org.scrutineer.report;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.scrutineer.finding.Timescale;
import org.scrutineer.progress.Rag;
import org.scrutineer.report.ReportView.ActionView;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class ReportRendererTests {

    private static final float A4_WIDTH = PDRectangle.A4.getWidth();
    private static final float SIDE_MARGIN = 56;

    private final ReportRenderer renderer = new ReportRenderer();

    @Test
    void draftIsMarkedDraftAndShowsEveryAction() throws IOException {
        String raw = text(renderer.render(SampleReports.draft()));
        String text = collapse(raw);

        assertThat(text).contains("DRAFT", "Annual unannounced inspection of contact, referral and assessment arrangements",
                "Ofsted", "Somerset County Council", "Children and Young People Scrutiny Committee", "7 September 2011",
                "Inspection dates 4 and 5 May 2011", "Meeting date 20 September 2011");
        for (ActionView action : SampleReports.actions()) {
            assertThat(text).contains(action.title(), action.owner());
            if (action.rag() != null) {
                assertThat(text).contains("Owner’s RAG " + action.rag().name() + " – " + action.rag().meaning());
            }
            if (action.progress() != null) {
                // squeezed: a URL in a narrative wraps at its hyphens, which extraction keeps as line ends
                assertThat(squeeze(raw)).contains(squeeze(action.progress()));
            }
            for (ReportView.FindingQuote finding : action.findings()) {
                assertThat(text).contains(finding.id() + " “" + collapse(finding.text()) + "”");
            }
        }
        Changes changes = SampleReports.changesSinceCycleOne();
        for (Rag rag : Rag.values()) {
            long cards = SampleReports.actions().stream().filter(a -> a.rag() == rag).count();
            long inChanges = changes.ragChanged().stream().filter(c -> c.from() == rag || c.to() == rag).count();
            // each card with that status, its row of the summary's RAG table, and the changes it appears in
            assertThat(text.split(rag.name() + " – " + rag.meaning(), -1)).hasSize((int) (cards + 1 + inChanges) + 1);
        }
        assertThat(text).contains("No update yet", "Not rated", "100% complete Completed", "5 August 2011",
                "80% complete Overdue", "Please bring the August audit figures to the next meeting.");
        assertThat(text).doesNotContain("Sign-off", "Approved by", "certifies the draft");
    }

    @Test
    void everyPageFooterCountsPagesAndCarriesVersionAndStatusUnderAHeaderNamingAuthorityAndCommittee()
            throws IOException {
        byte[] pdf = renderer.render(SampleReports.draft());
        List<String> pages = pageTexts(pdf);

        assertThat(pages).hasSizeGreaterThan(1);
        for (int page = 1; page <= pages.size(); page++) {
            assertThat(collapse(pages.get(page - 1)))
                    .contains("Page " + page + " of " + pages.size())
                    .contains("Version 3 · DRAFT");
            if (page > 1) {
                // the cover carries the same names in its title block instead
                assertThat(collapse(pages.get(page - 1)))
                        .contains("Somerset County Council · Children and Young People Scrutiny Committee 7 September 2011");
            }
        }
    }

    @Test
    void draftHasLargeWatermarkOnEveryPageAndApprovedHasNone() throws IOException {
        assertThat(watermarkedPages(renderer.render(SampleReports.draft()))).doesNotContain(false);
        assertThat(watermarkedPages(renderer.render(SampleReports.approved()))).doesNotContain(true);
    }

    @Test
    void approvedVersionCarriesSignOffWithCertifiedHashAndNoDraftMarking() throws IOException {
        byte[] pdf = renderer.render(SampleReports.approved());
        String text = collapse(text(pdf));

        assertThat(text)
                .contains("Approved by Cllr Frances Nicholson on 12 September 2011 at 14:05 BST")
                .contains(SampleReports.HASH)
                .contains("Version 3 · APPROVED")
                .doesNotContain("DRAFT");
    }

    @Test
    void approvalTimeIsPrintedInLondonTimeOutsideSummerToo() throws IOException {
        ReportView winter = SampleReports.view(new ReportView.Approval("Cllr Frances Nicholson",
                java.time.Instant.parse("2012-01-10T09:30:00Z"), SampleReports.HASH, 2), SampleReports.actions());

        assertThat(collapse(text(renderer.render(winter))))
                .contains("Approved by Cllr Frances Nicholson on 10 January 2012 at 09:30 GMT")
                .contains("Version 3, the signed copy of version 2, which the chair approved");
    }

    @Test
    void anActionThatFitsOnAPageIsNeverSplitAcrossTwo() throws IOException {
        // every sample card is shorter than a page; laid out one after another, some would straddle a page end
        String text = collapse(text(renderer.render(SampleReports.draft())));

        assertThat(text).contains(SampleReports.actions().get(0).title()).doesNotContain("(continued)");
    }

    @Test
    void longNarrativeIsPrintedInFullAcrossPages() throws IOException {
        String narrative = narrativeOf(5_000);
        ActionView action = action("L1", Timescale.SIX_MONTHS, "Long narrative action", narrative);
        byte[] pdf = renderer.render(SampleReports.view(SampleReports.approved().approval(), List.of(action)));

        List<String> pages = pageTexts(pdf);
        String body = pages.stream().map(page -> withoutPageFurniture(page, action.title()))
                .collect(Collectors.joining("\n"));
        assertThat(collapse(body)).contains("Progress (continued)");
        assertThat(collapse(body).replace(" Progress (continued)", "")).contains(collapse(narrative));

        String opening = collapse(narrative).substring(0, 80);
        String ending = collapse(narrative).substring(collapse(narrative).length() - 80);
        assertThat(pageOf(pages, ending)).isGreaterThan(pageOf(pages, opening));
    }

    @Test
    void longWordsAndUrlsWrapInsideTheMargins() throws IOException {
        String longWord = "Supercalifragilistic".repeat(12);
        String url = "https://www.example.gov.uk/" + "children/social-care/".repeat(12) + "report.pdf";
        ActionView action = new ActionView("W1", Timescale.IMMEDIATE, longWord, List.of(quote(longWord)),
                longWord, url, longWord, LocalDate.of(2011, 8, 5), LocalDate.of(2011, 8, 5), url, Rag.RED, 5, false,
                "See " + url + " and " + longWord, url, longWord);
        byte[] pdf = renderer.render(SampleReports.view(SampleReports.approved().approval(), List.of(action)));

        float[] extent = horizontalExtent(pdf);
        assertThat(extent[0]).isGreaterThanOrEqualTo(SIDE_MARGIN - 1);
        assertThat(extent[1]).isLessThanOrEqualTo(A4_WIDTH - SIDE_MARGIN + 1);
        assertThat(squeeze(text(pdf))).contains(longWord, url);
    }

    @Test
    void typographicCharactersSurviveExtraction() throws IOException {
        String progress = "The chair’s “quick win” – £12,500 agreed with Zoë Béranger for café-style drop-ins.";
        ActionView action = action("U1", Timescale.IMMEDIATE, "Café drop-ins – “quick wins”", progress);
        String raw = text(renderer.render(SampleReports.view(null, List.of(action))));

        assertThat(squeeze(raw)).contains(squeeze(progress));
        assertThat(collapse(raw)).contains("Café drop-ins – “quick wins”", "chair’s “quick win” – £12,500",
                "Zoë Béranger");
    }

    @Test
    void embedsOnlyTheBundledFonts() throws IOException {
        try (PDDocument document = Loader.loadPDF(renderer.render(SampleReports.draft()))) {
            for (PDPage page : document.getPages()) {
                PDResources resources = page.getResources();
                for (COSName name : resources.getFontNames()) {
                    PDFont font = resources.getFont(name);
                    assertThat(font.getName()).matches("SCRTN[RB]\\+DejaVuSans(-Bold)?");
                    assertThat(font.isEmbedded()).isTrue();
                }
            }
        }
    }

    @Test
    void actionsAreGroupedByTimescaleThenThemeWithUnthemedLast() throws IOException {
        String text = collapse(text(renderer.render(SampleReports.approved())));

        assertThat(text).containsSubsequence(
                Timescale.IMMEDIATE.heading(), "Case recording",
                "Record every case decision with its reasons", "Audit closures monthly",
                Timescale.THREE_MONTHS.heading(), "Supervision and appraisal", "Add performance and development",
                "No theme given", "Link appraisal to supervision records",
                Timescale.SIX_MONTHS.heading(), "Workforce capacity", "Keep staffing levels under review",
                "Other actions", "Tell staff how the letter’s findings are being addressed");
        // the last group has no theme at all, so it needs no "No theme given"
        assertThat(text.substring(text.indexOf("Other actions No timescale"))).doesNotContain("No theme given");
    }

    /** Actions answering the areas for priority action come before the rest, under the letter's own heading. */
    @Test
    void actionsAnsweringPriorityActionsComeFirstAmongThoseWithNoTimescale() throws IOException {
        List<ActionView> actions = new ArrayList<>(SampleReports.actions());
        ActionView d1 = actions.get(actions.size() - 1);
        actions.add(new ActionView("E1", null, null, List.of(new ReportView.FindingQuote("F16", SampleReports.UNANSWERED)),
                "Acknowledge every referral within a working day", null, "Front door manager", null, null, null,
                Rag.GREEN, 80, false, "Done for 9 in 10 referrals.", null, null));
        String text = collapse(text(renderer.render(SampleReports.view(null, actions))));

        assertThat(text).containsSubsequence(Timescale.SIX_MONTHS.heading(), "Areas for priority action",
                "Actions answering the areas Ofsted named for priority action",
                "Acknowledge every referral within a working day", "Other actions", d1.title());
    }

    /** The cover says which letter it answers, as the council knows it: its date and the judgement it gave. */
    @Test
    void theCoverGivesTheLettersDateAndJudgementAndSaysWhenThePaperIsLateForItsMeeting() throws IOException {
        ReportView sample = SampleReports.draft();
        String onTime = collapse(text(renderer.render(withLetterAndDates(sample, sample.reportDate()))));
        assertThat(onTime).contains("Letter dated 9 May 2011", "Judgement Good").doesNotContain("Late Drafted");
        assertThat(collapse(text(renderer.render(sample)))).doesNotContain("Letter dated", "Judgement");

        String late = collapse(text(renderer.render(withLetterAndDates(sample, sample.meetingDate().plusDays(3)))));
        assertThat(late).contains("Late Drafted on 23 September 2011, after the meeting it is for: the committee reads"
                + " it at its next meeting.");
        // drafted in time, but a cycle opened days before its meeting publishes after it
        String publishedLate = collapse(text(renderer.render(withLetterAndDates(sample, sample.reportDate(),
                sample.meetingDate().plusDays(9)))));
        assertThat(publishedLate).contains("Late The cycle opened too close to its meeting: its calendar publishes the"
                + " paper on 29 September 2011, after the meeting of 20 September 2011");
        // signed before the meeting, as the note said it might be, the paper reached it: the record says no "Late"
        ReportView signed = SampleReports.approved();
        assertThat(collapse(text(renderer.render(withLetterAndDates(signed, signed.reportDate(),
                signed.meetingDate().plusDays(9)))))).doesNotContain("Late The cycle opened");
    }

    private static ReportView withLetterAndDates(ReportView v, LocalDate drafted) {
        return withLetterAndDates(v, drafted, null);
    }

    private static ReportView withLetterAndDates(ReportView v, LocalDate drafted, LocalDate published) {
        return new ReportView(v.inspectionTitle(), v.inspectorate(), v.inspectionDates(), v.authority(), v.committee(),
                v.meetingDate(), drafted, v.cycleNumber(), v.version(), v.approval(), v.actions(), v.changes(),
                v.findings(), drafted, v.dueDatesMoved(), v.dueDatesAsked(), LocalDate.of(2011, 5, 9), "Good", published);
    }

    @Test
    void sameViewRendersToIdenticalBytes() {
        byte[] first = renderer.render(SampleReports.draft());
        byte[] second = new ReportRenderer().render(SampleReports.draft());
        byte[] other = renderer.render(SampleReports.approved());

        assertThat(second).isEqualTo(first);
        assertThat(other).isNotEqualTo(first);
    }

    @Test
    void metadataDescribesTheReportAndDatesComeFromTheView() throws IOException {
        try (PDDocument document = Loader.loadPDF(renderer.render(SampleReports.approved()))) {
            PDDocumentInformation info = document.getDocumentInformation();

            assertThat(info.getTitle()).contains("Annual unannounced inspection", "version 3", "approved");
            assertThat(info.getAuthor()).isEqualTo("Somerset County Council");
            assertThat(info.getSubject()).contains("Ofsted", "Children and Young People Scrutiny Committee");
            assertThat(info.getCreator()).isEqualTo("Scrutineer");
            assertThat(info.getCreationDate().toInstant())
                    .isEqualTo(LocalDate.of(2011, 9, 7).atStartOfDay(ZoneId.of("Europe/London")).toInstant());
            assertThat(info.getModificationDate().toInstant())
                    .isEqualTo(SampleReports.approved().approval().approvedAt());
        }
    }

    /** Writes the samples for a person to look at: -Dreport.samples=target/report-samples */
    @Test
    void anActionWithNoDescriptionOrMeasureHasNoEmptyRows() throws IOException {
        ActionView bare = new ActionView("B1", Timescale.IMMEDIATE, null, List.of(quote("A finding about recording.")),
                "Record decisions", null, "Sam Owner", LocalDate.of(2011, 8, 5), LocalDate.of(2011, 8, 5), null,
                Rag.GREEN, 10, false,
                "Begun.", null, null);
        String page = collapse(text(renderer.render(SampleReports.view(null, List.of(bare)))));
        assertThat(page).contains("Finding F1 “A finding about recording.” Owner Sam Owner", "Success measure Not set");
    }

    @Test
    @EnabledIfSystemProperty(named = "report.samples", matches = ".+")
    void writeSamples() throws IOException {
        Path dir = Files.createDirectories(Path.of(System.getProperty("report.samples")));
        Files.write(dir.resolve("draft.pdf"), renderer.render(SampleReports.draft()));
        Files.write(dir.resolve("approved.pdf"), renderer.render(SampleReports.approved()));
        List<ActionView> stress = new ArrayList<>(SampleReports.actions());
        stress.add(2, action("L1", Timescale.IMMEDIATE, "Long narrative action", narrativeOf(5_000)));
        String longWord = "Supercalifragilistic".repeat(12);
        stress.add(new ActionView("W1", null, null, List.of(quote(longWord)), longWord, longWord, longWord, null, null,
                longWord,
                Rag.RED, 5, false, "See https://www.example.gov.uk/" + "children/social-care/".repeat(12), null, longWord));
        Files.write(dir.resolve("long.pdf"), renderer.render(SampleReports.view(null, stress)));
    }

    private static ActionView action(String id, Timescale timescale, String title, String progress) {
        return new ActionView(id, timescale, "Narrative", List.of(quote("A finding about recording.")), title,
                "Describe the work.", "Sam Owner", LocalDate.of(2011, 8, 5), LocalDate.of(2011, 8, 5),
                "Measured monthly.",
                Rag.AMBER, 30, false, progress, "Some impact.", null);
    }

    private static ReportView.FindingQuote quote(String text) {
        return new ReportView.FindingQuote("F1", text);
    }

    /** Numbered sentences, so a dropped or repeated stretch cannot go unnoticed. */
    private static String narrativeOf(int length) {
        StringBuilder narrative = new StringBuilder();
        for (int sentence = 1; narrative.length() < length; sentence++) {
            narrative.append("Sentence ").append(sentence)
                    .append(" reports that the north area team reviewed its caseloads and agreed next steps. ");
            if (sentence % 7 == 0) {
                narrative.append("\n\n");
            }
        }
        return narrative.substring(0, length).strip();
    }

    private static String withoutPageFurniture(String page, String repeatedTitle) {
        return Arrays.stream(page.split("\\R"))
                .filter(line -> !line.matches("Version \\d+ · (DRAFT|APPROVED).*Page \\d+ of \\d+\\s*"))
                .filter(line -> !line.startsWith("Somerset County Council · Children and Young People Scrutiny Committee"))
                .filter(line -> !line.contains(repeatedTitle))
                .collect(Collectors.joining("\n"));
    }

    private static int pageOf(List<String> pages, String collapsedText) {
        for (int i = 0; i < pages.size(); i++) {
            if (collapse(pages.get(i)).contains(collapsedText)) {
                return i + 1;
            }
        }
        throw new AssertionError("not on any page: " + collapsedText);
    }

    private static String squeeze(String text) {
        return text.replaceAll("\\s+", "");
    }

    private static String collapse(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    private static List<String> pageTexts(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<String> pages = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper();
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                pages.add(stripper.getText(document));
            }
            return pages;
        }
    }

    /** Per page, whether it carries text of watermark size (the body never goes above 17pt). */
    private static List<Boolean> watermarkedPages(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<Boolean> pages = new ArrayList<>();
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                StringBuilder huge = new StringBuilder();
                PDFTextStripper stripper = new PDFTextStripper() {
                    @Override
                    protected void processTextPosition(TextPosition text) {
                        if (text.getFontSizeInPt() >= 100) {
                            huge.append(text.getUnicode());
                        }
                    }
                };
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                stripper.getText(document);
                pages.add(huge.toString().equals("DRAFT"));
            }
            return pages;
        }
    }

    /** Leftmost and rightmost x any glyph reaches, on any page. */
    private static float[] horizontalExtent(byte[] pdf) throws IOException {
        float[] extent = {Float.MAX_VALUE, -Float.MAX_VALUE};
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void processTextPosition(TextPosition text) {
                    if (!text.getUnicode().isBlank()) {
                        extent[0] = Math.min(extent[0], text.getXDirAdj());
                        extent[1] = Math.max(extent[1], text.getXDirAdj() + text.getWidthDirAdj());
                    }
                }
            };
            stripper.getText(document);
        }
        return extent;
    }
}
