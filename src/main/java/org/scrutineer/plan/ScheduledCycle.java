package org.scrutineer.plan;

import org.scrutineer.calendar.CycleDates;

import java.time.LocalDate;
import java.util.List;

/**
 * A reporting cycle of a plan with its dates: one that has opened, or one the calendar plans for a meeting.
 *
 * @param number        {@literal null} for a planned cycle
 * @param status        {@code OPEN}, {@code CLOSED}, {@code PLANNED}, or {@value #TOO_CLOSE} for a meeting ahead too
 *                      close for a cycle opening today to report to, which no cycle opens for by itself
 * @param missedUpdates the actions whose report went to the committee without their owner's update
 */
public record ScheduledCycle(Integer number, String status, LocalDate meetingDate, LocalDate opens,
                             LocalDate updatesDue, LocalDate decideBy, LocalDate signOffDue, LocalDate publication,
                             List<Missed> missedUpdates) {

    public static final String PLANNED = "PLANNED";
    public static final String TOO_CLOSE = "TOO_CLOSE";

    /** @param reason why the cycle went on without the update */
    public record Missed(String actionId, String owner, String reason) {
    }

    static ScheduledCycle of(Integer number, String status, LocalDate meeting, CycleDates dates, List<Missed> missed) {
        return dates == null ? new ScheduledCycle(number, status, meeting, null, null, null, null, null, missed)
                : new ScheduledCycle(number, status, meeting, dates.opens(), dates.updatesDue(), dates.decideBy(),
                dates.signOffDue(), dates.publication(), missed);
    }
}
