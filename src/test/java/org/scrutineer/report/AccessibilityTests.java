package org.scrutineer.report;

import com.lowagie.text.Document;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The report as PDF/UA-1, checked by veraPDF (a draft, an approved version, a long one whose narratives run over
 * pages), and its structure tree as a screen reader walks it.
 */
class AccessibilityTests {

    private final ReportRenderer renderer = new ReportRenderer();

    @Test
    void draftAndApprovedReportsPassEveryPdfUaRule() throws Exception {
        assertThat(PdfUa.failedRules(renderer.render(SampleReports.draft()))).as("rules the draft fails").isEmpty();
        assertThat(PdfUa.failedRules(renderer.render(SampleReports.approved()))).as("rules the approved version fails")
                .isEmpty();
    }

    @Test
    void aLongReportWithNarrativesRunningOverPagesPassesToo() throws Exception {
        assertThat(PdfUa.failedRules(renderer.render(ReportRenderingBenchmark.view(40)))).isEmpty();
    }

    @Test
    void theCheckerCatchesAnUntaggedPdf() throws Exception {
        ByteArrayOutputStream untagged = new ByteArrayOutputStream();
        Document document = new Document();
        PdfWriter.getInstance(document, untagged);
        document.open();
        document.add(new Paragraph("Untagged"));
        document.close();
        Map<String, String> failed = PdfUa.failedRules(untagged.toByteArray());
        assertThat(failed).containsKeys("7.1-3", "7.1-11", "7.1-10");
    }

    @Test
    void structureTreeHasHeadingsParagraphsListsTablesWithHeaderCellsAndTheChartWithAltText() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(renderer.render(SampleReports.approved()))) {
            assertThat(pdf.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
            assertThat(pdf.getDocumentCatalog().getViewerPreferences().displayDocTitle()).isTrue();
            assertThat(pdf.getDocumentInformation().getTitle()).startsWith("Progress report: Annual unannounced");
            List<PDStructureElement> all = new ArrayList<>();
            collect(pdf.getDocumentCatalog().getStructureTreeRoot(), all);
            List<String> types = all.stream().map(PDStructureElement::getStructureType).toList();
            assertThat(types.get(0)).isEqualTo("Document");
            assertThat(types.subList(1, types.size())).startsWith("P", "P", "P", "H1");
            assertThat(types).contains("H2", "H3", "H4", "P", "L", "LI", "Lbl", "LBody", "Table", "TR", "TH", "TD",
                    "Figure");
            assertThat(all.stream().filter(e -> e.getStructureType().equals("Figure")).findFirst().orElseThrow()
                    .getAlternateDescription()).startsWith("Bar chart of the actions by status: Not started");
            assertThat(types.indexOf("H2")).as("the sign-off heading comes before the summary's tables")
                    .isLessThan(types.indexOf("Figure"));
        }
    }

    private static void collect(PDStructureNode node, List<PDStructureElement> into) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement element) {
                into.add(element);
                collect(element, into);
            }
        }
    }
}
