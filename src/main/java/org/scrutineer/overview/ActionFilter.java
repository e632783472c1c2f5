package org.scrutineer.overview;

import org.scrutineer.plan.ActionStatus;

import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Which of a plan's actions a letter's page lists, from plain query parameters so that it works without scripts:
 * {@code ?owner=owen&rag=AMBER&status=ACCEPTED&overdue=true&sort=due}. A value the page does not offer means "any".
 *
 * @param owner   a user id
 * @param rag     RED, AMBER, GREEN, or NONE for not rated yet
 * @param status  an {@link ActionStatus} name
 * @param overdue only those past their due date and not completed
 * @param sort    {@code due} soonest first, {@code due-desc} latest first; otherwise the plan's order
 */
record ActionFilter(String owner, String rag, String status, boolean overdue, String sort) {

    static final String NO_RATING = "NONE";

    static final Map<String, String> RAGS = ordered("RED", "RED – Off track", "AMBER", "AMBER – At risk",
            "GREEN", "GREEN – On track", NO_RATING, "Not rated yet");
    static final Map<String, String> STATUSES = Arrays.stream(ActionStatus.values())
            .collect(Collectors.toMap(ActionStatus::name, ActionStatus::words, (a, b) -> a, LinkedHashMap::new));
    static final Map<String, String> SORTS = ordered("", "Plan order", "due", "Due date, soonest first",
            "due-desc", "Due date, latest first");

    List<ActionLine> apply(List<ActionLine> lines) {
        Predicate<ActionLine> keep = a -> (isBlank(owner) || owner.equals(a.ownerId()))
                && (!RAGS.containsKey(rag) || rag.equals(a.rag() == null ? NO_RATING : a.rag().name()))
                && (!STATUSES.containsKey(status) || status.equals(a.status().name()))
                && (!overdue || a.overdue());
        Comparator<ActionLine> byDue = Comparator.comparing(ActionLine::dueDate, Comparator.nullsLast(Comparator.naturalOrder()));
        List<ActionLine> kept = lines.stream().filter(keep).toList();
        return switch (sort == null ? "" : sort) {
            case "due" -> kept.stream().sorted(byDue).toList();
            case "due-desc" -> kept.stream().sorted(byDue.reversed()).toList();
            default -> kept;
        };
    }

    /** What the list's caption says: how many of how many, or in which order all are shown. */
    String caption(int shown, int all) {
        if (narrows()) {
            return shown + " of the plan's " + all + " actions match the filters";
        }
        return "The plan's " + all + (all == 1 ? " action" : " actions")
                + (sort != null && !sort.isEmpty() && SORTS.containsKey(sort) ? ", by due date" : ", in plan order");
    }

    /** Whether anything narrows the list: the page then says how many it shows of how many. */
    public boolean narrows() {
        return !isBlank(owner) || RAGS.containsKey(rag) || STATUSES.containsKey(status) || overdue;
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    private static Map<String, String> ordered(String... keysAndLabels) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndLabels.length; i += 2) {
            map.put(keysAndLabels[i], keysAndLabels[i + 1]);
        }
        return map;
    }
}
