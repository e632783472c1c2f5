package org.scrutineer.plan;

import org.junit.jupiter.api.Test;
import org.scrutineer.web.Conflict;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ActionTests {

    private static final LocalDate DRAFTED = LocalDate.of(2011, 8, 5);

    @Test
    void movingTheDueDateKeepsTheDateThePlanWasDraftedWith() {
        Action action = new Action("A1", new DraftAction(List.of("F13"), "Record decisions", null, "owen", DRAFTED, null));
        assertThat(action.getOriginalDueDate()).isEqualTo(DRAFTED);

        action.accept();
        action.moveDueDate(to(LocalDate.of(2011, 10, 7)));
        action.moveDueDate(to(LocalDate.of(2011, 11, 4)));
        action.moveDueDate(to(LocalDate.of(2011, 11, 4)));

        assertThat(action.getDueDate()).isEqualTo(LocalDate.of(2011, 11, 4));
        assertThat(action.getOriginalDueDate()).isEqualTo(DRAFTED);
        // each move is kept, from where to where; moving to the same date again is none
        assertThat(action.getTimesMoved()).isEqualTo(2);
        assertThat(action.getDueDateMoves()).extracting(DueDateMove::from, DueDateMove::to).containsExactly(
                org.assertj.core.groups.Tuple.tuple(DRAFTED, LocalDate.of(2011, 10, 7)),
                org.assertj.core.groups.Tuple.tuple(LocalDate.of(2011, 10, 7), LocalDate.of(2011, 11, 4)));
    }

    @Test
    void aCompletedActionsDateNoLongerMoves() {
        Action action = new Action("A1", new DraftAction(List.of("F13"), "Record decisions", null, "owen", DRAFTED, null));
        action.accept();
        action.complete();

        assertThatThrownBy(() -> action.moveDueDate(to(LocalDate.of(2011, 11, 4)))).isInstanceOf(Conflict.class);
        assertThat(action.getDueDate()).isEqualTo(DRAFTED);
    }

    private static DueDateMove to(LocalDate date) {
        return new DueDateMove(null, date, null, "cora", "cora", null);
    }
}
