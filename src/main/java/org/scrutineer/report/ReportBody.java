package org.scrutineer.report;

import com.lowagie.text.DocumentException;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfOutline;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import org.scrutineer.report.ReportView.ActionView;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.scrutineer.report.ReportWording.hasText;
import static org.scrutineer.report.ReportWording.orEmpty;

/**
 * The flowing content of one layout pass, in the order of the paper this replaces (for example Telford's
 * 2012 update): the cover (title block, details, sign-off, introduction), the summary, the changes since the
 * last approved report, the actions grouped by timescale and theme, and the letter's findings as an appendix.
 * Each section has a bookmark.
 */
final class ReportBody {

    // Rough heights of the timescale and theme headings, for keeping a heading on the page of its first action.
    private static final float GROUP_HEADING_HEIGHT = 60;
    private static final float THEME_HEADING_HEIGHT = 30;
    // How much of an action longer than a page (its title and first few rows) must fit for it to start on a page.
    private static final float START_OF_ACTION = 120;

    private final ReportFlow flow;
    private final ReportView view;
    private final ReportStyle style;
    private final ActionCard cards;

    ReportBody(ReportFlow flow, ReportView view) {
        this.flow = flow;
        this.view = view;
        this.style = flow.style();
        this.cards = new ActionCard(style, flow.tagging());
    }

    void write() throws DocumentException {
        flow.bookmark(flow.bookmarks(), "Cover");
        style.typedIn("the cover");
        titleBlock();
        if (view.isDraft()) {
            draftBanner();
        }
        details();
        if (!view.isDraft()) {
            signOff();
        }
        introduction();
        // The summary follows on the cover's page when its opening fits: a committee member sees what needs
        // attention without turning over.
        flow.startNewPageUnlessRoomFor(ReportFlow.HEADING_HEIGHT + 120);
        style.typedIn("the summary");
        new SummaryPage(flow, view).write();
        new ChangesSection(flow, view).write();
        DueDateReasons dueDates = new DueDateReasons(flow, view);
        dueDates.write();
        dueDates.writeAsked();
        actions();
        style.typedIn("the appendix");
        new FindingsAppendix(flow, view).write();
    }

    private void titleBlock() throws DocumentException {
        flow.paragraph(style.paragraph(orEmpty(view.authority()).toUpperCase(Locale.UK), style.bold(10, ReportStyle.ACCENT)), 0, 2);
        flow.paragraph(style.paragraph(orEmpty(view.committee()), style.text(11, ReportStyle.MUTED)), 0, 18);
        flow.paragraph(style.paragraph("Progress on the inspection action plan", style.text(12, ReportStyle.ACCENT)), 0, 2);
        Paragraph title = style.paragraph(orEmpty(view.inspectionTitle()), style.bold(17));
        title.setLeading(0, 1.2f);
        flow.block(title, Tagging.H1, 0, 10);
    }

    private void draftBanner() throws DocumentException {
        Paragraph words = style.paragraph("", style.text(9.5f));
        words.add(style.phrase("DRAFT", style.bold(12, ReportStyle.DRAFT_RED)));
        words.add(style.phrase("   For the chair’s review. Not yet approved; not for publication.",
                style.text(9.5f, ReportStyle.DRAFT_RED)));
        PdfPCell cell = new PdfPCell();
        cell.addElement(words);
        cell.setBorderColor(ReportStyle.DRAFT_RED);
        cell.setBorderWidth(1.2f);
        cell.setPadding(6);
        cell.setPaddingTop(2);
        cell.setUseAscender(true);
        cell.setUseDescender(true);
        flow.add(cell, 0, 10, flow.tagging().tag(Tagging.P, null));
    }

    private void details() throws DocumentException {
        TaggedTable table = new TaggedTable(flow.tagging(), new float[] {24, 76}, 0);
        table.setWidthPercentage(100);
        table.setSpacingAfter(12);
        CoverDetails.of(view).forEach(d -> detail(table, d.label(), d.value()));
        flow.add(table);
    }

