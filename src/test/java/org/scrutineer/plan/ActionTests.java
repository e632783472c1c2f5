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
        action.moveDueDate(LocalDate.of(2011, 10, 7));
        action.moveDueDate(LocalDate.of(2011, 11, 4));

        assertThat(action.getDueDate()).isEqualTo(LocalDate.of(2011, 11, 4));
        assertThat(action.getOriginalDueDate()).isEqualTo(DRAFTED);
    }

    @Test
    void aCompletedActionsDateNoLongerMoves() {
        Action action = new Action("A1", new DraftAction(List.of("F13"), "Record decisions", null, "owen", DRAFTED, null));
        action.accept();
        action.complete();

        assertThatThrownBy(() -> action.moveDueDate(LocalDate.of(2011, 11, 4))).isInstanceOf(Conflict.class);
        assertThat(action.getDueDate()).isEqualTo(DRAFTED);
    }
}
