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
    /** What the form tells an owner of the bands is what the rule then gives, at every whole % on every day. */
    @Test
    void theBandsTheFormStatesAreTheRulesOwn() {
        for (LocalDate day = START; !day.isAfter(DUE.plusDays(3)); day = day.plusDays(7)) {
            String bands = ScheduleRag.bands(START, DUE, day);
            java.util.regex.Matcher from = java.util.regex.Pattern
                    .compile("GREEN from (\\d+)% complete, AMBER from (\\d+)%").matcher(bands);
            for (int done = 0; done < 100; done++) {
                Rag expected;
                if (from.find(0)) {
                    expected = done >= Integer.parseInt(from.group(1)) ? Rag.GREEN
                            : done >= Integer.parseInt(from.group(2)) ? Rag.AMBER : Rag.RED;
                } else if (bands.startsWith("Past its due date")) {
                    expected = done >= 50 ? Rag.AMBER : Rag.RED;
                } else {
                    expected = Rag.GREEN;
                }
                assertThat(ScheduleRag.of(done, false, START, DUE, day)).as(day + " at " + done + "%: " + bands)
                        .isEqualTo(expected);
            }
        }
    }
}
