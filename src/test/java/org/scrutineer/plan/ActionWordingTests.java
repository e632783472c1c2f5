package org.scrutineer.plan;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The title and description proposed for a finding: between them, all the finding asks. */
class ActionWordingTests {

    @Test
    void aFindingOfTwoSentencesKeepsTheSecondInTheDescription() {
        // the browser walk's Wiltshire 2015 recommendation: its second sentence was dropped
        ActionWording wording = ActionWording.from("Provide care leavers with regular opportunities to contribute to the "
                + "development of an effective pathway plan that responds to their needs. Ensure they are provided with a "
                + "copy of their health histories and made aware of their entitlements.");
        assertThat(wording.title()).isEqualTo("Provide care leavers with regular opportunities to contribute to the "
                + "development of an effective pathway plan that responds to their needs.");
        assertThat(wording.description())
                .isEqualTo("Ensure they are provided with a copy of their health histories and made aware of their entitlements.");
    }

    @Test
    void aFindingOfOneSentenceIsTheTitleWithItsFullStopAndNoDescription() {
        ActionWording wording = ActionWording.from("Ensure that  every child's plan is\nreviewed on time.");
        assertThat(wording.title()).isEqualTo("Ensure that every child's plan is reviewed on time.");
        assertThat(wording.description()).isNull();
        assertThat(ActionWording.from("Ensure that every review is minuted").title())
                .as("a list item without one gains it").isEqualTo("Ensure that every review is minuted.");
        assertThat(ActionWording.from("Will leaders act?").title()).isEqualTo("Will leaders act?");
    }

    @Test
    void aListItemEndsAsASentence() {
        // "…areas for priority action: • delays in …;" read from a bulleted list
        assertThat(ActionWording.from("delays in allocating cases to social workers;").title())
                .isEqualTo("Reduce delays in allocating cases to social workers.");
        assertThat(ActionWording.from("ensure every visit is recorded; and").title())
                .isEqualTo("Ensure every visit is recorded.");
        assertThat(ActionWording.from("the sufficiency of foster carers,").title())
                .isEqualTo("Improve the sufficiency of foster carers.");
    }

    @Test
    void aSentenceEndsAtAFullStopBeforeACapitalOrABracketButNotAfterAnAbbreviation() {
        ActionWording abbreviated = ActionWording.from("Review statutory visits, e.g. Those to disabled children, "
                + "against Dr. Patel's audit. Report the findings to the board.");
        assertThat(abbreviated.title()).isEqualTo("Review statutory visits, e.g. Those to disabled children, against "
                + "Dr. Patel's audit.");
        assertThat(abbreviated.description()).isEqualTo("Report the findings to the board.");
        // a 2026 ILACS item ends with its National Framework cross-reference: the finding's, quoted beside the
        // action, not something to do
        ActionWording referenced = ActionWording.from("The stability of placements for older children. (outcome 3, national framework)");
        assertThat(referenced.title()).isEqualTo("Improve the stability of placements for older children.");
        assertThat(referenced.description()).isNull();
        assertThat(ActionWording.from("Improve the use of section 20. the rest").description())
                .as("no capital, no new sentence").isNull();
    }

    @Test
    void aFirstSentenceLongerThanTheFormTakesIsCutAtAWordAndTheDescriptionCarriesTheWholeFinding() {
        String finding = "Ensure that " + "every plan is reviewed and ".repeat(60) + "signed off.";
        ActionWording wording = ActionWording.from(finding);
        assertThat(wording.title()).hasSizeLessThanOrEqualTo(ActionWording.MAX_TITLE).endsWith("…")
                .startsWith("Ensure that every plan");
        assertThat(wording.description()).isEqualTo(finding);

        String longRest = "Ensure that plans are reviewed. " + "Check them each month. ".repeat(300);
        assertThat(ActionWording.from(longRest).description()).hasSizeLessThanOrEqualTo(ActionWording.MAX_DESCRIPTION)
                .endsWith("…");
    }

    @Test
    void aStatementIsLeftAsWrittenWithItsFullStop() {
        ActionWording wording = ActionWording.from("Caseloads in the assessment teams remain too high. Some "
                + "workers hold more than thirty cases.");
        assertThat(wording.title()).isEqualTo("Caseloads in the assessment teams remain too high.");
        assertThat(wording.description()).as("a remark is the finding's, not more to do").isNull();
    }

    @Test
    void laterSentencesThatAskMoreAreTheDescriptionAndTheInspectoratesOwnStepsAreNot() {
        ActionWording wording = ActionWording.from("Provide care leavers with regular opportunities to be heard. "
                + "In addition, ensure they are given a copy of their health histories. Her Majesty's Chief Inspector "
                + "will share these findings with the police. Also review the pathway plans.");
        assertThat(wording.title()).isEqualTo("Provide care leavers with regular opportunities to be heard.");
        assertThat(wording.description()).isEqualTo("Ensure they are given a copy of their health histories. "
                + "Review the pathway plans.");
    }
}
