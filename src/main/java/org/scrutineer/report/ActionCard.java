package org.scrutineer.report;

import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPCellEvent;
import com.lowagie.text.pdf.PdfPTable;
import org.scrutineer.progress.Rag;
import org.scrutineer.report.ReportView.ActionView;
import org.scrutineer.report.ReportView.FindingQuote;

import java.awt.Color;
import java.util.List;

import static org.scrutineer.report.ReportWording.hasText;
import static org.scrutineer.report.ReportWording.orEmpty;

/** One action laid out as a bordered table the committee can read top to bottom. */
final class ActionCard {

    private static final float TEXT_SIZE = 9.5f;
    private static final float LABEL_SIZE = 8.5f;
    private static final float PADDING = 5f;

    private final ReportStyle style;
    private final Tagging tagging;

    ActionCard(ReportStyle style, Tagging tagging) {
        this.style = style;
        this.tagging = tagging;
    }

    /**
     * @param width    the body width, fixed so the caller can measure the card before placing it
     * @param standing where the action stands on the report date
     */
    PdfPTable layOut(ActionView action, Standing standing, float width) {
        TaggedTable table = new TaggedTable(tagging, new float[] {16, 34, 16, 34}, 0);
        table.setTotalWidth(width);
        table.setLockedWidth(true);
        table.setSpacingAfter(14);
        // A "(continued)" title heads each page a long action spills onto, so no continuation is anonymous;
        // it is the table's header row, skipped on the first page where the plain title row stands instead.
        table.setHeaderRows(1);
        table.setSkipFirstHeader(true);
        // Rows taller than a page (a long narrative) must still break rather than be dropped.
        table.setSplitRows(true);

        table.outside(titleCell(action, " (continued)"), tagging.artifact());
        // the action's title is a heading, under its theme's where it has one, so a screen reader can jump to it
        table.outside(titleCell(action, ""), tagging.tag(hasText(action.theme()) ? Tagging.H4 : Tagging.H3, null));
        table.addRowHeader(label(action.findings() != null && action.findings().size() > 1 ? "Findings" : "Finding"));
        table.addCell(findings(action.findings()));
        if (hasText(action.description())) {
            // without a description the title row already says what the action is
            table.addRowHeader(label("Action"));
            table.addCell(wide(text(action.description())));
        }
        table.addRowHeader(label("Owner"));
        table.addCell(wide(text(action.owner())));
        table.addRowHeader(label("Original due"));
        table.addCell(value(text(ReportWording.day(action.originalDueDate()))));
        table.addRowHeader(label("Current due"));
        table.addCell(value(currentDue(action)));
        table.addRowHeader(label("Success measure"));
        table.addCell(wide(hasText(action.successMeasure()) ? text(action.successMeasure()) : muted("Not set")));
        // the owner's rating, not where the action stands: "Status GREEN – On track" beside "Overdue" contradicted it
        table.addRowHeader(label("Owner’s RAG"));
        table.addCell(ragCell(action.rag()));
        table.addRowHeader(label("Complete"));
        table.addCell(value(completion(action, standing)));
        if (action.kinderThanSchedule()) {
            table.addRowHeader(label("RAG check"));
            table.addCell(wide(ragCheck(action)));
        }
        table.addRowHeader(label("Progress"));
        table.addCell(wide(hasText(action.progress()) ? text(action.progress()) : muted(ReportWording.NO_UPDATE)));
        table.addRowHeader(label("Impact"));
        table.addCell(wide(hasText(action.impact()) ? text(action.impact()) : muted("None reported yet")));
        if (hasText(action.chairComments())) {
            PdfPCell label = label("Chair’s comments");
            label.setBackgroundColor(ReportStyle.COMMENT_FILL);
            table.addRowHeader(label);
            PdfPCell comments = wide(text(action.chairComments()));
            comments.setBackgroundColor(ReportStyle.COMMENT_FILL);
            table.addCell(comments);
        }
        return table;
    }

