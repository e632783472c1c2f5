package org.scrutineer.report;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfGState;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;

import java.awt.Color;

/**
 * Running header, footer and draft watermark, drawn as each page closes. The footer needs the total
 * page count, which OpenPDF only knows at the end, so the renderer lays the report out twice and hands
 * this the count from the first pass.
 */
final class PageDecorations extends PdfPageEventHelper {

    static final float HEADER_BASELINE_FROM_TOP = 38;
    static final float FOOTER_BASELINE = 30;
    static final float SMALL = 8;
    private static final Color WATERMARK_GREY = new Color(0xB4, 0xB4, 0xB4);

    private final ReportView view;
    private final ReportStyle style;
    private final int totalPages;
    private int pagesDecorated;

    /** @param totalPages the count from a first layout pass; 0 on that first pass, when it is unknown */
    PageDecorations(ReportView view, ReportStyle style, int totalPages) {
        this.view = view;
        this.style = style;
        this.totalPages = totalPages;
    }

    int pagesDecorated() {
        return pagesDecorated;
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
        pagesDecorated++;
        PdfContentByte canvas = writer.getDirectContent();
        // The running head, footer, rules and watermark repeat on every page: artifacts, not read out.
        canvas.beginMarkedContentSequence(new PdfName("Artifact"));
        Rectangle page = document.getPageSize();
        float left = document.left();
        float right = document.right();

        if (writer.getPageNumber() > 1) {
            float baseline = page.getTop() - HEADER_BASELINE_FROM_TOP;
            // The cover names the inspection; the running head says whose paper it is and for which committee.
            String running = ReportWording.orEmpty(view.authority()) + " · " + ReportWording.orEmpty(view.committee());
            String date = ReportWording.day(view.reportDate());
            float dateWidth = style.regularFace().getWidthPoint(date, SMALL);
            write(canvas, Element.ALIGN_LEFT, fitted(running, style.regularFace(), right - left - dateWidth - 24),
                    style.regularFace(), left, baseline);
            write(canvas, Element.ALIGN_RIGHT, date, style.regularFace(), right, baseline);
            ReportStyle.line(canvas, ReportStyle.RULE, 0.5f, left, baseline - 6, right, baseline - 6);
        }

        ReportStyle.line(canvas, ReportStyle.RULE, 0.5f, left, FOOTER_BASELINE + 12, right, FOOTER_BASELINE + 12);
        String pageOf = "Page " + writer.getPageNumber() + " of " + (totalPages > 0 ? totalPages : "?");
        write(canvas, Element.ALIGN_LEFT, "Version " + view.version() + " · ", style.regularFace(), left, FOOTER_BASELINE);
        float statusX = left + style.regularFace().getWidthPoint("Version " + view.version() + " · ", SMALL);
        write(canvas, Element.ALIGN_LEFT, ReportWording.status(view), style.boldFace(), statusX, FOOTER_BASELINE);
        write(canvas, Element.ALIGN_RIGHT, pageOf, style.regularFace(), right, FOOTER_BASELINE);

        if (view.isDraft()) {
            watermark(canvas, page);
        }
        canvas.endMarkedContentSequence();
    }

    // Drawn over the content, but translucent: under it, shaded table cells would hide it in patches.
    private void watermark(PdfContentByte canvas, Rectangle page) {
        canvas.saveState();
        PdfGState translucent = new PdfGState();
        translucent.setFillOpacity(0.3f);
        canvas.setGState(translucent);
        ColumnText.showTextAligned(canvas, Element.ALIGN_CENTER,
                style.phrase("DRAFT", style.bold(150, WATERMARK_GREY)),
                page.getWidth() / 2, page.getHeight() / 2 - 50, 45);
        canvas.restoreState();
    }

    private void write(PdfContentByte canvas, int alignment, String text, BaseFont face, float x, float y) {
        ColumnText.showTextAligned(canvas, alignment,
                style.phrase(text, new Font(face, SMALL, Font.NORMAL, ReportStyle.MUTED)),
                x, y, 0);
    }

    /**
     * The running header is one line by design; the full wording is in the title block. Too long, it ends at the last
     * whole word that fits ("Children’s Services Overview and…", never "…Overview and Scr…").
     */
    static String fitted(String text, BaseFont face, float width) {
        if (face.getWidthPoint(text, SMALL) <= width) {
            return text;
        }
        String shortened = text;
        while (!shortened.isEmpty() && (face.getWidthPoint(shortened + "…", SMALL) > width
                || Character.isHighSurrogate(shortened.charAt(shortened.length() - 1)))) {
            shortened = shortened.substring(0, shortened.length() - 1); // never half a character
        }
        int lastSpace = shortened.lastIndexOf(' ');
        if (lastSpace > 0 && !Character.isWhitespace(text.charAt(shortened.length()))) {
            shortened = shortened.substring(0, lastSpace); // a word cut short: drop it
        }
        return shortened.stripTrailing().replaceAll("[\\s·,;:–-]+$", "") + "…";
    }
}
