package org.scrutineer.plan;

import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;
import org.scrutineer.finding.Timescale;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * When an action is due, from the letter's date and the finding's timescale: "immediately" gives ten working
 * days, "within three months" three months, "within six months" six; no timescale is treated as three months.
 * A date falling on a weekend or an England and Wales bank holiday moves to the next working day.
 */
final class DueDates {

    private static final int IMMEDIATE_WORKING_DAYS = 10;
    // England and Wales share their bank holidays; jollyday keeps them, substitute days and one-off ones included.
    private static final String ENGLAND = "eng";
    private static final HolidayManager UK = HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.UNITED_KINGDOM));

    private DueDates() {
    }

    static LocalDate due(LocalDate from, Timescale timescale) {
        if (timescale == null) {
            return nextWorkingDay(from.plusMonths(3));
        }
        return switch (timescale) {
            case IMMEDIATE -> plusWorkingDays(from, IMMEDIATE_WORKING_DAYS);
            case THREE_MONTHS -> nextWorkingDay(from.plusMonths(3));
            case SIX_MONTHS -> nextWorkingDay(from.plusMonths(6));
        };
    }

    private static LocalDate plusWorkingDays(LocalDate from, int days) {
        LocalDate date = from;
        for (int added = 0; added < days; ) {
            date = date.plusDays(1);
            if (isWorkingDay(date)) {
                added++;
            }
        }
        return date;
    }

    private static LocalDate nextWorkingDay(LocalDate date) {
        LocalDate d = date;
        while (!isWorkingDay(d)) {
            d = d.plusDays(1);
        }
        return d;
    }

    static boolean isWorkingDay(LocalDate date) {
        return date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY
                && !UK.isHoliday(date, ENGLAND);
    }
}
