package org.scrutineer.plan;

import org.scrutineer.calendar.WorkingDays;
import org.scrutineer.finding.Timescale;

import java.time.LocalDate;

/**
 * When an action is due, from the letter's date and the finding's timescale: "immediately" gives ten working
 * days, "within three months" three months, "within six months" six; no timescale is treated as three months.
 * A date falling on a weekend or an England and Wales bank holiday moves to the next working day.
 */
final class DueDates {

    private static final int IMMEDIATE_WORKING_DAYS = 10;

    private DueDates() {
    }

    static LocalDate due(LocalDate from, Timescale timescale) {
        if (timescale == null) {
            return WorkingDays.onOrAfter(from.plusMonths(3));
        }
        return switch (timescale) {
            case IMMEDIATE -> WorkingDays.after(from, IMMEDIATE_WORKING_DAYS);
            case THREE_MONTHS -> WorkingDays.onOrAfter(from.plusMonths(3));
            case SIX_MONTHS -> WorkingDays.onOrAfter(from.plusMonths(6));
        };
    }
}
