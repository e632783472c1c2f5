package org.scrutineer.progress;

import org.scrutineer.calendar.CycleDates;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One round of collecting progress and reporting it to the committee. Its id is its letter's id and its number
 * ("{letterId}-cycle-2"), which a retried start repeats.
 *
 * @param meetingDate the committee meeting it reports to, {@literal null} until a coordinator names one
 * @param dates       its deadlines, counted back from the meeting (see {@link org.scrutineer.calendar.CycleCalendar});
 *                    {@literal null} on cycles opened before they were kept
 */
@Document("cycles")
public record Cycle(@Id String id, String letterId, int number, CycleStatus status, Instant openedAt,
                    Instant closedAt, LocalDate meetingDate, CycleDates dates) {

    public enum CycleStatus { OPEN, CLOSED }

    Cycle closed(Instant when) {
        return status == CycleStatus.CLOSED ? this
                : new Cycle(id, letterId, number, CycleStatus.CLOSED, openedAt, when, meetingDate, dates);
    }
}
