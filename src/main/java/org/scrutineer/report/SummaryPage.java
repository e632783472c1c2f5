package org.scrutineer.report;

import com.lowagie.text.DocumentException;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPTable;
import org.scrutineer.progress.Rag;
import org.scrutineer.report.ReportView.ActionView;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The page a committee member reads first after the cover: overall progress, how many actions stand where
 * (as a table and as a bar chart), and how many carry each RAG rating, with the key to the colours.
 */
final class SummaryPage {

    static final String COUNTED_ONCE = "Each action is counted once, under the first of these that applies: completed;"
            + " overdue (past its current due date); not started (no progress reported); otherwise its RAG rating.";
    static final String RAG_TITLE = "Actions by RAG rating, and what each colour means";
    static final String NOT_RATED = "No RAG rating reported for it yet.";
    static final List<Rag> RAG_ORDER = List.of(Rag.RED, Rag.AMBER, Rag.GREEN);

    private static final Color NOT_STARTED_GREY = new Color(0x9A, 0xA3, 0xAB);
    private static final Color OVERDUE_PURPLE = new Color(0x6A, 0x1B, 0x9A);

    private final ReportFlow flow;
    private final ReportView view;

    SummaryPage(ReportFlow flow, ReportView view) {
        this.flow = flow;
        this.view = view;
    }

    void write() throws DocumentException {
        List<ActionView> actions = view.actions() == null ? List.of() : view.actions();
        Map<Standing, Long> standings = actions.stream()
                .collect(Collectors.groupingBy(a -> Standing.of(a, view.reportDate()), Collectors.counting()));

        List<Attention> attention = Attention.of(view);
        TaggedTable attentionTable = attention.isEmpty() ? null : attentionTable(attention);
        // the heading, the count's two lines and the first rows together: never the heading alone at a page's foot
        flow.startNewPageUnlessRoomFor(ReportFlow.HEADING_HEIGHT + ReportFlow.SUBHEADING_HEIGHT + 30
                + (attentionTable == null ? 0 : flow.heightOf(attentionTable, 2)));
        flow.bookmark(flow.bookmarks(), "Summary");
        flow.heading("Summary", 15);
        needsAttention(attention, attentionTable);
        flow.startNewPageUnlessRoomFor(ReportFlow.HEADING_HEIGHT + 60);
        overallProgress(actions);

        flow.startNewPageUnlessRoomFor(ReportFlow.HEADING_HEIGHT + 300);
        flow.subheading("Actions by status");
        flow.add(statusTable(standings, actions.size()));
        List<StatusChart.Bar> bars = bars(standings);
        flow.add(new StatusChart(bars, flow.style()).cell(), 0, 8, flow.tagging().figure(StatusChart.describe(bars)));
        flow.muted(COUNTED_ONCE, 6);
        String differ = countsDiffer(actions, view.reportDate());
        if (differ != null) {
            flow.text(differ, 6);
        }

        flow.startNewPageUnlessRoomFor(150);
        flow.subheading(RAG_TITLE);
        flow.add(ragTable(actions));
    }

    /** Every action that needs the committee's attention, by name, before any count. */
    private void needsAttention(List<Attention> attention, TaggedTable table) throws DocumentException {
        flow.subheading("What needs attention (" + attention.size() + ")");
        if (attention.isEmpty()) {
            flow.text("Nothing: no action is RED, overdue or newly slipped, and every open action has an update this "
                    + "cycle.", 8);
            return;
        }
        // a long list pushes the counts pages on, so say first how many there are of each kind
        flow.text(attention.size() + " of the " + view.actions().size() + (view.actions().size() == 1 ? " action" : " actions")
                + (attention.size() == 1 ? " needs" : " need") + " attention: "
                + count(attention, "RED", "RED") + ", " + count(attention, "Overdue", "overdue") + ", "
                + count(attention, "No update", "with no update this cycle") + ", "
                + count(attention, "Slipped", "slipped") + " and " + count(attention, "Fell", "fallen in RAG")
                + (view.changes() == null || view.changes().isFirstReport() ? " since the plan was drafted."
                : " since the last approved report."), 4);
        flow.add(table);
    }

    private TaggedTable attentionTable(List<Attention> attention) {
        // widths that keep a date such as "17 September 2012" on one line
        TaggedTable table = flow.headedTable(new float[] {8, 34, 16, 20, 22}, "Action", "Title", "Owner", "Due", "Why");
        for (Attention item : attention) {
            ActionView action = item.action();
            table.addCell(flow.boldCell(action.actionId(), ReportStyle.ACCENT));
            table.addCell(flow.textCell(action.title()));
            table.addCell(flow.textCell(action.owner()));
            table.addCell(flow.textCell(ReportWording.day(action.dueDate())));
            table.addCell(flow.boldCell(item.why(), ReportStyle.DRAFT_RED));
        }
        return table;
    }

    private static String count(List<Attention> attention, String reason, String words) {
        return attention.stream().filter(a -> a.reasons().stream().anyMatch(r -> r.startsWith(reason))).count() + " " + words;
    }

