package org.scrutineer.workflow;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A task's name in lists: what it is about, cut at a whole word when long. */
class TaskNamesTests {

    @Test
    void aLongNameEndsAtTheLastWholeWordThatFits() {
        String name = "Submit progress update · A3 Strengthen the quality of planning for care leavers, including "
                + "their pathway plans and pathways to independence";
        String shortened = TaskNames.shortened(name);

        assertThat(shortened).hasSizeLessThanOrEqualTo(100).endsWith("…");
        String kept = shortened.substring(0, shortened.length() - 1);
        assertThat(name).startsWith(kept);
        assertThat(name.charAt(kept.length())).as("the next character after what is kept").isIn(' ', ',');
        assertThat(TaskNames.shortened("Accept action · A1 Record decisions")).isEqualTo("Accept action · A1 Record decisions");
        // an emoji across the cut goes whole, never half of it
        String emoji = TaskNames.shortened("x".repeat(98) + "😀" + "y".repeat(20));
        assertThat(emoji).isEqualTo("x".repeat(98) + "…");
        assertThat(emoji.chars().noneMatch(c -> Character.isSurrogate((char) c))).isTrue();
    }
}
