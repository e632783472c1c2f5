package org.scrutineer.report;

import com.lowagie.text.DocumentException;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import org.scrutineer.report.ReportView.FindingView;

import java.util.ArrayList;
import java.util.List;

import static org.scrutineer.report.ReportWording.hasText;
import static org.scrutineer.report.ReportWording.orEmpty;

/**
 * The letter's findings that call for action, in the letter's order, with the actions answering each, so the
 * committee can check that the plan answers the whole letter; one with none is flagged. The rest (strengths,
 * judgements, narrative) are counted, not reprinted: the committee has the letter.
 */
final class FindingsAppendix {

    static final String TITLE = "Appendix: the letter’s findings";
    static final String NO_ACTION = "No action";
    static final String CALLS_FOR_ACTION = "Calls for action; none answers it";

    private final ReportFlow flow;
    private final ReportView view;

    FindingsAppendix(ReportFlow flow, ReportView view) {
        this.flow = flow;
        this.view = view;
    }

    void write() throws DocumentException {
        flow.newPage();
        flow.bookmark(flow.bookmarks(), "Appendix: findings");
        flow.heading(TITLE, 15);
        flow.text(introduction(view), listed(view).isEmpty() ? 0 : 6);
        List<FindingView> callingForAction = listed(view);
        if (callingForAction.isEmpty()) {
            return;
        }
        // a Section column that holds "Recommendation", its longest word, on one line
        PdfPTable table = flow.headedTable(new float[] {10, 21, 53, 16}, "Finding", "Section", "What the letter says", "Answered by");
        for (FindingView finding : callingForAction) {
            table.addCell(flow.boldCell(finding.id(), ReportStyle.ACCENT));
            table.addCell(flow.textCell(finding.section()));
            table.addCell(findingText(finding));
            table.addCell(answeredBy(finding));
        }
        flow.add(table);
    }

    /** The findings the appendix lists: those that call for action, in the letter's order. */
    static List<FindingView> listed(ReportView view) {
        return view.findings() == null ? List.of() : view.findings().stream().filter(FindingView::callsForAction).toList();
    }

    /** What the appendix says before its table: how many findings it lists of how many, and how many go unanswered. */
    static String introduction(ReportView view) {
        List<FindingView> findings = view.findings() == null ? List.of() : view.findings();
        if (findings.isEmpty()) {
            return "No findings were read from the letter.";
        }
        List<FindingView> callingForAction = listed(view);
        int others = findings.size() - callingForAction.size();
        long unanswered = callingForAction.stream().filter(FindingsAppendix::unanswered).count();
        return "The " + callingForAction.size() + " of the " + orEmpty(view.inspectorate()) + " letter’s "
                + findings.size() + " findings that call for action, in the letter’s order, with the actions that "
                + "answer them. " + (unanswered == 0 ? "Every one has at least one."
                : unanswered + (unanswered == 1 ? " has" : " have") + " no action answering "
                + (unanswered == 1 ? "it; it is" : "them; each is") + " flagged “" + NO_ACTION + "”.")
                + (others == 0 ? "" : " The other " + others + (others == 1 ? " finding" : " findings")
                + " (strengths, judgements and narrative that ask for no action) "
                + (others == 1 ? "is" : "are") + " counted here, not reprinted.");
    }

    /** The finding's timescale and theme, as the line under its text: "Within three months · Care leavers". */
    static String about(FindingView finding) {
        List<String> about = new ArrayList<>();
        if (finding.timescale() != null) {
            about.add(finding.timescale().heading());
        }
        if (hasText(finding.theme())) {
            about.add(finding.theme().strip());
        }
        return String.join(" · ", about);
    }

    static boolean unanswered(FindingView finding) {
        return finding.callsForAction() && (finding.actionIds() == null || finding.actionIds().isEmpty());
    }

    private PdfPCell findingText(FindingView finding) {
        ReportStyle style = flow.style();
        PdfPCell cell = flow.textCell(finding.text());
        String about = about(finding);
        if (!about.isEmpty()) {
            Paragraph detail = style.paragraph(about, style.text(8, ReportStyle.MUTED));
            detail.setLeading(0, 1.3f);
            detail.setSpacingBefore(1);
            cell.addElement(detail);
        }
        return cell;
    }

    private PdfPCell answeredBy(FindingView finding) {
        if (unanswered(finding)) {
            ReportStyle style = flow.style();
            Paragraph flag = style.paragraph("", flow.style().text(ReportFlow.TABLE_TEXT_SIZE));
            flag.add(style.phrase(NO_ACTION, flow.style().bold(ReportFlow.TABLE_TEXT_SIZE, ReportStyle.DRAFT_RED)));
            flag.add(style.phrase("\n" + CALLS_FOR_ACTION,
                    flow.style().text(8, ReportStyle.DRAFT_RED)));
            PdfPCell cell = flow.boxed(flag);
            cell.setBackgroundColor(ReportStyle.COMMENT_FILL);
            return cell;
        }
        return flow.boldCell(String.join(", ", finding.actionIds()), ReportStyle.INK);
    }
}
