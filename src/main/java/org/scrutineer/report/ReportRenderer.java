package org.scrutineer.report;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.PageSize;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfEncryption;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import org.springframework.stereotype.Component;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.TimeZone;

import static org.scrutineer.report.ReportWording.orEmpty;

/**
 * Lays a {@link ReportView} out as the PDF progress report a scrutiny committee reads. The output is
 * a pure function of the view, byte for byte, because the approved version certifies a draft by its
 * SHA-256: re-rendering that draft must reproduce the hash.
 */
@Component
public class ReportRenderer {

    private static final float MARGIN_SIDE = 56;
    private static final float MARGIN_TOP = 62;
    private static final float MARGIN_BOTTOM = 58;
    static final String LANGUAGE = "en-GB";

    public byte[] render(ReportView view) {
        return renderReport(view).pdf();
    }

    /** The PDF, and the characters it had to print as a marker because no embedded font has them. */
    public RenderedReport renderReport(ReportView view) {
        Objects.requireNonNull(view, "view");
        int pages = layOut(view, 0, OutputStream.nullOutputStream()).pages();
        ByteArrayOutputStream pdf = new ByteArrayOutputStream(64 * 1024);
        Pass last = layOut(view, pages, pdf);
        if (last.pages() != pages) {
            // Only decorations differ between passes and they sit outside the margins; guard anyway.
            throw new IllegalStateException("report reflowed between passes: " + pages + " then " + last.pages());
        }
        return new RenderedReport(pdf.toByteArray(), last.warnings());
    }

    private record Pass(int pages, List<String> warnings) {
    }

    private Pass layOut(ReportView view, int totalPages, OutputStream out) {
        ReportStyle style = ReportStyle.forOneDocument();
        Document document = new Document(PageSize.A4, MARGIN_SIDE, MARGIN_SIDE, MARGIN_TOP, MARGIN_BOTTOM);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            // PDF/UA: tagged, its title shown as the window's title, and an XMP packet that says it claims PDF/UA-1
            Tagging tagging = new Tagging(writer);
            writer.setPdfVersion(PdfWriter.VERSION_1_7);
            PageDecorations decorations = new PageDecorations(view, style, totalPages);
            writer.setPageEvent(decorations);
            document.addTitle(documentTitle(view));
            document.addSubject("Progress on the action plan answering the " + orEmpty(view.inspectorate())
                    + " inspection letter, for " + orEmpty(view.committee()));
            document.addAuthor(orEmpty(view.authority()));
            document.addCreator("Scrutineer");
            // Readers open the bookmarks beside the first page; screen readers take the language from the catalog.
            writer.setViewerPreferences(PdfWriter.PageModeUseOutlines | PdfWriter.DisplayDocTitle);
            writer.getExtraCatalog().put(PdfName.LANG, new PdfString(LANGUAGE));
            writer.setXmpMetadata(Xmp.packet(documentTitle(view), orEmpty(view.authority()), created(view)));
            document.open();

            new ReportBody(new ReportFlow(document, writer, style, tagging), view).write();

            pinMetadata(writer.getInfo(), view);
            document.close();
            return new Pass(decorations.pagesDecorated(), style.warnings());
        } catch (DocumentException e) {
            throw new IllegalStateException("cannot lay out report", e);
        }
    }

    private static String documentTitle(ReportView view) {
        return "Progress report: " + orEmpty(view.inspectionTitle()) + " (cycle " + view.cycleNumber()
                + ", version " + view.version() + ", " + ReportWording.status(view).toLowerCase(Locale.UK) + ")";
    }

    /**
     * OpenPDF stamps the wall-clock time and a time-seeded file ID; both are replaced with values
     * derived from the view. FILEID in the info dictionary is OpenPDF's hook for a caller-chosen
     * trailer ID (it is also written into the info dictionary itself, which readers ignore).
     */
    private static Instant created(ReportView view) {
        return view.reportDate() == null ? Instant.EPOCH
                : view.reportDate().atStartOfDay(ReportWording.LONDON).toInstant();
    }

    private static void pinMetadata(PdfDictionary info, ReportView view) {
        Instant created = created(view);
        Instant modified = view.isDraft() || view.approval().approvedAt() == null ? created
                : view.approval().approvedAt();
        info.put(PdfName.CREATIONDATE, new PdfDate(london(created)));
        info.put(PdfName.MODDATE, new PdfDate(london(modified)));
        byte[] id = Arrays.copyOf(sha256(view.toString()), 16);
        info.put(PdfName.FILEID, PdfEncryption.createInfoId(id, id));
    }

    private static Calendar london(Instant instant) {
        GregorianCalendar calendar = new GregorianCalendar(TimeZone.getTimeZone(ReportWording.LONDON), Locale.UK);
        calendar.setTimeInMillis(instant.toEpochMilli());
        return calendar;
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
