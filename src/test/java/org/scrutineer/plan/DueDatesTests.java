package org.scrutineer.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.scrutineer.finding.Timescale;

class DueDatesTests {

    @Test
    void immediatelyIsTenWorkingDaysSkippingWeekendsAndChristmas() {
        // Friday 16 Dec 2011: Christmas Day and Boxing Day fell on a weekend, so Tue 27 Dec was a substitute day too.
        assertThat(DueDates.due(LocalDate.of(2011, 12, 16), Timescale.IMMEDIATE)).isEqualTo(LocalDate.of(2012, 1, 4));
    }

    @Test
    void immediatelyWithNoHolidayInTheWayIsTwoWeeks() {
        assertThat(DueDates.due(LocalDate.of(2018, 3, 7), Timescale.IMMEDIATE)).isEqualTo(LocalDate.of(2018, 3, 21));
    }

    @Test
    void monthsThatEndOnABankHolidayMoveToTheNextWorkingDay() {
        // 1 May 2023 was the Early May bank holiday; 8 May 2023 the King's coronation.
        assertThat(DueDates.due(LocalDate.of(2023, 2, 1), Timescale.THREE_MONTHS)).isEqualTo(LocalDate.of(2023, 5, 2));
        assertThat(DueDates.due(LocalDate.of(2022, 11, 8), Timescale.SIX_MONTHS)).isEqualTo(LocalDate.of(2023, 5, 9));
        // 1 April 2024 was Easter Monday, a bank holiday in England and Wales but not in Scotland.
        assertThat(DueDates.due(LocalDate.of(2024, 1, 1), null)).isEqualTo(LocalDate.of(2024, 4, 2));
    }

    @Test
    void aDateOnAWeekendMovesToMonday() {
        assertThat(DueDates.due(LocalDate.of(2018, 6, 22), Timescale.THREE_MONTHS)).isEqualTo(LocalDate.of(2018, 9, 24));
    }
}
