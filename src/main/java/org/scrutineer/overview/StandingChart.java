package org.scrutineer.overview;

import org.scrutineer.report.Standing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A bar per plan, split by where its actions stand, drawn as inline SVG on the server: comparing plans' shares at a
 * glance reads better as a picture than as a table of counts. The same counts are in the table beside it, in the
 * chart's description and in each segment's title, and each segment of two or more characters' width prints its
 * count, so nothing rests on colour. The colours are the printed report's.
 * <p>
 * It is drawn twice: {@code wide}, each plan's label beside its bar, and {@code narrow}, the label above the bar, for
 * a phone. A drawing scales to the width it is given, so the wide one squeezed onto a phone printed its words at 6 px;
 * the narrow one keeps them at about 14 px at 320 px wide. The page shows one or the other.
 */
record StandingChart(Drawing wide, Drawing narrow, List<Key> key, String description) {

    /** Left to right: done, then fine, then worse, then nothing reported. */
    static final List<Standing> ORDER = List.of(Standing.COMPLETED, Standing.ON_TRACK, Standing.AT_RISK,
            Standing.OFF_TRACK, Standing.OVERDUE, Standing.NOT_STARTED);
    private static final Map<Standing, String> FILL = Map.of(
            Standing.COMPLETED, "#1f3a5f", Standing.ON_TRACK, "#2e7d32", Standing.AT_RISK, "#ffbf00",
            Standing.OFF_TRACK, "#b71c1c", Standing.OVERDUE, "#6a1b9a", Standing.NOT_STARTED, "#9aa3ab");
    private static final int BAR_HEIGHT = 24;
    private static final int LABEL_CHARACTERS = 34;
    /** Room after a bar for its total ("12 actions"), which starts 84 units before the drawing's right edge. */
    private static final int TOTAL_WIDTH = 90;
    /** The label beside the bar, in the first 300 units. */
    private static final Layout WIDE = new Layout(300, 520, 32, 0);
    /** The label on a line of its own, the bar under it. */
    private static final Layout NARROW = new Layout(0, 230, 60, 24);

    /**
     * @param barX      where each bar starts
     * @param row       the height of one plan's label and bar
     * @param barOffset how far below the label's line the bar is: 0 when the label is beside it
     */
    private record Layout(int barX, int barWidth, int row, int barOffset) {
        int width() {
            return barX + barWidth + TOTAL_WIDTH;
        }
    }

    /** One way of drawing the bars; {@code width} and {@code height} are its viewBox's. */
    record Drawing(int width, int height, List<Bar> bars) {
        public int totalX() {
            return width - 84;
        }
    }

    /** One plan's bar; {@code y} is its top, {@code labelY} its label's baseline. */
    record Bar(String label, int labelY, int y, List<Segment> segments, String total, String summary) {
        /** The baseline of the words on and beside the bar: its counts and its total. */
        public int textY() {
            return y + BAR_HEIGHT / 2 + 5;
        }

        public int barHeight() {
            return BAR_HEIGHT;
        }
    }

    /** @param title what a pointer over it, or a screen reader, is told: "3 on track" */
    record Segment(double x, double width, String fill, String ink, int count, String title, boolean labelled) {
        public double middle() {
            return x + width / 2;
        }
    }

    record Key(String words, String meaning, String fill) {
    }

    /** One plan to draw: its label (the letter's title) and its figures. */
    record Plan(String label, PlanFigures figures) {
    }

    static StandingChart of(List<Plan> plans) {
        Drawing wide = drawing(plans, WIDE);
        List<Key> key = ORDER.stream().map(s -> new Key(s.words(), s.meaning(), FILL.get(s))).toList();
        String description = "One bar per plan, its length split by the share of its actions in each standing. "
                + wide.bars().stream().map(Bar::summary).collect(Collectors.joining(" "));
        return new StandingChart(wide, drawing(plans, NARROW), key, description);
    }

    private static Drawing drawing(List<Plan> plans, Layout layout) {
        List<Bar> bars = new ArrayList<>();
        int y = 4;
        for (Plan plan : plans) {
            bars.add(bar(plan, y, layout));
            y += layout.row();
        }
        return new Drawing(layout.width(), y + 4, bars);
    }

    private static Bar bar(Plan plan, int top, Layout layout) {
        PlanFigures figures = plan.figures();
        List<Segment> segments = new ArrayList<>();
        List<String> said = new ArrayList<>();
        double x = layout.barX();
        for (Standing standing : ORDER) {
            int count = figures.standing(standing);
            if (count == 0) {
                continue;
            }
            double width = figures.actions() == 0 ? 0 : (double) layout.barWidth() * count / figures.actions();
            String title = count + " " + standing.words().toLowerCase(java.util.Locale.UK);
            boolean dark = standing != Standing.AT_RISK && standing != Standing.NOT_STARTED;
            segments.add(new Segment(x, width, FILL.get(standing), dark ? "#ffffff" : "#0b0c0c", count, title,
                    width >= 10 + 8 * String.valueOf(count).length()));
            said.add(title);
            x += width;
        }
        String label = plan.label().length() > LABEL_CHARACTERS
                ? plan.label().substring(0, LABEL_CHARACTERS - 1).strip() + "…" : plan.label();
        String total = figures.actions() + (figures.actions() == 1 ? " action" : " actions");
        int y = top + layout.barOffset();
        // beside the bar, the label sits on the bar's line; above it, on a line of its own
        int labelY = layout.barOffset() == 0 ? y + BAR_HEIGHT / 2 + 5 : top + 16;
        return new Bar(label, labelY, y, segments, total, plan.label() + ": " + total
                + (said.isEmpty() ? "." : ", " + String.join(", ", said) + "."));
    }
}
