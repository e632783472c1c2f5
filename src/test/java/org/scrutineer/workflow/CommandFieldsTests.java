package org.scrutineer.workflow;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** DoorGuard reads engine commands' fields by reflection: an engine upgrade that renames or retypes one breaks here. */
class CommandFieldsTests {

    @Test
    void everyFieldTheGuardReadsIsThereWithItsType() {
        assertThat(CommandFields.PINNED).hasSameSizeAs(CommandFields.PINNED_TYPES);
        for (int i = 0; i < CommandFields.PINNED.size(); i++) {
            assertThat(CommandFields.PINNED_TYPES.get(i)).as(CommandFields.PINNED.get(i).toString())
                    .isAssignableFrom(CommandFields.PINNED.get(i).getType());
        }
    }
}
