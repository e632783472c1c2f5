package org.scrutineer.progress;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** The README's rule for the schedule's RAG, case by case. */
class ScheduleRagTests {

    private static final LocalDate START = LocalDate.of(2026, 1, 1);
    private static final LocalDate DUE = LocalDate.of(2026, 11, 28); // 331 days
    private static final LocalDate HALFWAY = START.plusDays(166);

    @Test
    void progressAgainstTimePassed() {
        assertThat(ScheduleRag.of(12, false, START, DUE, HALFWAY)).isEqualTo(Rag.RED);    // 24% of what is due
        assertThat(ScheduleRag.of(14, false, START, DUE, HALFWAY)).isEqualTo(Rag.AMBER);  // 28%
        assertThat(ScheduleRag.of(37, false, START, DUE, HALFWAY)).isEqualTo(Rag.AMBER);  // 74%
        assertThat(ScheduleRag.of(39, false, START, DUE, HALFWAY)).isEqualTo(Rag.GREEN);  // 78%
    }

    @Test
    void earlyOnNothingIsExpectedAndCompletedIsGreen() {
        assertThat(ScheduleRag.of(0, false, START, DUE, START.plusDays(20))).isEqualTo(Rag.GREEN);
        assertThat(ScheduleRag.of(null, true, START, DUE, DUE.plusYears(1))).isEqualTo(Rag.GREEN);
        assertThat(ScheduleRag.of(100, false, START, DUE, DUE.plusYears(1))).isEqualTo(Rag.GREEN);
    }

    @Test
    void overdueIsRedUnderHalfDoneAndAmberOver() {
        assertThat(ScheduleRag.of(49, false, START, DUE, DUE.plusDays(1))).isEqualTo(Rag.RED);
        assertThat(ScheduleRag.of(50, false, START, DUE, DUE.plusDays(1))).isEqualTo(Rag.AMBER);
        assertThat(ScheduleRag.of(50, false, START, null, DUE)).isNull();
    }

    @Test
    void aBandOrMoreKinderAsksForAReason() {
        assertThat(ScheduleRag.kinderThanSchedule(Rag.GREEN, Rag.AMBER)).isTrue();
        assertThat(ScheduleRag.kinderThanSchedule(Rag.AMBER, Rag.RED)).isTrue();
        assertThat(ScheduleRag.kinderThanSchedule(Rag.AMBER, Rag.AMBER)).isFalse();
        assertThat(ScheduleRag.kinderThanSchedule(Rag.RED, Rag.GREEN)).isFalse();
    }
}
