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
                orDash(UkDates.day(c.signOffDue())), orDash(UkDates.day(c.publication())) + afterTheMeeting(c), missed);
    }

    /**
     * A cycle started for a meeting too close counts its dates forward from the day it opened, so its paper is
     * published after the meeting: said where the row shows it, not left for the reader to spot in the dates.
     */
    private static String afterTheMeeting(ScheduledCycle c) {
        return c.publication() != null && c.meetingDate() != null && c.publication().isAfter(c.meetingDate())
                ? " – after the meeting: the cycle opened too close to it, and its dates count from that day" : "";
    }

    private static String orDash(String day) {
        return day.isEmpty() ? "–" : day;
    }
}
