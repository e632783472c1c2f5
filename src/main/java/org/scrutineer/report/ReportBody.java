package org.scrutineer.report;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import org.scrutineer.finding.Timescale;
import org.scrutineer.progress.Rag;
import org.scrutineer.report.ReportView.ActionView;

import java.awt.Color;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.scrutineer.report.ReportWording.hasText;
import static org.scrutineer.report.ReportWording.orEmpty;

/**
 * The flowing content of one layout pass: title block, sign-off, summary, then the actions grouped by
 * timescale and theme, in the order of the paper this replaces (for example Telford's 2012 update).
 */
final class ReportBody {

    // Rough heights of the timescale and theme headings, for keeping a heading on the page of its first action.
    private static final float GROUP_HEADING_HEIGHT = 60;
    private static final float THEME_HEADING_HEIGHT = 30;
    // How much of an action (its title and first few rows) must fit for it to start on the current page.
    private static final float START_OF_ACTION = 120;
    private static final float BODY_SIZE = 10;

    private final Document document;
    private final PdfWriter writer;
    private final ReportView view;
    private final ReportStyle style;
    private final ActionCard cards;

    ReportBody(Document document, PdfWriter writer, ReportView view, ReportStyle style) {
        this.document = document;
        this.writer = writer;
        this.view = view;
        this.style = style;
        this.cards = new ActionCard(style);
    }

    void write() throws DocumentException {
        titleBlock();
        if (view.isDraft()) {
            draftBanner();
        }
        details();
        if (!view.isDraft()) {
            signOff();
        }
        introduction();
        atAGlance();
        actions();
    }

    private void titleBlock() throws DocumentException {
        flow(new Paragraph(orEmpty(view.authority()).toUpperCase(Locale.UK), style.bold(10, ReportStyle.ACCENT)), 0, 2);
        flow(new Paragraph(orEmpty(view.committee()), style.text(11, ReportStyle.MUTED)), 0, 18);
        flow(new Paragraph("Progress on the inspection action plan", style.text(12, ReportStyle.ACCENT)), 0, 2);
        Paragraph title = new Paragraph(orEmpty(view.inspectionTitle()), style.bold(17));
        title.setLeading(0, 1.2f);
        flow(title, 0, 10);
    }

    private void draftBanner() throws DocumentException {
        Paragraph words = new Paragraph("", style.text(9.5f));
        words.add(new Phrase("DRAFT", style.bold(12, ReportStyle.DRAFT_RED)));
        words.add(new Phrase("   For the chair’s review. Not yet approved; not for publication.",
                style.text(9.5f, ReportStyle.DRAFT_RED)));
        PdfPCell cell = new PdfPCell();
        cell.addElement(words);
        cell.setBorderColor(ReportStyle.DRAFT_RED);
        cell.setBorderWidth(1.2f);
        cell.setPadding(6);
        cell.setPaddingTop(2);
        cell.setUseAscender(true);
        cell.setUseDescender(true);
        PdfPTable banner = new PdfPTable(1);
        banner.setWidthPercentage(100);
        banner.addCell(cell);
        banner.setSpacingAfter(10);
        document.add(banner);
    }

    private void details() throws DocumentException {
        PdfPTable table = new PdfPTable(new float[] {24, 76});
        table.setWidthPercentage(100);
        table.setSpacingAfter(12);
        detail(table, "Inspectorate", view.inspectorate());
        detail(table, "Authority", view.authority());
        detail(table, "Committee", view.committee());
        detail(table, "Report date", ReportWording.day(view.reportDate()));
        detail(table, "Reporting cycle", String.valueOf(view.cycleNumber()));
        detail(table, "Version", String.valueOf(view.version()));
        detail(table, "Status", view.isDraft() ? "DRAFT – not yet approved"
                : "APPROVED – see sign-off below");
        document.add(table);
    }

    private void detail(PdfPTable table, String label, String value) {
        table.addCell(plainCell(new Paragraph(label, style.bold(9, ReportStyle.MUTED))));
        table.addCell(plainCell(new Paragraph(orEmpty(value), style.text(9.5f))));
    }

    private PdfPCell plainCell(Paragraph content) {
        content.setLeading(0, 1.25f);
        PdfPCell cell = new PdfPCell();
        cell.addElement(content);
        cell.setBorder(Rectangle.BOTTOM);
        cell.setBorderColor(ReportStyle.RULE);
        cell.setBorderWidth(0.5f);
        cell.setPadding(3);
        cell.setPaddingTop(2);
        cell.setPaddingBottom(4);
        cell.setUseAscender(true);
        cell.setUseDescender(true);
        return cell;
    }

