package org.scrutineer.workflow;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import org.camunda.bpm.engine.exception.NullValueException;
import org.scrutineer.web.BadRequest;
import org.scrutineer.web.Conflict;
import org.scrutineer.web.Forbidden;
import org.scrutineer.web.NotFound;
import org.slf4j.LoggerFactory;
import org.slf4j.Marker;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A completion our listeners refuse (a form filled in wrongly, a decision that is not the caller's, a lost race) is
 * answered 400, 403, 404 or 409 and changes nothing; the engine still logs it as an error with its stack trace
 * ("ENGINE-16004 Exception while closing command context"), so every typing slip on a form read as a failure in
 * the log. Those entries are dropped, and so are Camunda's REST doors' warnings of them. A request to those doors
 * the engine cannot do (a message no process waits for, a query it refuses, a body left out: {@link EngineMistakes})
 * is the sender's mistake too: its error and its warning, each with a stack trace, become one warning line. Any
 * other exception the engine logs stays an error.
 */
@Component
class RefusalLogFilter extends TurboFilter {

    private static final String ENGINE_CONTEXT = "org.camunda.bpm.engine.context";
    /** Camunda's REST doors log what they answer 500 as a warning, our refusals too before we answer them 4xx. */
    private static final String ENGINE_REST = "org.camunda.bpm.engine.rest.exception";
    private static final List<String> REFUSALS_IN_TEXT = List.of(BadRequest.class.getName(),
            Conflict.class.getName(), Forbidden.class.getName(), NotFound.class.getName(), "task is null");

    private static final org.slf4j.Logger LOG = LoggerFactory.getLogger(RefusalLogFilter.class);
    /** How Camunda's REST doors begin the warning of what they answered 500: the code, then the exception's class. */
    private static final java.util.regex.Pattern REST_500 = java.util.regex.Pattern.compile(
            "ENGINE-REST-HTTP500 (?:[\\w$]+\\.)*([\\w$]+): ?([^\\n]*)");

    RefusalLogFilter() {
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext logging
                && logging.getTurboFilterList().stream().noneMatch(RefusalLogFilter.class::isInstance)) {
            logging.addTurboFilter(this);
            start();
        }
    }

    @Override
    public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params, Throwable t) {
        if (logger == null || !level.isGreaterOrEqual(Level.WARN)
                || !(ENGINE_CONTEXT.equals(logger.getName()) || ENGINE_REST.equals(logger.getName()))) {
            return FilterReply.NEUTRAL;
        }
        Throwable thrown = t != null ? t
                : params != null && params.length > 0 && params[params.length - 1] instanceof Throwable last ? last : null;
        for (Throwable cause = thrown; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof BadRequest || cause instanceof Conflict || cause instanceof Forbidden
                    || cause instanceof NotFound
                    // a completion of a task already completed, which the doors answer 404
                    || cause instanceof NullValueException && String.valueOf(cause.getMessage()).endsWith("task is null")) {
                return FilterReply.DENY;
            }
        }
        if (ENGINE_CONTEXT.equals(logger.getName()) && thrown != null && EngineMistakes.sendersMistake(thrown)
                && atAnEngineDoor()) {
            LOG.warn("Refused at Camunda's REST doors, the sender's mistake: {}", oneLine(thrown.getMessage()));
            return FilterReply.DENY;
        }
        // the REST doors log the stack trace as text, in the message or its arguments, not as the exception
        if (ENGINE_REST.equals(logger.getName())) {
            List<Object> texts = new ArrayList<>(params == null ? List.of() : Arrays.asList(params));
            texts.add(format);
            for (Object text : texts) {
                if (text != null && REFUSALS_IN_TEXT.stream().anyMatch(String.valueOf(text)::contains)) {
                    return FilterReply.DENY;
                }
                java.util.regex.Matcher answered500 = text == null ? null : REST_500.matcher(String.valueOf(text));
                if (answered500 != null && answered500.lookingAt()
                        && EngineMistakes.sendersMistake(answered500.group(1), answered500.group(2))) {
                    LOG.warn("Refused at Camunda's REST doors, the sender's mistake: {}", oneLine(answered500.group(2)));
                    return FilterReply.DENY;
                }
            }
        }
        return FilterReply.NEUTRAL;
    }

    /** Whether the current thread serves a request to Camunda's REST doors (not a job, a timer or our own API). */
    private static boolean atAnEngineDoor() {
        if (org.springframework.web.context.request.RequestContextHolder.getRequestAttributes()
                instanceof org.springframework.web.context.request.ServletRequestAttributes request) {
            String path = request.getRequest().getRequestURI();
            return path.startsWith("/engine-rest/") || path.startsWith("/camunda/api/engine/");
        }
        return false;
    }

    private static String oneLine(String message) {
        String line = String.valueOf(message).replaceAll("[\\r\\n\\t]+", " ");
        return line.length() > 300 ? line.substring(0, 300) + "…" : line;
    }
}
