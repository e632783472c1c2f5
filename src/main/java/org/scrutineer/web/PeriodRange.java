package org.scrutineer.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;

/**
 * Whether an ISO 8601 period (P1M, P2W, P1Y) lies between two others. Periods of months and days have no order of
 * their own, so each is measured from one fixed day; a period too long to add to it (P999999999Y) is out of range.
 */
public final class PeriodRange {

    private static final LocalDate FROM = LocalDate.of(2000, 1, 1);

    private PeriodRange() {
    }

    /** @return {@literal false} for {@literal null}, text that is not a period, and a period outside min..max */
    public static boolean within(String period, Period min, Period max) {
        try {
            LocalDate end = FROM.plus(Period.parse(period));
            return !end.isBefore(FROM.plus(min)) && !end.isAfter(FROM.plus(max));
        } catch (DateTimeException | ArithmeticException | NullPointerException e) {
            // not a period, or one too long to add (DateTimeParseException is a DateTimeException)
            return false;
        }
    }
}