    private void detail(TaggedTable table, String label, String value) {
        table.addRowHeader(plainCell(style.paragraph(label, style.bold(9, ReportStyle.MUTED))));
        table.addCell(plainCell(style.paragraph(orEmpty(value), style.text(9.5f))));
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

    /** The chair named, with the hash of the draft they read; one boxed table of a heading and three lines. */
    private void signOff() throws DocumentException {
        ReportView.Approval approval = view.approval();
        flow.bookmark(flow.bookmarks(), "Sign-off");
        PdfPTable box = flow.tagging().watch(new PdfPTable(1));
        box.setWidthPercentage(100);
        box.setSpacingAfter(12);
        box.setKeepTogether(true);
        Paragraph approved = style.paragraph("Approved by " + orEmpty(approval.approvedBy()) + " on "
                + ReportWording.moment(approval.approvedAt()), style.text(ReportFlow.BODY_SIZE));
        approved.setLeading(0, 1.3f);
        Paragraph certifies = style.paragraph(
                ReportWording.CERTIFIES, style.text(9, ReportStyle.MUTED));
        // Own line, small enough that the 64 hex digits never wrap and copy out in one piece.
        Paragraph hash = style.paragraph(orEmpty(approval.certifiedSha256()), style.text(8.5f));
        List<Paragraph> lines = List.of(style.paragraph("Sign-off", style.bold(11, ReportStyle.ACCENT)), approved,
                certifies, hash);
        for (int i = 0; i < lines.size(); i++) {
            PdfPCell cell = ReportFlow.borderless(lines.get(i));
            cell.setBorder(Rectangle.LEFT | Rectangle.RIGHT | (i == 0 ? Rectangle.TOP : 0)
                    | (i == lines.size() - 1 ? Rectangle.BOTTOM : 0));
            cell.setBorderColor(ReportStyle.ACCENT);
            cell.setBorderWidth(1.2f);
            cell.setPaddingLeft(8);
            cell.setPaddingRight(8);
            cell.setPaddingTop(i == 0 ? 3 : 2);
            cell.setPaddingBottom(i == lines.size() - 1 ? 8 : 1);
            box.addCell(flow.tagging().tagged(cell, flow.tagging().tag(i == 0 ? Tagging.H2 : Tagging.P, null)));
        }
        flow.add(box);
    }

    /** What the paper covers, then what is in it, as a list. */
    private void introduction() throws DocumentException {
        flow.text(ReportWording.covers(view), 6);
        flow.text("In this paper:", 2);
        flow.list(List.of(
                "What needs attention: every RED, overdue, newly slipped action and every action with no update "
                        + "this cycle, by name, with its owner and due date; then the counts by status and by RAG.",
                "What has changed since the last approved report.",
                "The actions, by the timescale the inspectorate set, then those answering its areas for priority "
                        + "action, and by theme: the finding each answers, its "
                        + "owner, original and current due date, RAG (the owner’s, and the schedule’s where the "
                        + "owner’s is kinder, with the owner’s reason), progress and impact.",
                "An appendix of the letter’s findings that call for action, with the actions answering them."), 10);
    }

    private void actions() throws DocumentException {
        List<ActionView> actions = view.actions() == null ? List.of() : view.actions();
        if (actions.isEmpty()) {
            flow.startNewPageUnlessRoomFor(GROUP_HEADING_HEIGHT);
            flow.bookmark(flow.bookmarks(), "Actions");
            flow.heading("Actions", 15);
            flow.text("The plan has no actions yet.", 0);
            return;
        }
        // Made where the first group's heading lands, once any page break before it has happened.
        PdfOutline actionsMark = null;
        for (ActionGroup group : ActionGroup.of(actions, view)) {
            PdfOutline groupMark = null;
            for (Map.Entry<String, List<ActionView>> theme : group.byTheme().entrySet()) {
                List<PdfPTable> laidOut = theme.getValue().stream().map(this::card).toList();
                float headings = (groupMark == null ? GROUP_HEADING_HEIGHT : 0)
                        + (theme.getKey() == null ? 0 : THEME_HEADING_HEIGHT);
                flow.startNewPageUnlessRoomFor(headings + startOf(laidOut.get(0)));
                if (groupMark == null) {
                    if (actionsMark == null) {
                        actionsMark = flow.bookmark(flow.bookmarks(), "Actions");
                    }
                    groupMark = flow.bookmark(actionsMark, group.title() + " (" + group.actions().size() + ")");
                    flow.heading(group.title(), 15);
                    flow.paragraph(style.paragraph(group.note(), style.text(8.5f, ReportStyle.MUTED)), 0, 6);
                }
                if (theme.getKey() != null) {
                    flow.bookmark(groupMark, theme.getKey());
                    flow.block(style.paragraph(theme.getKey(), style.bold(11.5f, ReportStyle.INK)), Tagging.H3, 4, 6);
                }
                for (PdfPTable card : laidOut) {
                    flow.startNewPageUnlessRoomFor(startOf(card));
                    flow.add(card);
                }
            }
        }
    }

    /**
     * Rows move whole to the next page, with the action's title row repeated above them, except a
     * row taller than a page (a long narrative): that must break anyway, so it breaks where it
     * starts rather than after a blank gap.
     */
    private PdfPTable card(ActionView action) {
        style.typedIn(action.actionId());
        PdfPTable card = cards.layOut(action, Standing.of(action, view.reportDate()), flow.width());
        float roomOnAFreshPage = flow.document().top() - flow.document().bottom() - card.getHeaderHeight();
        float tallestRow = 0;
        for (int row = 0; row < card.size(); row++) {
            tallestRow = Math.max(tallestRow, card.getRowHeight(row));
        }
        card.setSplitLate(tallestRow <= roomOnAFreshPage);
        return card;
    }

    /**
     * The room an action needs on the current page to start there: the whole card when it fits on a page, so a
     * short card is never left with its last row alone overleaf; otherwise its title and first few rows.
     */
    private float startOf(PdfPTable card) {
        float page = flow.document().top() - flow.document().bottom();
        return card.getTotalHeight() <= page ? card.getTotalHeight() : START_OF_ACTION;
    }

    /**
     * Themes in the order the plan first mentions them, with unthemed actions last: headed "No theme given" when
     * themed ones come before them, so they are not read as the last theme's.
     */
}
