package org.scrutineer.report;

import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.PdfPTable;
import org.scrutineer.report.ReportView.MovedDueDate;

/**
 * "Due dates moved, and why": each move of an action's due date since the plan's last approved report (every move,
 * on the first report), with the owner's reason for an extension a coordinator approved.
 */
final class DueDateReasons {

    static final String TITLE = "Due dates moved, and why";

    private final ReportFlow flow;
    private final ReportView view;

    DueDateReasons(ReportFlow flow, ReportView view) {
        this.flow = flow;
        this.view = view;
    }

    void write() throws DocumentException {
        if (view.dueDatesMoved().isEmpty()) {
            return;
        }
        flow.startNewPageUnlessRoomFor(70);
        flow.subheading(TITLE + " (" + view.dueDatesMoved().size() + ")");
        PdfPTable table = flow.headedTable(new float[] {10, 26, 15, 15, 34}, "Action", "Title", "Was due", "Now due", "Reason");
        for (MovedDueDate move : view.dueDatesMoved()) {
            table.addCell(flow.boldCell(move.actionId(), ReportStyle.ACCENT));
            table.addCell(flow.textCell(move.title()));
            table.addCell(flow.textCell(ReportWording.day(move.from())));
            table.addCell(flow.boldCell(ReportWording.day(move.to()), ReportStyle.INK));
            table.addCell(flow.textCell(move.reason() == null ? "Moved by a coordinator" : move.reason()));
        }
        flow.add(table);
    }
}
