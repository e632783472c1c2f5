package org.scrutineer.pages;

import org.scrutineer.web.DateRange;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Date;
import java.util.List;
import java.util.Locale;

/**
 * Dates as people in England read and type them, on every page: {@code 31/03/2027} in a field, "31 March 2027" in
 * text, times in London's time.
 */
public final class UkDates {

    public static final ZoneId LONDON = ZoneId.of("Europe/London");
    /** How a date field shows its value. */
    public static final DateTimeFormatter FIELD = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.UK);
    /** How text says a date. */
    public static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    /** The dates a person may give anywhere, in words: "between 1 January 2000 and 31 December 2100". */
    public static final String ALLOWED = "between " + DateRange.FIRST.format(LONG) + " and " + DateRange.LAST.format(LONG);
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.UK);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);
    private static final List<DateTimeFormatter> TYPED = List.of(
            DateTimeFormatter.ofPattern("d/M/uuuu", Locale.UK).withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK).withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("d MMM uuuu", Locale.UK).withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ISO_LOCAL_DATE);

    private UkDates() {
    }

    /** A date as typed: {@code 31/03/2027}, {@code 31 March 2027}, {@code 31 Mar 2027} or ISO; {@literal null} if none. */
    public static LocalDate parse(String typed) {
        for (DateTimeFormatter format : TYPED) {
            try {
                return LocalDate.parse(typed.strip(), format);
            } catch (DateTimeParseException tryNext) {
                // the next form
            }
        }
        return null;
    }

    /** "31 March 2027"; "" for {@literal null}. */
    public static String day(LocalDate date) {
        return date == null ? "" : date.format(LONG);
    }

    /** The day in London, "31 March 2027"; "" for {@literal null}. */
    public static String day(Instant instant) {
        return instant == null ? "" : day(instant.atZone(LONDON).toLocalDate());
    }

    /** The day in London, "31 March 2027"; "" for {@literal null}. */
    public static String day(Date date) {
        return date == null ? "" : day(date.toInstant());
    }

    /** Today in London. */
    public static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(LONDON));
    }

    /** "10:02", in London. */
    public static String time(Instant instant) {
        return instant.atZone(LONDON).format(TIME);
    }

    /** "14 Mar 2027 10:02", in London; "" for {@literal null}. */
    public static String moment(Instant instant) {
        return instant == null ? "" : instant.atZone(LONDON).format(MOMENT);
    }
}
