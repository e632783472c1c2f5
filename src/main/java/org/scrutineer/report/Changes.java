package org.scrutineer.report;

import org.scrutineer.progress.Rag;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What changed since the plan's last approved report, action by action. Actions new since then are listed
 * only as new: the other lists compare an action with its own earlier state.
 *
 * @param sinceCycle the cycle of the last approved report; {@literal null} when this is the first report
 * @param sinceDate  that report's date
 * @param recorded   {@literal false} when the last approved report kept no action states (made before they
 *                   were kept), so nothing can be compared
 */
public record Changes(Integer sinceCycle, LocalDate sinceDate, boolean recorded, List<Item> completed,
                      List<RagChange> ragChanged, List<DateMove> datesMoved, List<Item> newlyOverdue,
                      List<Item> added) {

    /** An action named in a list, with its current due date. */
    public record Item(String actionId, String title, LocalDate dueDate) {
    }

    /** @param from {@literal null} when it was not rated; likewise {@code to} */
    public record RagChange(String actionId, String title, Rag from, Rag to) {
    }

    public record DateMove(String actionId, String title, LocalDate originalDueDate, LocalDate previousDueDate,
                           LocalDate dueDate) {
    }

    static Changes firstReport() {
        return new Changes(null, null, true, List.of(), List.of(), List.of(), List.of(), List.of());
    }

    static Changes notRecorded(int sinceCycle, LocalDate sinceDate) {
        return new Changes(sinceCycle, sinceDate, false, List.of(), List.of(), List.of(), List.of(), List.of());
    }

    boolean isFirstReport() {
        return sinceCycle == null;
    }

    boolean isEmpty() {
        return completed.isEmpty() && ragChanged.isEmpty() && datesMoved.isEmpty() && newlyOverdue.isEmpty()
                && added.isEmpty();
    }

    /** Compares the actions as this report prints them with the states the last approved one kept, in plan order. */
    static Changes between(int sinceCycle, LocalDate sinceDate, List<ActionState> before, List<ActionState> now) {
        Map<String, ActionState> earlier = before.stream()
                .collect(Collectors.toMap(ActionState::actionId, Function.identity(), (a, b) -> b));
        List<Item> completed = new ArrayList<>();
        List<RagChange> ragChanged = new ArrayList<>();
        List<DateMove> datesMoved = new ArrayList<>();
        List<Item> newlyOverdue = new ArrayList<>();
        List<Item> added = new ArrayList<>();
        for (ActionState action : now) {
            ActionState then = earlier.get(action.actionId());
            Item item = new Item(action.actionId(), action.title(), action.dueDate());
            if (then == null) {
                added.add(item);
                continue;
            }
            if (action.standing() == Standing.COMPLETED && then.standing() != Standing.COMPLETED) {
                completed.add(item);
            }
            if (action.rag() != then.rag()) {
                ragChanged.add(new RagChange(action.actionId(), action.title(), then.rag(), action.rag()));
            }
            if (!Objects.equals(action.dueDate(), then.dueDate())) {
                datesMoved.add(new DateMove(action.actionId(), action.title(), action.originalDueDate(),
                        then.dueDate(), action.dueDate()));
            }
            if (action.standing() == Standing.OVERDUE && then.standing() != Standing.OVERDUE) {
                newlyOverdue.add(item);
            }
        }
        return new Changes(sinceCycle, sinceDate, true, List.copyOf(completed), List.copyOf(ragChanged),
                List.copyOf(datesMoved), List.copyOf(newlyOverdue), List.copyOf(added));
    }
}
