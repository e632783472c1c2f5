package org.scrutineer.report;

import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import org.scrutineer.report.Tagging.Tag;

/**
 * A table whose cells take their places in the structure tree as they are added: a Table of TRs, the cells of its
 * first {@code columnHeaderRows} rows column headers (TH), the rest data (TD) unless added as row headers; a cell
 * added {@link #outside} the table's rows (an action's title) stands in the tree where it is drawn.
 */
final class TaggedTable extends PdfPTable {

    private final Tagging tagging;
    private final Tag table;
    private final int columnHeaderRows;
    private Tag row;
    private int rows;
    private int column;

    TaggedTable(Tagging tagging, float[] relativeWidths, int columnHeaderRows) {
        super(relativeWidths);
        this.tagging = tagging;
        this.table = tagging.tag(Tagging.TABLE, null);
        this.columnHeaderRows = columnHeaderRows;
        tagging.watch(this);
    }

    /** A header row's cell, or a data cell: as its row says. */
    @Override
    public PdfPCell addCell(PdfPCell cell) {
        Tag inRow = nextCell();
        return add(cell, rows < columnHeaderRows ? tagging.header(inRow, false, cell.getColspan()).repeatedAsArtifact()
                : tagging.data(inRow, cell.getColspan()));
    }

    /** A cell that heads the rest of its row ("Owner", "Current due"). */
    void addRowHeader(PdfPCell cell) {
        add(cell, tagging.header(nextCell(), true, cell.getColspan()));
    }

    /** A whole-row cell that is not part of the table's data: it is tagged as given, where it is drawn. */
    void outside(PdfPCell cell, Tag tag) {
        tagging.tagged(cell, tag);
        super.addCell(cell);
        rows++;
    }

    private Tag nextCell() {
        if (column == 0) {
            row = tagging.tag(Tagging.TR, table);
        }
        return row;
    }

    private PdfPCell add(PdfPCell cell, Tag tag) {
        tagging.tagged(cell, tag);
        PdfPCell added = super.addCell(cell);
        column += cell.getColspan();
        if (column >= getNumberOfColumns()) {
            column = 0;
            rows++;
        }
        return added;
    }
}
