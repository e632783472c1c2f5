package org.scrutineer.report;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfDestination;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfOutline;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

import org.scrutineer.progress.Rag;

import java.awt.Color;

import static org.scrutineer.report.ReportWording.orEmpty;

/**
 * The flowing page of one layout pass, shared by the report's sections: loose text, headings, small tables,
 * page breaks and bookmarks, all laid out the same way.
 */
final class ReportFlow {

    static final float BODY_SIZE = 10;
    static final float TABLE_TEXT_SIZE = 9;
    // Rough height of a section heading, for keeping a heading on the page of what follows it.
    static final float HEADING_HEIGHT = 40;
    /** A subheading's line and the space around it (11 pt bold, 8 above, 4 below). */
    static final float SUBHEADING_HEIGHT = 30;

    private final Document document;
    private final PdfWriter writer;
    private final ReportStyle style;
    private final Tagging tagging;

    ReportFlow(Document document, PdfWriter writer, ReportStyle style, Tagging tagging) {
        this.document = document;
        this.writer = writer;
        this.style = style;
        this.tagging = tagging;
    }

    ReportStyle style() {
        return style;
    }

    Tagging tagging() {
        return tagging;
    }

    Document document() {
        return document;
    }

    float width() {
        return document.right() - document.left();
    }

    /**
     * Adds loose text as a borderless one-cell table. OpenPDF writes plain paragraphs to a text layer
     * that the page's content stream puts before every table, so mixing the two would scramble the
     * reading order that copy-paste, text extraction and screen readers follow.
     */
    void paragraph(Paragraph paragraph, float spacingBefore, float spacingAfter) throws DocumentException {
        block(paragraph, Tagging.P, spacingBefore, spacingAfter);
    }

    /** Loose text as {@link #paragraph}, standing in the structure tree as {@code type} says (a heading, say). */
    void block(Paragraph paragraph, PdfName type, float spacingBefore, float spacingAfter) throws DocumentException {
        add(borderless(paragraph), spacingBefore, spacingAfter, tagging.tag(type, null));
    }

    void text(String text, float spacingAfter) throws DocumentException {
        Paragraph paragraph = style.paragraph(orEmpty(text), style.text(BODY_SIZE));
        paragraph.setLeading(0, 1.35f);
        paragraph(paragraph, 0, spacingAfter);
    }

    void muted(String text, float spacingAfter) throws DocumentException {
        Paragraph paragraph = style.paragraph(orEmpty(text), style.text(8.5f, ReportStyle.MUTED));
        paragraph.setLeading(0, 1.3f);
        paragraph(paragraph, 0, spacingAfter);
    }

    /** A section's heading (H2), ruled underneath. */
    void heading(String text, float size) throws DocumentException {
        PdfPCell cell = borderless(style.paragraph(text, style.bold(size, ReportStyle.ACCENT)));
        cell.setBorder(Rectangle.BOTTOM);
        cell.setBorderColor(ReportStyle.ACCENT);
        cell.setBorderWidth(0.8f);
        cell.setPaddingBottom(4);
        add(cell, 6, 5, tagging.tag(Tagging.H2, null));
    }

    /** A heading within a section (H3). */
    void subheading(String text) throws DocumentException {
        block(style.paragraph(text, style.bold(11, ReportStyle.INK)), Tagging.H3, 8, 4);
    }

    /** A bulleted list (L, LI, Lbl, LBody in the structure tree). */
    void list(java.util.List<String> items, float spacingAfter) throws DocumentException {
        PdfPTable list = tagging.watch(new PdfPTable(new float[] {3, 97}));
        list.setWidthPercentage(100);
        list.setSpacingAfter(spacingAfter);
        Tagging.Tag l = tagging.tag(Tagging.L, null);
        for (String item : items) {
            Tagging.Tag li = tagging.tag(Tagging.LI, l);
            PdfPCell bullet = borderless(style.paragraph("•", style.text(BODY_SIZE, ReportStyle.ACCENT)));
            Paragraph words = style.paragraph(item, style.text(BODY_SIZE));
            words.setLeading(0, 1.35f);
            PdfPCell body = borderless(words);
            body.setPaddingBottom(3);
            list.addCell(tagging.tagged(bullet, tagging.tag(Tagging.LBL, li)));
            list.addCell(tagging.tagged(body, tagging.tag(Tagging.LBODY, li)));
        }
        document.add(list);
    }

    /**
     * A bookmark to the top of what is added next. Call it after any page break the next content needs,
     * since OpenPDF points it at the current page.
     */
    PdfOutline bookmark(PdfOutline parent, String title) {
        PdfDestination here = new PdfDestination(PdfDestination.FITH, writer.getVerticalPosition(false) + 12);
        return new PdfOutline(parent, here, title, false);
    }