    /**
     * One line saying why the status and RAG counts differ, where they do: status counts each action once, completed
     * and overdue first, so a RED action that is overdue is counted as Overdue, not Off track. {@literal null} when
     * every RAG count equals its status.
     */
    static String countsDiffer(List<ActionView> actions, java.time.LocalDate reportDate) {
        List<String> differences = new ArrayList<>();
        for (Rag rag : List.of(Rag.RED, Rag.AMBER, Rag.GREEN)) {
            Standing matching = switch (rag) {
                case RED -> Standing.OFF_TRACK;
                case AMBER -> Standing.AT_RISK;
                case GREEN -> Standing.ON_TRACK;
            };
            List<Standing> elsewhere = actions.stream().filter(a -> a.rag() == rag)
                    .map(a -> Standing.of(a, reportDate)).filter(s -> s != matching).toList();
            if (!elsewhere.isEmpty()) {
                long rated = actions.stream().filter(a -> a.rag() == rag).count();
                Map<Standing, Long> where = elsewhere.stream()
                        .collect(Collectors.groupingBy(s -> s, java.util.TreeMap::new, Collectors.counting()));
                differences.add(rated + " " + rag + " by RAG but " + (rated - elsewhere.size()) + " "
                        + matching.words() + " by status (" + where.entrySet().stream()
                        .map(e -> e.getValue() + " " + e.getKey().words().toLowerCase(java.util.Locale.UK))
                        .collect(Collectors.joining(", ")) + ")");
            }
        }
        return differences.isEmpty() ? null : "Why the counts differ: status counts each action once, completed and "
                + "overdue first, while RAG counts the owner’s rating: " + String.join("; ", differences) + ".";
    }

    private void overallProgress(List<ActionView> actions) throws DocumentException {
        ReportStyle style = flow.style();
        Paragraph overall = style.paragraph("", style.text(ReportFlow.BODY_SIZE));
        overall.add(style.phrase("Overall progress: ", style.bold(13, ReportStyle.ACCENT)));
        overall.add(style.phrase(overallPercent(actions) + "%", style.bold(13)));
        overall.add(style.phrase("  across " + actions.size() + (actions.size() == 1 ? " action" : " actions"),
                style.text(ReportFlow.BODY_SIZE, ReportStyle.MUTED)));
        flow.paragraph(overall, 2, 2);
        flow.muted("The average of every action’s % complete: a completed action counts as 100%, one whose owner "
                + "has given no % complete as 0%.", 4);
    }

    /** Rounded to a whole per cent; a plan with no actions has made no progress. */
    static long overallPercent(List<ActionView> actions) {
        if (actions.isEmpty()) {
            return 0;
        }
        double sum = actions.stream().mapToInt(SummaryPage::percentOf).sum();
        return Math.round(sum / actions.size());
    }

    private static int percentOf(ActionView action) {
        if (action.completed()) {
            return 100;
        }
        return action.percentComplete() == null ? 0 : Math.max(0, Math.min(100, action.percentComplete()));
    }

    private TaggedTable statusTable(Map<Standing, Long> standings, int total) {
        TaggedTable table = flow.headedTable(new float[] {22, 50, 14, 14}, "Status", "What it counts", "Actions", "Share");
        for (Standing standing : Standing.values()) {
            long count = standings.getOrDefault(standing, 0L);
            table.addRowHeader(flow.boldCell(standing.words(), ReportStyle.INK));
            table.addCell(flow.mutedCell(standing.meaning()));
            table.addCell(flow.numberCell(String.valueOf(count)));
            table.addCell(flow.numberCell(ReportWording.percent(count, total)));
        }
        table.addRowHeader(flow.boldCell("All actions", ReportStyle.ACCENT));
        table.addCell(flow.mutedCell(""));
        table.addCell(flow.numberCell(String.valueOf(total)));
        table.addCell(flow.numberCell(total == 0 ? "0%" : "100%"));
        table.setSpacingAfter(4);
        return table;
    }

    private static List<StatusChart.Bar> bars(Map<Standing, Long> standings) {
        Map<Standing, Color> colours = Map.of(
                Standing.NOT_STARTED, NOT_STARTED_GREY,
                Standing.ON_TRACK, ActionCard.fill(Rag.GREEN),
                Standing.AT_RISK, ActionCard.fill(Rag.AMBER),
                Standing.OFF_TRACK, ActionCard.fill(Rag.RED),
                Standing.COMPLETED, ReportStyle.ACCENT,
                Standing.OVERDUE, OVERDUE_PURPLE);
        List<StatusChart.Bar> bars = new ArrayList<>();
        for (Standing standing : Standing.values()) {
            bars.add(new StatusChart.Bar(standing.words(), standings.getOrDefault(standing, 0L), colours.get(standing)));
        }
        return bars;
    }

    private TaggedTable ragTable(List<ActionView> actions) {
        Map<Rag, Long> byRag = actions.stream().filter(a -> a.rag() != null)
                .collect(Collectors.groupingBy(ActionView::rag, Collectors.counting()));
        TaggedTable table = flow.headedTable(new float[] {26, 60, 14}, "RAG rating", "What it means", "Actions");
        for (Rag rag : RAG_ORDER) {
            table.addCell(flow.ragCell(rag));
            table.addCell(flow.mutedCell(key(rag)));
            table.addCell(flow.numberCell(String.valueOf(byRag.getOrDefault(rag, 0L))));
        }
        table.addCell(flow.mutedCell(ReportWording.rag(null)));
        table.addCell(flow.mutedCell(NOT_RATED));
        table.addCell(flow.numberCell(String.valueOf(actions.stream().filter(a -> a.rag() == null).count())));
        return table;
    }

    /** What each colour asks of the committee; the owner chooses it each cycle. */
    static String key(Rag rag) {
        return switch (rag) {
            case RED -> "Red: will not be delivered by its due date, or will not have the intended impact, "
                    + "without intervention.";
            case AMBER -> "Amber: behind plan or facing a risk to delivery, which the owner is putting right.";
            case GREEN -> "Green: progressing as planned, to be delivered by its due date.";
        };
    }
}
