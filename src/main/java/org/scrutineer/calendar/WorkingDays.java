package org.scrutineer.calendar;

import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * Working days in England and Wales: Monday to Friday, bank holidays excepted (jollyday keeps them, substitute
 * days and one-off ones included).
 */
public final class WorkingDays {

    // England and Wales share their bank holidays.
    private static final String ENGLAND = "eng";
    private static final HolidayManager UK = HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.UNITED_KINGDOM));

    private WorkingDays() {
    }

    public static boolean isWorkingDay(LocalDate date) {
        return date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY
                && !UK.isHoliday(date, ENGLAND);
    }

    /** The working day {@code days} working days after {@code from} (which need not be one itself). */
    public static LocalDate after(LocalDate from, int days) {
        return step(from, days, 1);
    }

    /** The working day {@code days} working days before {@code from}. */
    public static LocalDate before(LocalDate from, int days) {
        return step(from, days, -1);
    }

    /** The date itself when it is a working day, else the next one. */
    public static LocalDate onOrAfter(LocalDate date) {
        LocalDate d = date;
        while (!isWorkingDay(d)) {
            d = d.plusDays(1);
        }
        return d;
    }

    private static LocalDate step(LocalDate from, int days, int direction) {
        LocalDate date = from;
        for (int counted = 0; counted < days; ) {
            date = date.plusDays(direction);
            if (isWorkingDay(date)) {
                counted++;
            }
        }
        return date;
    }
}
