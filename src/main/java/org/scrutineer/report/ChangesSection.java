package org.scrutineer.report;

import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.PdfPTable;
import org.scrutineer.report.Changes.DateMove;
import org.scrutineer.report.Changes.Item;
import org.scrutineer.report.Changes.RagChange;
import org.scrutineer.report.ReportView.MovedDueDate;

import java.util.List;
import java.util.stream.Collectors;

/**
 * "Changes since the last approved report": what a committee member who read the last report needs to know
 * first. Each list is printed even when empty ("None"), so a reader can tell nothing changed from nothing shown.
 */
final class ChangesSection {

    static final String TITLE = "Changes since the last approved report";

    private final ReportFlow flow;
    private final Changes changes;
    private final List<MovedDueDate> moves;

    ChangesSection(ReportFlow flow, ReportView view) {
        this.flow = flow;
        this.changes = changesOf(view);
        this.moves = view.dueDatesMoved();
    }

    static Changes changesOf(ReportView view) {
        return view.changes() != null ? view.changes() : Changes.firstReport();
    }

    /**
     * Whether this section lists the changes one by one (not for a first report, nor against one that kept no
     * states): then it lists the due dates moved, each with why, and "Due dates moved, and why" need not repeat them.
     */
    static boolean listsChanges(Changes changes) {
        return !changes.isFirstReport() && changes.recorded();
    }

    static final String COMPLETED = "Newly completed";
    static final String RAG_CHANGED = "RAG rating changed";
    static final String DATES_MOVED = "Due dates moved";
    static final String OVERDUE = "Newly overdue";
    static final String ADDED = "New actions";

    void write() throws DocumentException {
        flow.startNewPageUnlessRoomFor(ReportFlow.HEADING_HEIGHT + 80);
        flow.bookmark(flow.bookmarks(), TITLE);
        flow.heading(TITLE, 15);
        if (!listsChanges(changes)) {
            flow.text(opening(changes), 12);
            return;
        }
        flow.text(opening(changes), 4);
        items(COMPLETED, changes.completed(), "Current due");
        ragChanged(changes.ragChanged());
        datesMoved(changes.datesMoved());
        items(OVERDUE, changes.newlyOverdue(), "Due");
        items(ADDED, changes.added(), "Due");
    }

    /** What the section says before its lists, or instead of them. */
    static String opening(Changes changes) {
        if (changes.isFirstReport()) {
            return "This is the first report on this action plan, so there is no approved report to compare "
                    + "it with. Later reports list here the actions completed, RAG ratings changed, due dates "
                    + "moved, actions newly overdue and new actions since the last approved report.";
        }
        String since = "the approved report for reporting cycle " + changes.sinceCycle() + ", dated "
                + ReportWording.day(changes.sinceDate());
        if (!changes.recorded()) {
            return "Compared with " + since + ". That report was made before reports kept each action’s "
                    + "state, so the changes since cannot be listed; the actions below show where each stands now.";
        }
        return "Compared with " + since + "." + (changes.isEmpty() ? " Nothing has changed since." : "");
    }

    /** The reasons given for this action's moves since the last report, oldest first, one a line. */
    static String why(List<MovedDueDate> moves, String actionId) {
        String reasons = moves.stream().filter(m -> m.actionId().equals(actionId))
                .map(DueDateReasons::reasonOf).collect(Collectors.joining("\n"));
        return reasons.isEmpty() ? "Not recorded" : reasons;
    }

    private void items(String title, List<Item> items, String dateHeading) throws DocumentException {
        PdfPTable table = flow.headedTable(new float[] {12, 64, 24}, "Action", "Title", dateHeading);
        for (Item item : items) {
            table.addCell(flow.boldCell(item.actionId(), ReportStyle.ACCENT));
            table.addCell(flow.textCell(item.title()));
            table.addCell(flow.textCell(ReportWording.day(item.dueDate())));
        }
        list(title, items.size(), table);
    }

    private void ragChanged(List<RagChange> changed) throws DocumentException {
        PdfPTable table = flow.headedTable(new float[] {12, 44, 22, 22}, "Action", "Title", "Was", "Now");
        for (RagChange change : changed) {
            table.addCell(flow.boldCell(change.actionId(), ReportStyle.ACCENT));
            table.addCell(flow.textCell(change.title()));
            table.addCell(flow.ragCell(change.from()));
            table.addCell(flow.ragCell(change.to()));
        }
        list(RAG_CHANGED, changed.size(), table);
    }

    private void datesMoved(List<DateMove> moved) throws DocumentException {
        PdfPTable table = flow.headedTable(new float[] {8, 22, 15, 15, 15, 25},
                "Action", "Title", "Original due", "Due at last report", "Current due", "Why");
        for (DateMove move : moved) {
            table.addCell(flow.boldCell(move.actionId(), ReportStyle.ACCENT));
            table.addCell(flow.textCell(move.title()));
            table.addCell(flow.textCell(ReportWording.day(move.originalDueDate())));
            table.addCell(flow.textCell(ReportWording.day(move.previousDueDate())));
            table.addCell(flow.boldCell(ReportWording.day(move.dueDate()), ReportStyle.INK));
            table.addCell(flow.textCell(why(moves, move.actionId())));
        }
        list(DATES_MOVED, moved.size(), table);
    }

    /** A list under its title, kept on the page of its first rows; an empty one says "None" instead. */
    private void list(String title, int count, PdfPTable table) throws DocumentException {
        if (count == 0) {
            flow.startNewPageUnlessRoomFor(40);
            flow.subheading(title + " (0)");
            flow.muted("None.", 2);
            return;
        }
        flow.startNewPageUnlessRoomFor(table, 2);
        flow.subheading(title + " (" + count + ")");
        flow.add(table);
    }
}
