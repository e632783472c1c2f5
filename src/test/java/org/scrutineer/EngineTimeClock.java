package org.scrutineer;

import org.camunda.bpm.engine.impl.util.ClockUtil;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Date;

/**
 * The application's clock read from the engine's ({@link ClockUtil}), so a test that moves the engine's time moves
 * the calendar's "today" with its timers. Tests that use it reset {@link ClockUtil} when they end.
 */
public final class EngineTimeClock extends Clock {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    /** Sets the engine's time to this London time ("2027-03-12T17:00"). */
    public static void at(String londonTime) {
        ClockUtil.setCurrentTime(Date.from(LocalDateTime.parse(londonTime).atZone(LONDON).toInstant()));
    }

    /** The end of this London day's working day (17:00), when its deadlines pass. */
    public static Date endOf(String day) {
        return Date.from(LocalDate.parse(day).atTime(LocalTime.of(17, 0)).atZone(LONDON).toInstant());
    }

    @Override
    public Instant instant() {
        return ClockUtil.now().toInstant();
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }
}
