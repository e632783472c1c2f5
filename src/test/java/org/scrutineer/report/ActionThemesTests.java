package org.scrutineer.report;

import org.junit.jupiter.api.Test;
import org.scrutineer.report.ReportView.ActionView;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** How a group's actions stand under their themes, whichever come first. */
class ActionThemesTests {

    @Test
    void unthemedActionsBeforeAnyThemeStandFirstUnderNoHeading() {
        // a SIF report: the council's own recommendations, then its board's
        ActionGroup group = group(action("A1", null), action("A2", "Local Safeguarding Children Board"), action("A3", null));

        assertThat(group.byTheme()).containsOnlyKeys(null, "Local Safeguarding Children Board");
        assertThat(group.byTheme().keySet()).first().isNull();
        assertThat(group.byTheme().get(null)).extracting(ActionView::actionId).containsExactly("A1", "A3");
    }

    @Test
    void unthemedActionsAfterAThemeAreHeadedAsHavingNone() {
        ActionGroup group = group(action("A1", "Care leavers"), action("A2", null), action("A3", " Care leavers "));

        assertThat(group.byTheme().keySet()).containsExactly("Care leavers", ActionGroup.NO_THEME);
        assertThat(group.byTheme().get("Care leavers")).extracting(ActionView::actionId).containsExactly("A1", "A3");
    }

    @Test
    void aGroupWithNoThemesHasNoHeadings() {
        assertThat(group(action("A1", null), action("A2", " ")).byTheme().keySet()).containsExactly((String) null);
    }

    private static ActionGroup group(ActionView... actions) {
        return new ActionGroup("All actions", "", Arrays.asList(actions));
    }

    private static ActionView action(String id, String theme) {
        return new ActionView(id, null, theme, List.of(), "Title " + id, null, "Owen Owner", null, null, null, null,
                null, false, null, null, null);
    }
}
