package org.scrutineer.calendar;

import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Counts a cycle's dates back from its committee meeting in working days, by {@link CalendarSettings}. A cycle
 * opened after its owners' deadline keeps its meeting's later dates and gives the owners until the working day before
 * the decision on missing updates, when that is still ahead: the paper still goes out for the meeting. Opened later
 * still, or with no meeting, a cycle is counted forward from the day it opens by the same intervals: owners never
 * get a deadline that is already behind them, though its paper then goes out after the meeting.
 */
@Component
public class CycleCalendar {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK);

    private final CalendarSettings settings;
    private final Clock clock;

    public CycleCalendar(CalendarSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    /** The dates of a cycle for this meeting, counted back from it. */
    public CycleDates forMeeting(LocalDate meeting) {
        LocalDate publication = WorkingDays.before(meeting, settings.publicationClearDays() + 1);
        LocalDate signOff = WorkingDays.before(publication, settings.signOffBeforePublication());
        LocalDate updates = WorkingDays.before(signOff, settings.updatesBeforeSignOff());
        return new CycleDates(meeting, WorkingDays.before(updates, settings.opensBeforeUpdates()), updates,
                WorkingDays.before(signOff, settings.decideBeforeSignOff()), signOff, publication);
    }

    /**
     * The dates of a cycle opening on {@code openedOn}: its meeting's, unless there is none or its owners' deadline
     * is already past, in which case counted forward from that day. Either way it opens on {@code openedOn}: a cycle
     * a coordinator starts before its meeting's opening day must not list that day as its opening, still to come.
     */
    public CycleDates forCycle(LocalDate meeting, LocalDate openedOn) {
        if (meeting != null) {
            CycleDates dates = forMeeting(meeting);
            if (!dates.updatesDue().isBefore(openedOn)) {
                return new CycleDates(meeting, openedOn, dates.updatesDue(), dates.decideBy(), dates.signOffDue(),
                        dates.publication());
            }
            LocalDate squeezed = lastOwnersDeadline(dates);
            if (squeezed.isAfter(openedOn)) {
                return new CycleDates(meeting, openedOn, squeezed, dates.decideBy(), dates.signOffDue(),
                        dates.publication());
            }
        }
        LocalDate updates = WorkingDays.after(openedOn, settings.opensBeforeUpdates());
        LocalDate signOff = WorkingDays.after(updates, settings.updatesBeforeSignOff());
        return new CycleDates(meeting, openedOn, updates, WorkingDays.before(signOff, settings.decideBeforeSignOff()),
                signOff, meeting == null ? null : WorkingDays.after(signOff, settings.signOffBeforePublication()));
    }

    /**
     * Whether a cycle opening on {@code day} can still report to this meeting on its timetable: its owners would have
     * at least until the end of the next working day. A meeting closer than that gets no cycle by itself.
     */
    public boolean reachable(LocalDate meeting, LocalDate day) {
        CycleDates dates = forMeeting(meeting);
        return !dates.updatesDue().isBefore(day) || lastOwnersDeadline(dates).isAfter(day);
    }

    /** The latest the owners can report and leave a working day for the decision on missing updates. */
    private static LocalDate lastOwnersDeadline(CycleDates dates) {
        return WorkingDays.before(dates.decideBy(), 1);
    }

    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), settings.zone());
    }

    public Instant now() {
        return clock.instant();
    }

    /** When a day's deadline passes: the end of its working day. */
    public Instant endOf(LocalDate day) {
        return at(day, settings.dayEnds());
    }

    /** When a day's openings and reminders happen: the start of its working day. */
    public Instant startOf(LocalDate day) {
        return at(day, settings.dayStarts());
    }

    /** The due date of a task with {@code days} working days from today. */
    public LocalDate workingDaysFromToday(int days) {
        return WorkingDays.after(today(), days);
    }

    /** "18 March 2027": a day as people read it in tasks and messages. */
    public static String inWords(LocalDate day) {
        return DAY.format(day);
    }

    public CalendarSettings settings() {
        return settings;
    }

    private Instant at(LocalDate day, LocalTime time) {
        return ZonedDateTime.of(day, time, settings.zone()).toInstant();
    }
}
