package org.scrutineer.report;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ChairCommentsTests {

    private static final String TWO = "Good work overall. A4: the RED rating needs a recovery plan with dates."
            + " A6: \"Work is under way as planned\" tells the committee nothing; say what was done.";

    /** A walk found A4's and A6's comments printed in full under each of them. */
    @Test
    void eachActionGetsWhatWasSaidOfItAfterWhatWasSaidOfAll() {
        assertThat(ChairComments.about(TWO, "A4"))
                .isEqualTo("Good work overall.\nThe RED rating needs a recovery plan with dates.");
        assertThat(ChairComments.about(TWO, "A6")).isEqualTo("Good work overall.\n\"Work is under way as planned\""
                + " tells the committee nothing; say what was done.");
        assertThat(ChairComments.about(TWO, "A7")).isEqualTo("Good work overall.");
    }

    /** A walk found "Thank you all" sent to the last action named only, as if it were about that action. */
    @Test
    void aSentenceNamingNoActionReachesEveryOneWhereverItStands() {
        String comments = "A3: give the new date it is due. A2: say what was done, with dates. Thank you all for a"
                + " clear first report.\nPlease send them by Friday.";

        assertThat(ChairComments.about(comments, "A3")).isEqualTo("Give the new date it is due.\nThank you all for a"
                + " clear first report.\nPlease send them by Friday.");
        assertThat(ChairComments.about(comments, "A2")).isEqualTo("Say what was done, with dates.\nThank you all for"
                + " a clear first report.\nPlease send them by Friday.");
        assertThat(ChairComments.about(comments, "A1")).isEqualTo("Thank you all for a clear first report.\nPlease"
                + " send them by Friday.");
        assertThat(ChairComments.about("Good. Clear, e.g. the dates. Fine! A2: more.", "A1"))
                .isEqualTo("Good. Clear, e.g. the dates. Fine!");
    }

    @Test
    void theActionsTheCommentsAddressAreNamedOnceInOrder() {
        assertThat(ChairComments.named(TWO + " A4: and soon.")).containsExactly("A4", "A6");
        assertThat(ChairComments.named("Say where each stands.")).isEmpty();
        assertThat(ChairComments.named(null)).isEmpty();
    }

    @Test
    void commentsThatNameNoActionGoToEveryOneAndLabelsMayStartLines() {
        assertThat(ChairComments.about("Say where each stands by March.", "A2")).isEqualTo("Say where each stands by March.");
        assertThat(ChairComments.about("A1 – give dates.\nA12 – name the owner.", "A12")).isEqualTo("Name the owner.");
        assertThat(ChairComments.about("A1: give dates.", "A2")).isNull();
        assertThat(ChairComments.about("  ", "A2")).isNull();
        // an id inside a sentence is not a label: "see A3: it" would split mid-thought
        assertThat(ChairComments.about("Compare with A3 which is done. Fine.", "A1"))
                .isEqualTo("Compare with A3 which is done. Fine.");
    }
}
