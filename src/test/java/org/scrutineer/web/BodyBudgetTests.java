package org.scrutineer.web;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BodyBudgetTests {

    @Test
    void bodiesAreHeldWithinTheBudgetAndLetGoWhenDone() throws Exception {
        BodyBudget budget = new BodyBudget(100_000);
        BodyBudget.Held first = budget.read(new ByteArrayInputStream(new byte[60_000]), 60_000);
        assertThat(first.bytes).hasSize(60_000);
        assertThat(budget.held()).isEqualTo(60_000);

        // declared or streamed without a length, a body that would pass the budget is refused, and nothing stays counted
        assertThatThrownBy(() -> budget.read(new ByteArrayInputStream(new byte[50_000]), 50_000))
                .isInstanceOf(BodyBudget.Spent.class);
        assertThatThrownBy(() -> budget.read(new ByteArrayInputStream(new byte[200_000]), -1))
                .isInstanceOf(BodyBudget.Spent.class);
        assertThat(budget.held()).isEqualTo(60_000);

        first.close();
        try (BodyBudget.Held streamed = budget.read(new ByteArrayInputStream(new byte[90_000]), -1)) {
            assertThat(streamed.bytes).hasSize(90_000);
            assertThat(budget.held()).isEqualTo(90_000);
        }
        assertThat(budget.held()).isZero();
    }
}
