package org.scrutineer.plan;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SpreadsheetFileNameTests {

    /** Every plan downloaded as "action-plan.xlsx", so a second council's overwrote the first's. */
    @Test
    void aPlansSpreadsheetIsNamedForItsCouncil() {
        assertThat(PlanSpreadsheetController.fileName("Stockton-on-Tees Borough Council"))
                .isEqualTo("stockton-on-tees-borough-council-action-plan.xlsx");
        assertThat(PlanSpreadsheetController.fileName("Cyngor Sir Ynys Môn")).isEqualTo("cyngor-sir-ynys-mon-action-plan.xlsx");
        assertThat(PlanSpreadsheetController.fileName(null)).isEqualTo("action-plan.xlsx");
    }
}