    /** Both ratings, and the owner's reason for the kinder one. */
    private Paragraph ragCheck(ActionView action) {
        Paragraph check = style.paragraph("", style.text(TEXT_SIZE));
        check.setLeading(0, 1.3f);
        check.add(style.phrase("The owner rates it " + action.rag() + "; from its % complete and the time passed, the "
                + "schedule gives " + action.scheduleRag() + ". ", style.bold(TEXT_SIZE)));
        check.add(style.phrase("The owner’s reason: ", style.bold(TEXT_SIZE, ReportStyle.MUTED)));
        check.add(style.phrase(hasText(action.ragReason()) ? action.ragReason() : "none given", style.text(TEXT_SIZE)));
        return check;
    }

    private PdfPCell titleCell(ActionView action, String suffix) {
        Font white = style.bold(10.5f, Color.WHITE);
        Paragraph title = style.paragraph("", white);
        title.setLeading(0, 1.25f);
        if (hasText(action.actionId())) {
            title.add(style.phrase(action.actionId() + "   ", white));
        }
        title.add(style.phrase(orEmpty(action.title()), white));
        if (!suffix.isEmpty()) {
            title.add(style.phrase(suffix, style.text(9.5f, Color.WHITE)));
        }
        PdfPCell cell = cell(title, 4);
        cell.setBackgroundColor(ReportStyle.ACCENT);
        cell.setPaddingTop(6);
        cell.setPaddingBottom(7);
        return cell;
    }

    private PdfPCell findings(List<FindingQuote> findings) {
        if (findings == null || findings.isEmpty()) {
            return wide(muted("Not linked to a finding in the letter"));
        }
        PdfPCell cell = wide(quoted(findings.get(0)));
        for (FindingQuote finding : findings.subList(1, findings.size())) {
            Paragraph next = quoted(finding);
            next.setSpacingBefore(4);
            cell.addElement(next);
        }
        return cell;
    }

    /** The finding's id first, so a reader can find it in the appendix, then its words as the letter put them. */
    private Paragraph quoted(FindingQuote finding) {
        Paragraph quoted = style.paragraph("", style.text(TEXT_SIZE, ReportStyle.MUTED));
        quoted.setLeading(0, 1.3f);
        if (hasText(finding.id())) {
            quoted.add(style.phrase(finding.id() + "  ", style.bold(LABEL_SIZE, ReportStyle.ACCENT)));
        }
        quoted.add(style.phrase("“" + orEmpty(finding.text()).strip() + "”", style.text(TEXT_SIZE, ReportStyle.MUTED)));
        return quoted;
    }

    /** The current date, and when it has moved, the words saying so beside it; the original is in the next cell. */
    private Paragraph currentDue(ActionView action) {
        Paragraph due = text(ReportWording.day(action.dueDate()));
        if (action.dueDateMoved()) {
            due.add(style.phrase("\nMoved from the original date", style.text(LABEL_SIZE, ReportStyle.MUTED)));
        }
        return due;
    }

    private Paragraph completion(ActionView action, Standing standing) {
        Paragraph completion = style.paragraph("", style.text(TEXT_SIZE));
        completion.setLeading(0, 1.3f);
        completion.add(style.phrase(action.percentComplete() == null ? "Not reported"
                : action.percentComplete() + "% complete", style.text(TEXT_SIZE)));
        if (standing == Standing.COMPLETED) {
            completion.add(style.phrase("\nCompleted", style.bold(TEXT_SIZE)));
        } else if (standing == Standing.OVERDUE) {
            completion.add(style.phrase("\nOverdue", style.bold(TEXT_SIZE, ReportStyle.DRAFT_RED)));
        }
        return completion;
    }

