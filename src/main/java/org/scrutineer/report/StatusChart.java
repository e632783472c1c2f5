package org.scrutineer.report;

import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPCellEvent;
import com.lowagie.text.pdf.PdfPTable;

import java.awt.Color;
import java.util.List;

/**
 * A horizontal bar chart drawn as vector paths into the cell that holds it. Every bar is labelled with its
 * words on the left and its count and share on the right, so the chart reads without its colours.
 */
final class StatusChart implements PdfPCellEvent {

    static final float ROW_PITCH = 21;
    private static final float BAR_HEIGHT = 12;
    private static final float LABEL_WIDTH = 78;
    private static final float FIGURE_WIDTH = 62;
    private static final float TEXT_SIZE = 8.5f;

    /** @param colour the bar's fill; its words carry the meaning */
    record Bar(String words, long count, Color colour) {
    }

    private final List<Bar> bars;
    private final long total;
    private final ReportStyle style;

    StatusChart(List<Bar> bars, ReportStyle style) {
        this.bars = List.copyOf(bars);
        this.total = bars.stream().mapToLong(Bar::count).sum();
        this.style = style;
    }

    /** The cell to add to a table: its height is fixed by the number of bars, and the chart draws itself in it. */
    PdfPCell cell() {
        PdfPCell cell = new PdfPCell();
        cell.setFixedHeight(bars.size() * ROW_PITCH + 10);
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setCellEvent(this);
        return cell;
    }

    @Override
    public void cellLayout(PdfPCell cell, Rectangle position, PdfContentByte[] canvases) {
        // Bars and words on one layer, so the figure's structure element holds the whole drawing.
        PdfContentByte shapes = canvases[PdfPTable.TEXTCANVAS];
        PdfContentByte words = shapes;
        float barLeft = position.getLeft() + LABEL_WIDTH;
        float longest = position.getRight() - FIGURE_WIDTH - barLeft;
        long most = Math.max(1, bars.stream().mapToLong(Bar::count).max().orElse(1));
        float top = position.getTop() - 4;

        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            float baseline = top - (i + 1) * ROW_PITCH + (ROW_PITCH - BAR_HEIGHT) / 2 + 3;
            float barBottom = baseline - 3;
            float length = bar.count() == 0 ? 0 : Math.max(2, longest * bar.count() / most);

            ColumnText.showTextAligned(words, Element.ALIGN_RIGHT,
                    style.phrase(bar.words(), style.bold(TEXT_SIZE, ReportStyle.INK)), barLeft - 6, baseline, 0);
            shapes.saveState();
            shapes.setColorFill(bar.colour());
            shapes.rectangle(barLeft, barBottom, length, BAR_HEIGHT);
            shapes.fill();
            shapes.restoreState();
            ColumnText.showTextAligned(words, Element.ALIGN_LEFT,
                    style.phrase(figure(bar.count()), new Font(style.regularFace(), TEXT_SIZE, Font.NORMAL, ReportStyle.INK)),
                    barLeft + length + 5, baseline, 0);
        }
        ReportStyle.line(shapes, ReportStyle.MUTED, 0.6f, barLeft, position.getTop() - 2, barLeft, top - bars.size() * ROW_PITCH - 2);
    }

    /** The chart in words, as its alternative text: every bar's label, count and share. */
    static String describe(List<Bar> bars) {
        long total = bars.stream().mapToLong(Bar::count).sum();
        return "Bar chart of the actions by status: " + bars.stream()
                .map(b -> b.words() + " " + b.count() + " (" + ReportWording.percent(b.count(), total) + ")")
                .collect(java.util.stream.Collectors.joining(", ")) + ".";
    }

    private String figure(long count) {
        return count + " (" + ReportWording.percent(count, total) + ")";
    }
}
