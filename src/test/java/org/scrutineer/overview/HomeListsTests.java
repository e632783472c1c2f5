package org.scrutineer.overview;

import org.junit.jupiter.api.Test;
import org.scrutineer.workflow.TaskSummary;

import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** How the home page's lists order and name what they list. */
class HomeListsTests {

    @Test
    void actionsSortByTheirNumberNotAsText() {
        List<String> sorted = Stream.of("A11", "A3", "A1", "A10", "A2")
                .map(id -> new ActionLine("L", "Letter", id, "Title", "owen", "Owen Owner", null, null, null, null, null))
                .sorted(ActionLine.BY_NUMBER).map(ActionLine::id).toList();

        assertThat(sorted).containsExactly("A1", "A2", "A3", "A10", "A11");
    }

    /** The Letter column beside a task names its letter: a task about the whole letter is not named after it too. */
    @Test
    void aTaskAboutTheWholeLetterIsNamedWithoutItsLetter() {
        String letter = "Wiltshire Council: Inspection of services for children";
        assertThat(line("Review findings · " + letter, null, letter).name()).isEqualTo("Review findings");
        // an action's task keeps the action it is about
        assertThat(line("Accept action · A1 Improve supervision.", "A1", letter).name())
                .isEqualTo("Accept action · A1 Improve supervision.");
    }

    private static HomePage.TaskLine line(String name, String actionId, String letter) {
        return new HomePage.TaskLine(new TaskSummary("t1", "reviewFindings", name, "L", actionId, null, null, null),
                letter, "", "", false);
    }
}
