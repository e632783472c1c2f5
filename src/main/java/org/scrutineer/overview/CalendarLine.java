package org.scrutineer.overview;

import org.scrutineer.pages.UkDates;
import org.scrutineer.plan.ScheduledCycle;

/**
 * A cycle of the committee's calendar as the letter's page lists it: every date counted back from its meeting, in
 * UK form, and the actions that went to the committee without their owner's update, by the owner's name.
 */
record CalendarLine(String cycle, String meeting, String opens, String updatesDue, String decideBy,
                    String signOffDue, String publication, String missed) {

    static CalendarLine of(ScheduledCycle c, Names names) {
        String cycle = c.number() != null ? c.number() + (c.status().equals("OPEN") ? " (open)" : "")
                : ScheduledCycle.TOO_CLOSE.equals(c.status()) ? "Too close to report to" : "Planned";
        String missed = c.missedUpdates() == null || c.missedUpdates().isEmpty() ? "–"
                : String.join(", ", c.missedUpdates().stream().map(m -> m.actionId() + " (" + names.of(m.owner()) + ")")
                .toList());
        return new CalendarLine(cycle, orDash(UkDates.day(c.meetingDate())), orDash(UkDates.day(c.opens())),
                orDash(UkDates.day(c.updatesDue())), orDash(UkDates.day(c.decideBy())),
                orDash(UkDates.day(c.signOffDue())), orDash(UkDates.day(c.publication())), missed);
    }

    private static String orDash(String day) {
        return day.isEmpty() ? "–" : day;
    }
}
