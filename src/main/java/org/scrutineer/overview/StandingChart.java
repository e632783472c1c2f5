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
 */
record StandingChart(int width, int height, List<Bar> bars, List<Key> key, String description) {

    /** Left to right: done, then fine, then worse, then nothing reported. */
    static final List<Standing> ORDER = List.of(Standing.COMPLETED, Standing.ON_TRACK, Standing.AT_RISK,
            Standing.OFF_TRACK, Standing.OVERDUE, Standing.NOT_STARTED);
    private static final Map<Standing, String> FILL = Map.of(
            Standing.COMPLETED, "#1f3a5f", Standing.ON_TRACK, "#2e7d32", Standing.AT_RISK, "#ffbf00",
            Standing.OFF_TRACK, "#b71c1c", Standing.OVERDUE, "#6a1b9a", Standing.NOT_STARTED, "#9aa3ab");
    private static final int LABEL_WIDTH = 300;
    private static final int BAR_WIDTH = 520;
    private static final int ROW = 32;
    private static final int BAR_HEIGHT = 24;
    private static final int LABEL_CHARACTERS = 34;

    /** One plan's bar; {@code y} is its top. */
    record Bar(String label, int y, List<Segment> segments, String total, String summary) {
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
        List<Bar> bars = new ArrayList<>();
        int y = 4;
        for (Plan plan : plans) {
            bars.add(bar(plan, y));
            y += ROW;
        }
        List<Key> key = ORDER.stream().map(s -> new Key(s.words(), s.meaning(), FILL.get(s))).toList();
        String description = "One bar per plan, its length split by the share of its actions in each standing. "
                + bars.stream().map(Bar::summary).collect(Collectors.joining(" "));
        return new StandingChart(LABEL_WIDTH + BAR_WIDTH + 90, y + 4, bars, key, description);
    }

    private static Bar bar(Plan plan, int y) {
        PlanFigures figures = plan.figures();
        List<Segment> segments = new ArrayList<>();
        List<String> said = new ArrayList<>();
        double x = LABEL_WIDTH;
        for (Standing standing : ORDER) {
            int count = figures.standing(standing);
            if (count == 0) {
                continue;
            }
            double width = figures.actions() == 0 ? 0 : (double) BAR_WIDTH * count / figures.actions();
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
        return new Bar(label, y, segments, total, plan.label() + ": " + total
                + (said.isEmpty() ? "." : ", " + String.join(", ", said) + "."));
    }
}
