package org.scrutineer.overview;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A plan's reporting interval as the letter's page says it, rather than as ISO 8601 writes it. */
class LetterPageWordsTests {

    @Test
    void aReportingIntervalReadsAsHowOftenOwnersReport() {
        assertThat(LetterPage.every("P1M")).isEqualTo("every month");
        assertThat(LetterPage.every("P3M")).isEqualTo("every 3 months");
        assertThat(LetterPage.every("P1W")).isEqualTo("every week");
        assertThat(LetterPage.every("P14D")).isEqualTo("every 2 weeks");
        assertThat(LetterPage.every("P1Y")).isEqualTo("every year");
        assertThat(LetterPage.every("P10D")).isEqualTo("every 10 days");
        assertThat(LetterPage.every("P1Y2M")).isEqualTo("P1Y2M");
        assertThat(LetterPage.every("soon")).isEqualTo("soon");
    }
}
