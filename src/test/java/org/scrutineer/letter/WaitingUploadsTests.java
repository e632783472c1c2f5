package org.scrutineer.letter;

import org.junit.jupiter.api.Test;
import org.scrutineer.finding.ExtractedLetter;
import org.scrutineer.letter.LetterPages.Waiting;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class WaitingUploadsTests {

    private static final int MB = 1 << 20;

    private final MovableClock clock = new MovableClock();

    /** 25 sessions of one person each parked 20 MB and held 380 MB of heap until they expired. */
    @Test
    void aPersonsManySessionsKeepOnlyTheirNewestTwoUploads() {
        WaitingUploads uploads = new WaitingUploads(1_000L * MB, clock);
        List<Waiting> parked = java.util.stream.IntStream.range(0, 25).mapToObj(i -> upload("u" + i, 20 * MB)).toList();
        for (int i = 0; i < parked.size(); i++) {
            uploads.put("cora", "session-" + i, parked.get(i));
        }

        assertThat(uploads.held()).isLessThanOrEqualTo(2L * 20 * MB + 100);
        assertThat(uploads.take("cora", "u0")).as("the oldest").isNull();
        assertThat(uploads.take("cora", "u24")).isSameAs(parked.get(24));
        assertThat(uploads.take("cora", "u24")).as("taken once").isNull();
    }

    @Test
    void allTogetherStayWithinTheBudgetTheOldestGoingFirst() {
        WaitingUploads uploads = new WaitingUploads(50L * MB, clock);
        for (int i = 0; i < 10; i++) {
            uploads.put("person-" + i, "session-" + i, upload("u" + i, 20 * MB));
        }

        assertThat(uploads.held()).isLessThanOrEqualTo(50L * MB);
        assertThat(uploads.take("person-9", "u9")).isNotNull();
        assertThat(uploads.take("person-0", "u0")).isNull();
    }

    @Test
    void anUploadIsOnlyItsOwnPersonsOneASessionAndNotForEver() {
        WaitingUploads uploads = new WaitingUploads(1_000L * MB, clock);
        uploads.put("cora", "s1", upload("first", MB));
        uploads.put("cora", "s1", upload("second", MB));
        uploads.put("cora", "s2", upload("third", MB));

        assertThat(uploads.take("cora", "first")).as("replaced in its session").isNull();
        assertThat(uploads.take("dora", "second")).as("another person's").isNull();
        assertThat(uploads.take("cora", "second")).isNotNull();
        clock.now = clock.now.plus(WaitingUploads.KEPT_FOR).plusSeconds(1);
        assertThat(uploads.take("cora", "third")).as("kept an hour").isNull();
    }

    private static Waiting upload(String id, int bytes) {
        LetterUpload upload = new LetterUpload("text", new byte[bytes], "letter.pdf", "application/pdf", null);
        return new Waiting(id, upload, new ExtractedLetter(null, null, null, null, null, null, null, null, null, null, List.of()), false);
    }

    private static final class MovableClock extends Clock {
        Instant now = Instant.parse("2026-12-02T10:00:00Z");

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
