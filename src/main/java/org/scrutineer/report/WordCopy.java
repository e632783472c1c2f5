package org.scrutineer.report;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.scrutineer.report.ReportView.ActionView;
import org.springframework.stereotype.Component;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.scrutineer.report.ReportWording.hasText;
import static org.scrutineer.report.ReportWording.orEmpty;

/**
 * The paper as an editable Word document, for a clerk to bring into the council's own template: the same view and
 * wording as the PDF, headed as a copy (the signed PDF is the record), its headings in Word's own "Heading 1–3" styles
 * so restyling the template restyles them.
 */
@Component
class WordCopy {

    static final String EDITABLE_COPY = "Editable copy — the signed PDF is the record";

    byte[] write(ReportView view) {
        try (XWPFDocument word = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            headingStyles(word);
            text(word, EDITABLE_COPY, true);
            heading(word, 1, orEmpty(view.inspectionTitle()));
            text(word, orEmpty(view.authority()) + " · " + orEmpty(view.committee()), false);
            details(word, CoverDetails.of(view));
            text(word, ReportWording.covers(view), false);
            if (!view.isDraft()) {
                text(word, "Approved by " + orEmpty(view.approval().approvedBy()) + " on "
                        + ReportWording.moment(view.approval().approvedAt()), false);
                text(word, ReportWording.CERTIFIES + " " + orEmpty(view.approval().certifiedSha256()), false);
            }
            List<Attention> attention = Attention.of(view);
            heading(word, 2, "What needs attention (" + attention.size() + ")");
            table(word, List.of("Action", "Title", "Owner", "Due", "Why"), attention.stream().map(a -> List.of(
                    a.action().actionId(), orEmpty(a.action().title()), orEmpty(a.action().owner()),
                    ReportWording.day(a.action().dueDate()), a.why())).toList());
            List<ActionView> actions = view.actions() == null ? List.of() : view.actions();
            text(word, "Overall progress: " + SummaryPage.overallPercent(actions) + "% across " + actions.size()
                    + (actions.size() == 1 ? " action" : " actions"), false);
            // the counts the PDF tables and charts, so its note on why they differ has them to point at
            Map<Standing, Long> standings = actions.stream()
                    .collect(Collectors.groupingBy(a -> Standing.of(a, view.reportDate()), Collectors.counting()));
            heading(word, 3, "Actions by status");
            List<List<String>> statuses = new ArrayList<>(Arrays.stream(Standing.values())
                    .map(st -> List.of(st.words(), st.meaning(), String.valueOf(standings.getOrDefault(st, 0L)),
                            ReportWording.percent(standings.getOrDefault(st, 0L), actions.size()))).toList());
            statuses.add(List.of("All actions", "", String.valueOf(actions.size()), actions.isEmpty() ? "0%" : "100%"));
            table(word, List.of("Status", "What it counts", "Actions", "Share"), statuses);
            text(word, SummaryPage.COUNTED_ONCE, false);
            String differ = SummaryPage.countsDiffer(actions, view.reportDate());
            if (differ != null) {
                text(word, differ, false);
            }
            heading(word, 3, SummaryPage.RAG_TITLE);
            List<List<String>> rags = new ArrayList<>(SummaryPage.RAG_ORDER.stream().map(rag -> List.of(ReportWording.rag(rag),
                    SummaryPage.key(rag), String.valueOf(actions.stream().filter(a -> a.rag() == rag).count()))).toList());
            rags.add(List.of(ReportWording.rag(null), SummaryPage.NOT_RATED,
                    String.valueOf(actions.stream().filter(a -> a.rag() == null).count())));
            table(word, List.of("RAG rating", "What it means", "Actions"), rags);
            changes(word, view);
            dueDates(word, DueDateReasons.movesTitle(view), "Was due", "Now due", DueDateReasons.movesLeft(view));
            dueDates(word, DueDateReasons.ASKED_TITLE, "Due now", "Asked for", view.dueDatesAsked());
            if (actions.isEmpty()) {
                heading(word, 2, "Actions");
                text(word, "The plan has no actions yet.", false);
            }
            // grouped and themed as the PDF is: by timescale, then priority actions, then the rest
            for (ActionGroup group : ActionGroup.of(actions, view)) {
                heading(word, 2, group.title() + " (" + group.actions().size() + ")");
                text(word, group.note(), false);
                group.byTheme().forEach((theme, themed) -> {
                    if (theme != null) {
                        heading(word, 3, theme);
                    }
                    themed.forEach(action -> action(word, action, Standing.of(action, view.reportDate()),
                            theme == null ? 3 : 4));
                });
            }
            appendix(word, view);
            word.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An action as its PDF card has it: what it answers, who, by when, how it is measured, and where it stands. */
    private static void action(XWPFDocument word, ActionView action, Standing standing, int level) {
        heading(word, level, action.actionId() + " " + orEmpty(action.title()));
        if (action.findings() != null && !action.findings().isEmpty()) {
            field(word, action.findings().size() > 1 ? "Findings" : "Finding", action.findings().stream()
                    .map(f -> f.id() + " “" + orEmpty(f.text()).strip() + "”").collect(Collectors.joining("\n")));
        }
        if (hasText(action.description())) {
            field(word, "Action", action.description());
        }
        field(word, "Owner", action.owner());
        field(word, "Original due", ReportWording.day(action.originalDueDate()));
        field(word, "Current due", ReportWording.day(action.dueDate())
                + (action.dueDateMoved() ? " (moved from the original date)" : ""));
        field(word, "Success measure", hasText(action.successMeasure()) ? action.successMeasure() : "Not set");
        field(word, "Owner’s RAG", ReportWording.rag(action.rag()));
        field(word, "Complete", (action.percentComplete() == null ? "Not reported" : action.percentComplete() + "% complete")
                + (standing == Standing.COMPLETED ? " · Completed" : standing == Standing.OVERDUE ? " · Overdue" : ""));
        if (action.kinderThanSchedule()) {
            field(word, "RAG check", "The schedule gives " + action.scheduleRag() + ". The owner’s reason: "
                    + (hasText(action.ragReason()) ? action.ragReason() : "none given"));
        }
        field(word, "Progress", hasText(action.progress()) ? action.progress() : ReportWording.NO_UPDATE);
        field(word, "Impact", hasText(action.impact()) ? action.impact() : "None reported yet");
        if (hasText(action.chairComments())) {
            field(word, "Chair’s comments", action.chairComments());
        }
    }

    /** The cover's details as a two-column table, labels first. */
    private static void details(XWPFDocument word, List<CoverDetails> details) {
        XWPFTable table = word.createTable(details.size(), 2);
        table.setWidth("100%");
        for (int r = 0; r < details.size(); r++) {
            table.getRow(r).getCell(0).setText(details.get(r).label());
            table.getRow(r).getCell(1).setText(orEmpty(details.get(r).value()));
        }
    }

    /** The appendix of the letter's findings that call for action, and the actions answering each, as the PDF's. */
    private static void appendix(XWPFDocument word, ReportView view) {
        heading(word, 2, FindingsAppendix.TITLE);
        text(word, FindingsAppendix.introduction(view), false);
        List<ReportView.FindingView> listed = FindingsAppendix.listed(view);
        if (!listed.isEmpty()) {
            table(word, List.of("Finding", "Section", "What the letter says", "Answered by"), listed.stream()
                    .map(f -> List.of(f.id(), orEmpty(f.section()), orEmpty(f.text())
                                    + (FindingsAppendix.about(f).isEmpty() ? "" : " (" + FindingsAppendix.about(f) + ")"),
                            FindingsAppendix.unanswered(f) ? FindingsAppendix.NO_ACTION + ": " + FindingsAppendix.CALLS_FOR_ACTION
                                    : String.join(", ", f.actionIds()))).toList());
        }
    }

    /** "Changes since the last approved report", as the PDF has it: each list, even an empty one. */
    private static void changes(XWPFDocument word, ReportView view) {
        Changes changes = ChangesSection.changesOf(view);
        heading(word, 2, ChangesSection.TITLE);
        text(word, ChangesSection.opening(changes), false);
        if (!ChangesSection.listsChanges(changes)) {
            return;
        }
        items(word, ChangesSection.COMPLETED, "Current due", changes.completed());
        list(word, ChangesSection.RAG_CHANGED, List.of("Action", "Title", "Was", "Now"), changes.ragChanged().stream()
                .map(c -> List.of(c.actionId(), orEmpty(c.title()), ReportWording.rag(c.from()), ReportWording.rag(c.to())))
                .toList());
        list(word, ChangesSection.DATES_MOVED, List.of("Action", "Title", "Original due", "Due at last report",
                "Current due", "Why"), changes.datesMoved().stream().map(m -> List.of(m.actionId(), orEmpty(m.title()),
                ReportWording.day(m.originalDueDate()), ReportWording.day(m.previousDueDate()),
                ReportWording.day(m.dueDate()), ChangesSection.why(view.dueDatesMoved(), m.actionId()))).toList());
        items(word, ChangesSection.OVERDUE, "Due", changes.newlyOverdue());
        items(word, ChangesSection.ADDED, "Due", changes.added());
    }

    private static void items(XWPFDocument word, String title, String dateHeader, List<Changes.Item> items) {
        list(word, title, List.of("Action", "Title", dateHeader), items.stream()
                .map(i -> List.of(i.actionId(), orEmpty(i.title()), ReportWording.day(i.dueDate()))).toList());
    }

    /** A list of the changes under its title and count; an empty one says "None." as the PDF does. */
    private static void list(XWPFDocument word, String title, List<String> headers, List<List<String>> rows) {
        heading(word, 3, title + " (" + rows.size() + ")");
        if (rows.isEmpty()) {
            text(word, "None.", false);
        } else {
            table(word, headers, rows);
        }
    }

    /** The paper's due-date tables: every move since the last approved report, then the requests not yet decided. */
    private static void dueDates(XWPFDocument word, String title, String fromHeader, String toHeader,
                                 List<ReportView.MovedDueDate> moves) {
        if (moves == null || moves.isEmpty()) {
            return;
        }
        heading(word, 2, title + " (" + moves.size() + ")");
        table(word, List.of("Action", "Title", fromHeader, toHeader, "Reason"), moves.stream().map(m -> List.of(
                m.actionId(), orEmpty(m.title()), ReportWording.day(m.from()), ReportWording.day(m.to()),
                DueDateReasons.reasonOf(m))).toList());
    }

    /** Word's built-in heading styles, by their built-in ids and names, so a template's own replace them. */
    private static void headingStyles(XWPFDocument word) {
        var styles = word.createStyles();
        for (int level = 1; level <= 4; level++) {
            CTStyle style = CTStyle.Factory.newInstance();
            style.setStyleId("Heading" + level);
            style.setType(STStyleType.PARAGRAPH);
            style.addNewName().setVal("heading " + level);
            style.addNewBasedOn().setVal("Normal");
            style.addNewNext().setVal("Normal");
            style.addNewUiPriority().setVal(BigInteger.valueOf(9));
            style.addNewQFormat();
            style.addNewPPr().addNewOutlineLvl().setVal(BigInteger.valueOf(level - 1));
            var run = style.addNewRPr();
            run.addNewB();
            run.addNewSz().setVal(BigInteger.valueOf(Math.max(22, 36 - 4L * level))); // half-points: 16, 14, 12, 11 pt
            styles.addStyle(new XWPFStyle(style));
        }
    }

    private static void heading(XWPFDocument word, int level, String text) {
        XWPFParagraph paragraph = word.createParagraph();
        paragraph.setStyle("Heading" + level);
        paragraph.createRun().setText(text);
    }

    private static void text(XWPFDocument word, String text, boolean bold) {
        XWPFParagraph paragraph = word.createParagraph();
        paragraph.setAlignment(ParagraphAlignment.LEFT);
        XWPFRun run = paragraph.createRun();
        run.setBold(bold);
        lines(run, text);
    }

    private static void field(XWPFDocument word, String label, String value) {
        XWPFParagraph paragraph = word.createParagraph();
        XWPFRun name = paragraph.createRun();
        name.setBold(true);
        name.setText(label + ": ");
        lines(paragraph.createRun(), orEmpty(value));
    }

    /** Line breaks as Word's, not as characters Word would show as one line. */
    private static void lines(XWPFRun run, String text) {
        String[] lines = orEmpty(text).split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                run.addBreak();
            }
            run.setText(lines[i], i);
        }
    }

    private static void table(XWPFDocument word, List<String> headers, List<List<String>> rows) {
        if (rows.isEmpty()) {
            text(word, "Nothing: no action is RED, overdue or newly slipped, and every open action has an update.", false);
            return;
        }
        XWPFTable table = word.createTable(rows.size() + 1, headers.size());
        table.setWidth("100%");
        XWPFTableRow head = table.getRow(0);
        head.setRepeatHeader(true);
        for (int c = 0; c < headers.size(); c++) {
            head.getCell(c).setText(headers.get(c));
        }
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < headers.size(); c++) {
                table.getRow(r + 1).getCell(c).setText(rows.get(r).get(c));
            }
        }
    }
}
