package org.scrutineer.workflow;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import org.scrutineer.web.BadRequest;
import org.scrutineer.web.Conflict;
import org.scrutineer.web.Forbidden;
import org.scrutineer.web.NotFound;
import org.slf4j.LoggerFactory;
import org.slf4j.Marker;
import org.springframework.stereotype.Component;

/**
 * A completion our listeners refuse (a form filled in wrongly, a decision that is not the caller's, a lost race) is
 * answered 400, 403, 404 or 409 and changes nothing; the engine still logs it as an error with its stack trace
 * ("ENGINE-16004 Exception while closing command context"), so every typing slip on a form read as a failure in
 * the log. Those entries are dropped; any other exception the engine logs stays an error.
 */
@Component
class RefusalLogFilter extends TurboFilter {

    private static final String ENGINE_CONTEXT = "org.camunda.bpm.engine.context";

    RefusalLogFilter() {
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext logging
                && logging.getTurboFilterList().stream().noneMatch(RefusalLogFilter.class::isInstance)) {
            logging.addTurboFilter(this);
            start();
        }
    }

    @Override
    public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params, Throwable t) {
        if (level != Level.ERROR || logger == null || !ENGINE_CONTEXT.equals(logger.getName())) {
            return FilterReply.NEUTRAL;
        }
        Throwable thrown = t != null ? t
                : params != null && params.length > 0 && params[params.length - 1] instanceof Throwable last ? last : null;
        for (Throwable cause = thrown; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof BadRequest || cause instanceof Conflict || cause instanceof Forbidden
                    || cause instanceof NotFound) {
                return FilterReply.DENY;
            }
        }
        return FilterReply.NEUTRAL;
    }
}
