package org.scrutineer.web;

import java.time.LocalDate;

/**
 * The dates a person may give anywhere (a due date, a meeting): 1 January 2000 to 31 December 2100. Inspection
 * letters and their plans fall well inside it; a date outside is a typing slip or a probe, and dates such as year
 * 0 or 10000 are more than MongoDB, PDFs and people read alike.
 */
public final class DateRange {

    public static final LocalDate FIRST = LocalDate.of(2000, 1, 1);
    public static final LocalDate LAST = LocalDate.of(2100, 12, 31);
    /** What a refusal says of the date. */
    public static final String RULE = "must be a date from " + FIRST + " to " + LAST;

    private DateRange() {
    }

    /** @param date must not be {@literal null} */
    public static boolean accepts(LocalDate date) {
        return !date.isBefore(FIRST) && !date.isAfter(LAST);
    }
}