    private void signOff() throws DocumentException {
        ReportView.Approval approval = view.approval();
        PdfPCell cell = new PdfPCell();
        cell.setBorderColor(ReportStyle.ACCENT);
        cell.setBorderWidth(1.2f);
        cell.setPadding(8);
        cell.setPaddingTop(3);
        cell.setUseAscender(true);
        cell.setUseDescender(true);
        cell.addElement(new Paragraph("Sign-off", style.bold(11, ReportStyle.ACCENT)));
        Paragraph approved = new Paragraph("Approved by " + orEmpty(approval.approvedBy()) + " on "
                + ReportWording.moment(approval.approvedAt()), style.text(BODY_SIZE));
        approved.setLeading(0, 1.3f);
        approved.setSpacingBefore(3);
        cell.addElement(approved);
        Paragraph certifies = new Paragraph(
                "This version certifies the draft the chair read, whose SHA-256 is:", style.text(9, ReportStyle.MUTED));
        certifies.setSpacingBefore(4);
        cell.addElement(certifies);
        // Own line, small enough that the 64 hex digits never wrap and copy out in one piece.
        Paragraph hash = new Paragraph(orEmpty(approval.certifiedSha256()), style.text(8.5f));
        hash.setSpacingBefore(2);
        cell.addElement(hash);
        PdfPTable box = new PdfPTable(1);
        box.setWidthPercentage(100);
        box.setSpacingAfter(12);
        box.addCell(cell);
        document.add(box);
    }

    private void introduction() throws DocumentException {
        Paragraph intro = new Paragraph("This report tells the committee how "
                + orEmpty(view.authority()) + " is progressing the actions it agreed in answer to the "
                + orEmpty(view.inspectorate()) + " letter “" + orEmpty(view.inspectionTitle())
                + "”. Actions are grouped by the timescale the inspectorate set, then by theme. Each shows the "
                + "finding it answers, who owns it, when it is due, its status in words and colour, and the "
                + "progress and impact reported this cycle.", style.text(BODY_SIZE));
        intro.setLeading(0, 1.35f);
        flow(intro, 0, 10);
    }

    private void atAGlance() throws DocumentException {
        List<ActionView> actions = actionsOrEmpty();
        heading("At a glance", 12);
        PdfPTable table = new PdfPTable(6);
        table.setWidthPercentage(100);
        table.setSpacingBefore(4);
        table.setSpacingAfter(16);
        glanceHeader(table, "Actions", null);
        glanceHeader(table, "Completed", null);
        glanceHeader(table, ReportWording.rag(Rag.RED), Rag.RED);
        glanceHeader(table, ReportWording.rag(Rag.AMBER), Rag.AMBER);
        glanceHeader(table, ReportWording.rag(Rag.GREEN), Rag.GREEN);
        glanceHeader(table, "Not rated", null);
        glanceCount(table, actions.size());
        glanceCount(table, actions.stream().filter(ActionView::completed).count());
        for (Rag rag : Rag.values()) {
            glanceCount(table, actions.stream().filter(a -> a.rag() == rag).count());
        }
        glanceCount(table, actions.stream().filter(a -> a.rag() == null).count());
        document.add(table);
    }

    private void glanceHeader(PdfPTable table, String text, Rag rag) {
        Color ink = rag == null || rag == Rag.AMBER ? ReportStyle.INK : Color.WHITE;
        PdfPCell cell = glanceCell(new Paragraph(text, style.bold(8.5f, ink)));
        cell.setBackgroundColor(rag == null ? ReportStyle.LABEL_FILL : ActionCard.fill(rag));
        table.addCell(cell);
    }

    private void glanceCount(PdfPTable table, long count) {
        table.addCell(glanceCell(new Paragraph(String.valueOf(count), style.bold(13))));
    }

    private PdfPCell glanceCell(Paragraph content) {
        content.setAlignment(Element.ALIGN_CENTER);
        content.setLeading(0, 1.25f);
        PdfPCell cell = new PdfPCell();
        cell.addElement(content);
        cell.setBorderColor(ReportStyle.RULE);
        cell.setBorderWidth(0.5f);
        cell.setPadding(4);
        cell.setPaddingTop(1);
        cell.setUseAscender(true);
        cell.setUseDescender(true);
        return cell;
    }

