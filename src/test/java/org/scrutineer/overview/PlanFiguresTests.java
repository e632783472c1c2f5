package org.scrutineer.overview;

import org.junit.jupiter.api.Test;
import org.scrutineer.plan.ActionStatus;
import org.scrutineer.report.Standing;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PlanFiguresTests {

    /** The dashboard's table and the chart under it counted "completed" two ways, and read 0 beside 1. */
    @Test
    void anActionReportedCompletedCountsAsCompletedBeforeItsReportIsApproved() {
        PlanFigures figures = PlanFigures.of(List.of(
                line("A1", ActionStatus.ACCEPTED, Standing.COMPLETED),
                line("A2", ActionStatus.COMPLETED, Standing.COMPLETED),
                line("A3", ActionStatus.ACCEPTED, Standing.ON_TRACK)));

        assertThat(figures.completed()).isEqualTo(figures.standing(Standing.COMPLETED)).isEqualTo(2);
        assertThat(figures.accepted()).isEqualTo(3);
    }

    private static ActionLine line(String id, ActionStatus status, Standing standing) {
        return new ActionLine("L1", "A letter", id, "An action", "owen", "Owen Owner", null, null, status, standing, null);
    }
}
