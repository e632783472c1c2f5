package org.scrutineer.finding;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Dates as English letters write them: "9 June 2011", "9th June, 2011", "June 9, 2011", "09/06/2011". */
public final class EnglishDates {

    private static final List<String> MONTHS = List.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december");
    static final String MONTH = "(?:January|February|March|April|May|June|July|August|September|October|November|December"
            + "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)";
    private static final String ORDINAL = "(?:st|nd|rd|th)?";
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "(?i)(\\d{1,2})" + ORDINAL + "\\s+(" + MONTH + ")\\.?,?\\s+(\\d{4})");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "(?i)(" + MONTH + ")\\.?\\s+(\\d{1,2})" + ORDINAL + ",?\\s+(\\d{4})");
    private static final Pattern NUMERIC = Pattern.compile("(\\d{1,2})[/.](\\d{1,2})[/.](\\d{4})");

    private static final Pattern RANGE_PART = Pattern.compile("(?i)\\b(?:(\\d{4})|(\\d{1,2})" + ORDINAL + "|(" + MONTH + "))\\b");

    private EnglishDates() {
    }

    /**
     * The first and last day of a span written as letters write inspection dates ("27 and 28 February 2018",
     * "30 September – 2 October 2019", "8 – 12 July 2013"): each day takes the next month and year written after
     * it. {@literal null} when the text names no whole date.
     */
    static LocalDate[] span(String text) {
        if (text == null || text.length() > 120) {
            return null;
        }
        List<String[]> days = new java.util.ArrayList<>();
        Matcher m = RANGE_PART.matcher(text);
        while (m.find()) {
            if (m.group(2) != null) {
                days.add(new String[] {m.group(2), null, null});
            } else {
                int field = m.group(1) != null ? 2 : 1;
                String value = m.group(1) != null ? m.group(1) : m.group(3);
                for (String[] day : days) {
                    if (day[field] == null) {
                        day[field] = value;
                    }
                }
            }
        }
        if (days.isEmpty()) {
            return null;
        }
        String[] first = days.get(0);
        String[] last = days.get(days.size() - 1);
        if (first[1] == null || first[2] == null || last[1] == null || last[2] == null) {
            return null;
        }
        LocalDate start = date(first[2], month(first[1]), first[0]);
        LocalDate end = date(last[2], month(last[1]), last[0]);
        return start == null || end == null || end.isBefore(start) ? null : new LocalDate[] {start, end};
    }

    /** The date the whole of {@code text} states, or {@literal null}. */
    public static LocalDate parse(String text) {
        if (text == null || text.length() > 40) {
            return null;
        }
        String t = text.trim();
        Matcher m = DAY_MONTH_YEAR.matcher(t);
        if (m.matches()) {
            return date(m.group(3), month(m.group(2)), m.group(1));
        }
        m = MONTH_DAY_YEAR.matcher(t);
        if (m.matches()) {
            return date(m.group(3), month(m.group(1)), m.group(2));
        }
        m = NUMERIC.matcher(t);
        if (m.matches()) {
            // English letters put the day first.
            return date(m.group(3), Integer.parseInt(m.group(2)), m.group(1));
        }
        return null;
    }

    private static int month(String name) {
        String key = name.toLowerCase(Locale.ROOT);
        for (int i = 0; i < MONTHS.size(); i++) {
            if (MONTHS.get(i).startsWith(key.length() > 3 ? key.substring(0, 3) : key)) {
                return i + 1;
            }
        }
        return 0;
    }

    private static LocalDate date(String year, int month, String day) {
        try {
            return LocalDate.of(Integer.parseInt(year), month, Integer.parseInt(day));
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }
}
