package org.scrutineer.calendar;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class CycleCalendarTests {

    private final CycleCalendar calendar = new CycleCalendar(CalendarSettings.defaults(),
            Clock.fixed(Instant.parse("2027-01-04T10:00:00Z"), ZoneOffset.UTC));

    @Test
    void datesCountBackFromTheMeetingInWorkingDaysSkippingEaster() {
        // Friday 2 April 2027; Good Friday is 26 March and Easter Monday 29 March
        CycleDates dates = calendar.forMeeting(LocalDate.of(2027, 4, 2));
        // five clear working days (24, 25, 30, 31 March and 1 April) between publication and the meeting
        assertThat(dates.publication()).isEqualTo(LocalDate.of(2027, 3, 23));
        assertThat(dates.signOffDue()).isEqualTo(LocalDate.of(2027, 3, 19));
        assertThat(dates.decideBy()).isEqualTo(LocalDate.of(2027, 3, 18));
        assertThat(dates.updatesDue()).isEqualTo(LocalDate.of(2027, 3, 12));
        assertThat(dates.opens()).isEqualTo(LocalDate.of(2027, 2, 26));
    }

    @Test
    void aCycleOpenedAfterItsOwnersDeadlineKeepsItsMeetingsLaterDatesWhileTheOwnersHaveADayLeft() {
        // 2 April 2027: owners by 12 March, decision by 18 March, sign-off 19 March, papers 23 March
        CycleDates squeezed = calendar.forCycle(LocalDate.of(2027, 4, 2), LocalDate.of(2027, 3, 15));
        assertThat(squeezed).isEqualTo(new CycleDates(LocalDate.of(2027, 4, 2), LocalDate.of(2027, 3, 15),
                LocalDate.of(2027, 3, 17), LocalDate.of(2027, 3, 18), LocalDate.of(2027, 3, 19), LocalDate.of(2027, 3, 23)));
        assertThat(calendar.reachable(LocalDate.of(2027, 4, 2), LocalDate.of(2027, 3, 16))).isTrue();
        // on the 17th the owners would have no day left: the meeting is out of reach
        assertThat(calendar.reachable(LocalDate.of(2027, 4, 2), LocalDate.of(2027, 3, 17))).isFalse();
        assertThat(calendar.reachable(LocalDate.of(2027, 4, 2), LocalDate.of(2027, 3, 12))).isTrue();
    }

    @Test
    void aCycleOpenedTooLateForItsMeetingOrWithoutOneCountsForwardFromTheDayItOpens() {
        LocalDate opened = LocalDate.of(2027, 3, 17);
        CycleDates late = calendar.forCycle(LocalDate.of(2027, 4, 2), opened);
        assertThat(late.meeting()).isEqualTo(LocalDate.of(2027, 4, 2));
        assertThat(late.opens()).isEqualTo(opened);
        // ten working days on, Good Friday and Easter Monday skipped
        assertThat(late.updatesDue()).isEqualTo(LocalDate.of(2027, 4, 2));
        assertThat(late.signOffDue()).isEqualTo(LocalDate.of(2027, 4, 9));

        CycleDates none = calendar.forCycle(null, LocalDate.of(2027, 1, 4));
        assertThat(none.updatesDue()).isEqualTo(LocalDate.of(2027, 1, 18));
        assertThat(none.publication()).isNull();

        // on time: the meeting's own deadlines; it opened on the day it opened, not the day the calendar would have
        CycleDates meetings = calendar.forMeeting(LocalDate.of(2027, 4, 2));
        for (LocalDate openedOn : new LocalDate[] {LocalDate.of(2027, 2, 1), LocalDate.of(2027, 2, 26), LocalDate.of(2027, 3, 1)}) {
            assertThat(calendar.forCycle(LocalDate.of(2027, 4, 2), openedOn)).as("opened " + openedOn)
                    .isEqualTo(new CycleDates(meetings.meeting(), openedOn, meetings.updatesDue(), meetings.decideBy(),
                            meetings.signOffDue(), meetings.publication()));
        }
    }

    @Test
    void aDayEndsAndStartsOnLondonTime() {
        assertThat(calendar.endOf(LocalDate.of(2027, 3, 12))).isEqualTo(Instant.parse("2027-03-12T17:00:00Z"));
        // British Summer Time
        assertThat(calendar.startOf(LocalDate.of(2027, 4, 5))).isEqualTo(Instant.parse("2027-04-05T07:00:00Z"));
    }
}
