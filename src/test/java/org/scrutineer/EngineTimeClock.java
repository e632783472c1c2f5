package org.scrutineer;

import org.camunda.bpm.engine.impl.util.ClockUtil;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The application's clock read from the engine's ({@link ClockUtil}), so a test that moves the engine's time moves
 * the calendar's "today" with its timers. Tests that use it reset {@link ClockUtil} when they end.
 */
public final class EngineTimeClock extends Clock {

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