    PdfOutline bookmarks() {
        return writer.getRootOutline();
    }

    void add(PdfPTable table) throws DocumentException {
        document.add(tagging.watch(table));
    }

    void startNewPageUnlessRoomFor(float height) {
        if (writer.getVerticalPosition(false) - document.bottom() < height) {
            document.newPage();
        }
    }

    /**
     * Starts a new page unless a subheading and the first {@code rows} rows of the table under it fit, measured at
     * the body's width: a fixed allowance left a heading alone at a page's foot when a first row wrapped.
     */
    void startNewPageUnlessRoomFor(PdfPTable table, int rows) {
        startNewPageUnlessRoomFor(SUBHEADING_HEIGHT + heightOf(table, rows));
    }

    /** The height of the table's first {@code rows} rows at the body's width. */
    float heightOf(PdfPTable table, int rows) {
        table.setTotalWidth(width());
        float height = 0;
        for (int row = 0; row < Math.min(rows, table.size()); row++) {
            height += table.getRowHeight(row);
        }
        return height;
    }

    void newPage() {
        document.newPage();
    }

    /** A table of the full body width whose header row repeats on each page it spans. */
    private TaggedTable table(float... relativeWidths) {
        TaggedTable table = new TaggedTable(tagging, relativeWidths, 1);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        table.setSpacingBefore(2);
        table.setSpacingAfter(10);
        // A row moves whole to the next page; only a row taller than a page breaks inside.
        table.setSplitLate(true);
        table.setSplitRows(true);
        return table;
    }

    /** A table that starts with a header row of these titles, repeated on every page it runs onto. */
    TaggedTable headedTable(float[] relativeWidths, String... headers) {
        TaggedTable table = table(relativeWidths);
        for (String header : headers) {
            table.addCell(headerCell(header));
        }
        return table;
    }

    PdfPCell headerCell(String text) {
        PdfPCell cell = boxed(style.paragraph(text, style.bold(8.5f, ReportStyle.ACCENT)));
        cell.setBackgroundColor(ReportStyle.LABEL_FILL);
        return cell;
    }

    PdfPCell textCell(String text) {
        return boxed(style.paragraph(orEmpty(text), style.text(TABLE_TEXT_SIZE)));
    }

    PdfPCell mutedCell(String text) {
        return boxed(style.paragraph(orEmpty(text), style.text(TABLE_TEXT_SIZE, ReportStyle.MUTED)));
    }

    PdfPCell boldCell(String text, Color colour) {
        return boxed(style.paragraph(orEmpty(text), style.bold(TABLE_TEXT_SIZE, colour)));
    }

    PdfPCell numberCell(String text) {
        Paragraph number = style.paragraph(text, style.bold(TABLE_TEXT_SIZE));
        number.setAlignment(Element.ALIGN_RIGHT);
        return boxed(number);
    }

    /** A cell with its RAG colour and, always, its word and meaning ("AMBER – At risk"), never colour alone. */
    PdfPCell ragCell(Rag rag) {
        if (rag == null) {
            return mutedCell(ReportWording.rag(null));
        }
        Color ink = ActionCard.ink(rag);
        Paragraph words = style.paragraph("", style.text(TABLE_TEXT_SIZE, ink));
        words.add(style.phrase(rag.name(), style.bold(TABLE_TEXT_SIZE, ink)));
        words.add(style.phrase(" – " + rag.meaning(), style.text(TABLE_TEXT_SIZE, ink)));
        PdfPCell cell = boxed(words);
        cell.setBackgroundColor(ActionCard.fill(rag));
        return cell;
    }

    PdfPCell boxed(Paragraph content) {
        content.setLeading(0, 1.3f);
        PdfPCell cell = new PdfPCell();
        cell.addElement(content);
        cell.setPadding(4);
        cell.setPaddingTop(1);
        cell.setUseAscender(true);
        cell.setUseDescender(true);
        cell.setBorder(Rectangle.BOX);
        cell.setBorderWidth(0.5f);
        cell.setBorderColor(ReportStyle.RULE);
        return cell;
    }

    static PdfPCell borderless(Paragraph paragraph) {
        PdfPCell cell = new PdfPCell();
        cell.addElement(paragraph);
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPadding(0);
        cell.setUseAscender(true);
        cell.setUseDescender(true);
        return cell;
    }

    /** A cell of the full body width on its own, standing in the structure tree as {@code tag} says. */
    void add(PdfPCell cell, float spacingBefore, float spacingAfter, Tagging.Tag tag) throws DocumentException {
        PdfPTable table = tagging.watch(new PdfPTable(1));
        table.setWidthPercentage(100);
        table.setSpacingBefore(spacingBefore);
        table.setSpacingAfter(spacingAfter);
        table.addCell(tagging.tagged(cell, tag));
        document.add(table);
    }
}
