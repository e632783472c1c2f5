package org.scrutineer.calendar;

import java.time.LocalDate;

/**
 * The dates of one reporting cycle, each a working day.
 *
 * @param meeting     the committee meeting it reports to; {@literal null} for a plan with no meeting dates
 * @param opens       when the cycle opens and owners are asked for their updates
 * @param updatesDue  the owners' deadline: the report shows progress to this day
 * @param decideBy    by the end of this day a coordinator decides on missing updates, else the draft goes without them
 * @param signOffDue  the chair's sign-off deadline
 * @param publication the day the committee's papers are published; {@literal null} with no meeting
 */
public record CycleDates(LocalDate meeting, LocalDate opens, LocalDate updatesDue, LocalDate decideBy,
                         LocalDate signOffDue, LocalDate publication) {
}