    private void actions() throws DocumentException {
        List<ActionView> actions = actionsOrEmpty();
        if (actions.isEmpty()) {
            flow(new Paragraph("The plan has no actions yet.", style.text(BODY_SIZE)), 0, 0);
            return;
        }
        List<Timescale> order = new ArrayList<>(Arrays.asList(Timescale.values()));
        order.add(null);
        for (Timescale timescale : order) {
            List<ActionView> group = actions.stream().filter(a -> a.timescale() == timescale).toList();
            if (group.isEmpty()) {
                continue;
            }
            Map<String, List<ActionView>> themes = byTheme(group);
            boolean firstTheme = true;
            for (Map.Entry<String, List<ActionView>> theme : themes.entrySet()) {
                List<PdfPTable> laidOut = theme.getValue().stream().map(this::card).toList();
                float headings = (firstTheme ? GROUP_HEADING_HEIGHT : 0)
                        + (theme.getKey() == null ? 0 : THEME_HEADING_HEIGHT);
                startNewPageUnlessRoomFor(headings + startOf(laidOut.get(0)));
                if (firstTheme) {
                    groupHeading(timescale);
                    firstTheme = false;
                }
                if (theme.getKey() != null) {
                    flow(new Paragraph(theme.getKey(), style.bold(11.5f, ReportStyle.INK)), 4, 6);
                }
                for (PdfPTable card : laidOut) {
                    startNewPageUnlessRoomFor(startOf(card));
                    document.add(card);
                }
            }
        }
    }

    private void groupHeading(Timescale timescale) throws DocumentException {
        heading(timescale == null ? "Other actions" : timescale.heading(), 15);
        flow(new Paragraph(timescale == null
                ? "No timescale was set by the inspectorate for these."
                : "Timescale set by " + orEmpty(view.inspectorate()) + ".", style.text(8.5f, ReportStyle.MUTED)), 2, 6);
    }

    /**
     * Rows move whole to the next page, with the action's title row repeated above them, except a
     * row taller than a page (a long narrative): that must break anyway, so it breaks where it
     * starts rather than after a blank gap.
     */
    private PdfPTable card(ActionView action) {
        PdfPTable card = cards.layOut(action, document.right() - document.left());
        float roomOnAFreshPage = document.top() - document.bottom() - card.getHeaderHeight();
        float tallestRow = 0;
        for (int row = 0; row < card.size(); row++) {
            tallestRow = Math.max(tallestRow, card.getRowHeight(row));
        }
        card.setSplitLate(tallestRow <= roomOnAFreshPage);
        return card;
    }

    private static float startOf(PdfPTable card) {
        return Math.min(card.getTotalHeight(), START_OF_ACTION);
    }

    /** Themes in the order the plan first mentions them, with unthemed actions last and unheaded. */
    private static Map<String, List<ActionView>> byTheme(List<ActionView> group) {
        Map<String, List<ActionView>> themes = new LinkedHashMap<>();
        for (ActionView action : group) {
            String theme = hasText(action.theme()) ? action.theme().strip() : null;
            if (theme != null) {
                themes.computeIfAbsent(theme, t -> new ArrayList<>()).add(action);
            }
        }
        List<ActionView> unthemed = group.stream().filter(a -> !hasText(a.theme())).toList();
        if (!unthemed.isEmpty()) {
            themes.put(null, unthemed);
        }
        return themes;
    }

    private void heading(String text, float size) throws DocumentException {
        PdfPCell cell = flowCell(new Paragraph(text, style.bold(size, ReportStyle.ACCENT)));
        cell.setBorder(Rectangle.BOTTOM);
        cell.setBorderColor(ReportStyle.ACCENT);
        cell.setBorderWidth(0.8f);
        cell.setPaddingBottom(4);
        add(cell, 6, 0);
    }

    /**
     * Adds loose text as a borderless one-cell table. OpenPDF writes plain paragraphs to a text layer
     * that the page's content stream puts before every table, so mixing the two would scramble the
     * reading order that copy-paste, text extraction and screen readers follow.
     */
    private void flow(Paragraph paragraph, float spacingBefore, float spacingAfter) throws DocumentException {
        add(flowCell(paragraph), spacingBefore, spacingAfter);
    }

    private static PdfPCell flowCell(Paragraph paragraph) {
        PdfPCell cell = new PdfPCell();
        cell.addElement(paragraph);
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPadding(0);
        cell.setUseAscender(true);
        cell.setUseDescender(true);
        return cell;
    }

    private void add(PdfPCell cell, float spacingBefore, float spacingAfter) throws DocumentException {
        PdfPTable table = new PdfPTable(1);
        table.setWidthPercentage(100);
        table.setSpacingBefore(spacingBefore);
        table.setSpacingAfter(spacingAfter);
        table.addCell(cell);
        document.add(table);
    }

    private void startNewPageUnlessRoomFor(float height) {
        if (writer.getVerticalPosition(false) - document.bottom() < height) {
            document.newPage();
        }
    }

    private List<ActionView> actionsOrEmpty() {
        return view.actions() == null ? List.of() : view.actions();
    }
}
