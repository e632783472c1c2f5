package org.scrutineer.overview;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Actions due the same day are listed as their plan numbers them. */
class ActionOrderTests {

    @Test
    void actionsSortByTheirNumberNotAsText() {
        List<String> sorted = Stream.of("A11", "A3", "A1", "A10", "A2")
                .map(id -> new ActionLine("L", "Letter", id, "Title", "owen", "Owen Owner", null, null, null, null, null))
                .sorted(ActionLine.BY_NUMBER).map(ActionLine::id).toList();

        assertThat(sorted).containsExactly("A1", "A2", "A3", "A10", "A11");
    }
}