    private PdfPCell ragCell(Rag rag) {
        Paragraph words = style.paragraph("", style.text(TEXT_SIZE));
        words.setLeading(0, 1.3f);
        if (rag == null) {
            words.add(style.phrase(ReportWording.rag(null), style.text(TEXT_SIZE, ReportStyle.MUTED)));
            return value(words);
        }
        Color ink = ink(rag);
        words.add(style.phrase(rag.name(), style.bold(TEXT_SIZE, ink)));
        words.add(style.phrase(" – " + rag.meaning(), style.text(TEXT_SIZE, ink)));
        PdfPCell cell = value(words);
        cell.setBackgroundColor(fill(rag));
        return cell;
    }

    /** The word's colour on a RAG fill: white on red and green, black on amber. */
    static Color ink(Rag rag) {
        return rag == Rag.AMBER ? Color.BLACK : Color.WHITE;
    }

    // Strong enough to read at a glance, dark or light enough that the printed word keeps 4.5:1 contrast.
    static Color fill(Rag rag) {
        return switch (rag) {
            case RED -> new Color(0xB7, 0x1C, 0x1C);
            case AMBER -> new Color(0xFF, 0xBF, 0x00);
            case GREEN -> new Color(0x2E, 0x7D, 0x32);
        };
    }

    private Paragraph text(String text) {
        Paragraph paragraph = style.paragraph(orEmpty(text), style.text(TEXT_SIZE));
        paragraph.setLeading(0, 1.3f);
        return paragraph;
    }

    private Paragraph muted(String text) {
        Paragraph paragraph = style.paragraph(text, style.text(TEXT_SIZE, ReportStyle.MUTED));
        paragraph.setLeading(0, 1.3f);
        return paragraph;
    }

    private PdfPCell label(String text) {
        PdfPCell cell = cell(labelText(text), 1);
        cell.setBackgroundColor(ReportStyle.LABEL_FILL);
        cell.setCellEvent(new ContinuedLabel(text));
        return cell;
    }

    private Paragraph labelText(String text) {
        Paragraph paragraph = style.paragraph(text, style.bold(LABEL_SIZE, ReportStyle.ACCENT));
        paragraph.setLeading(0, 1.3f);
        return paragraph;
    }

    /**
     * A row that runs onto the next page (a long narrative) is labelled there again, "Progress (continued)": OpenPDF
     * draws a split row's label cell empty on the later page, so the label is drawn in its place, on the layer of
     * backgrounds, which is marked as an artifact, so a screen reader hears the label once.
     */
    private final class ContinuedLabel implements PdfPCellEvent {
        private final String label;
        private boolean drawn;

        ContinuedLabel(String label) {
            this.label = label;
        }

        @Override
        public void cellLayout(PdfPCell cell, Rectangle position, PdfContentByte[] canvases) {
            if (drawn) {
                ColumnText column = new ColumnText(canvases[PdfPTable.BACKGROUNDCANVAS]);
                column.setSimpleColumn(position.getLeft() + PADDING, position.getBottom(),
                        position.getRight() - PADDING, position.getTop() - 2);
                column.addElement(labelText(label + " (continued)"));
                try {
                    column.go();
                } catch (DocumentException e) {
                    throw new IllegalStateException("cannot label a continued row", e);
                }
            }
            drawn = true;
        }
    }

    private PdfPCell value(Paragraph content) {
        return cell(content, 1);
    }

    private PdfPCell wide(Paragraph content) {
        return cell(content, 3);
    }

    private static PdfPCell cell(Paragraph content, int colspan) {
        PdfPCell cell = new PdfPCell();
        cell.addElement(content);
        cell.setColspan(colspan);
        cell.setPadding(PADDING);
        cell.setPaddingTop(2);
        cell.setUseAscender(true);
        cell.setUseDescender(true);
        cell.setBorder(Rectangle.BOX);
        cell.setBorderWidth(0.5f);
        cell.setBorderColor(ReportStyle.RULE);
        cell.setVerticalAlignment(Element.ALIGN_TOP);
        return cell;
    }
}
