package org.scrutineer.report;

import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.PdfPTable;
import org.scrutineer.report.ReportView.MovedDueDate;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * "Due dates moved, and why": each move of an action's due date since the plan's last approved report (every move,
 * on the first report), with the owner's reason for an extension a coordinator approved, or the coordinator's own.
 * When "Changes since the last approved report" lists the due dates moved, it gives their reasons there, and this
 * lists only the moves that list does not show (a date moved and moved back, an action new since), as
 * "Other due dates moved, and why". The requests to move one that are still to be decided follow.
 */
final class DueDateReasons {

    static final String TITLE = "Due dates moved, and why";
    static final String OTHERS_TITLE = "Other due dates moved, and why";
    static final String ASKED_TITLE = "Due dates the owners asked to move, not yet decided";

    private final ReportFlow flow;
    private final ReportView view;

    DueDateReasons(ReportFlow flow, ReportView view) {
        this.flow = flow;
        this.view = view;
    }

    void write() throws DocumentException {
        List<MovedDueDate> moves = movesLeft(view);
        if (moves.isEmpty()) {
            return;
        }
        table(movesTitle(view) + " (" + moves.size() + ")", "Was due", "Now due", moves);
    }

    /** The moves this table lists: those of actions the changes section has not listed already, with why. */
    static List<MovedDueDate> movesLeft(ReportView view) {
        Changes changes = ChangesSection.changesOf(view);
        Set<String> listed = ChangesSection.listsChanges(changes)
                ? changes.datesMoved().stream().map(Changes.DateMove::actionId).collect(Collectors.toSet()) : Set.of();
        return view.dueDatesMoved().stream().filter(m -> !listed.contains(m.actionId())).toList();
    }

    static String movesTitle(ReportView view) {
        return ChangesSection.listsChanges(ChangesSection.changesOf(view)) ? OTHERS_TITLE : TITLE;
    }

    /**
     * "Due dates the owners asked to move, not yet decided": a request still with a coordinator when the paper was
     * drafted. The actions print their current due dates, which the decision may change; the committee sees that it
     * is coming rather than approving a paper that goes stale the next day.
     */
    void writeAsked() throws DocumentException {
        if (view.dueDatesAsked() != null && !view.dueDatesAsked().isEmpty()) {
            table(ASKED_TITLE + " (" + view.dueDatesAsked().size() + ")", "Due now", "Asked for", view.dueDatesAsked());
        }
    }

    private void table(String heading, String fromHeader, String toHeader, List<MovedDueDate> moves)
            throws DocumentException {
        // date columns that keep "30 September 2027" on one line, in bold too
        PdfPTable table = flow.headedTable(new float[] {8, 31, 20, 20, 21}, "Action", "Title", fromHeader, toHeader, "Reason");
        for (MovedDueDate move : moves) {
            table.addCell(flow.boldCell(move.actionId(), ReportStyle.ACCENT));
            table.addCell(flow.textCell(move.title()));
            table.addCell(flow.textCell(ReportWording.day(move.from())));
            table.addCell(flow.boldCell(ReportWording.day(move.to()), ReportStyle.INK));
            table.addCell(flow.textCell(reasonOf(move)));
        }
        flow.startNewPageUnlessRoomFor(table, 2);
        flow.subheading(heading);
        flow.add(table);
    }

    static String reasonOf(MovedDueDate move) {
        return move.reason() == null ? "Moved by a coordinator" : move.reason();
    }
}
