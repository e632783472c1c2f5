package org.scrutineer.plan;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The title proposed for an action: the finding's first sentence, whole, as a title. */
class ActionTitlesTests {

    @Test
    void aFindingReadFromABulletedListBecomesATitleWithACapital() {
        // Wakefield 2018: "…areas for priority action: • delays in case allocation, assessment and seeing children…"
        assertThat(ActionTitles.from("delays in case allocation, assessment and seeing children at risk of harm;"))
                .isEqualTo("Delays in case allocation, assessment and seeing children at risk of harm");
        assertThat(ActionTitles.from("élan in  practice.")).isEqualTo("Élan in practice");
    }

    @Test
    void aSentenceIsKeptWholeAndAsWritten() {
        assertThat(ActionTitles.from("Ensure that all decisions are recorded. Managers should check them."))
                .isEqualTo("Ensure that all decisions are recorded");
        assertThat(ActionTitles.from("eCAF use is consistent")).isEqualTo("eCAF use is consistent");
        assertThat(ActionTitles.from("The LSCB should review thresholds")).isEqualTo("The LSCB should review thresholds");
    }
}
