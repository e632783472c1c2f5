package org.scrutineer.report;

import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.PdfPTable;
import org.scrutineer.report.ReportView.MovedDueDate;

/**
 * "Due dates the owners asked to move, not yet decided": a request still with a coordinator when the paper was
 * drafted. The actions print their current due dates, which the decision may change; the committee sees that it is
 * coming rather than approving a paper that goes stale the next day.
 */
final class DueDatesAsked {

    static final String TITLE = "Due dates the owners asked to move, not yet decided";

    private final ReportFlow flow;
    private final ReportView view;

    DueDatesAsked(ReportFlow flow, ReportView view) {
        this.flow = flow;
        this.view = view;
    }

    void write() throws DocumentException {
        if (view.dueDatesAsked() == null || view.dueDatesAsked().isEmpty()) {
            return;
        }
        flow.startNewPageUnlessRoomFor(70);
        flow.subheading(TITLE + " (" + view.dueDatesAsked().size() + ")");
        // date columns that keep "30 September 2027" on one line, in bold too
        PdfPTable table = flow.headedTable(new float[] {8, 22, 23, 25, 22}, "Action", "Title", "Due now", "Asked for", "Reason");
        for (MovedDueDate asked : view.dueDatesAsked()) {
            table.addCell(flow.boldCell(asked.actionId(), ReportStyle.ACCENT));
            table.addCell(flow.textCell(asked.title()));
            table.addCell(flow.textCell(ReportWording.day(asked.from())));
            table.addCell(flow.boldCell(ReportWording.day(asked.to()), ReportStyle.INK));
            table.addCell(flow.textCell(asked.reason()));
        }
        flow.add(table);
    }
}
