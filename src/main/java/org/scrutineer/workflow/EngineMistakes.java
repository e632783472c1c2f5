package org.scrutineer.workflow;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which failures of Camunda's REST doors are the sender's mistake rather than the server's. The doors answer an
 * exception the engine raises for a request it cannot do (a query no engine may run, a body or a field left out,
 * a value of the wrong kind) with a 500 naming its class; those are the request's fault, answered 400. A failure
 * to reach the database, or anything not the engine's or Java's own refusal of an argument, stays the server's.
 */
final class EngineMistakes {

    /** Simple names, as the doors' answers give them ({@code "type"}), of what the engine raises for bad requests. */
    private static final Set<String> SENDERS = Set.of("ProcessEngineException", "NullValueException",
            "BadUserRequestException", "NotValidException", "InvalidRequestException", "NotFoundException",
            "MismatchingMessageCorrelationException", "NullPointerException", "IllegalArgumentException",
            "ClassCastException", "NumberFormatException", "ScriptCompilationException");

    /** The engine's codes for a failed database operation (ENGINE-03xxx): the server's. */
    private static final Pattern PERSISTENCE = Pattern.compile("ENGINE-03\\d{3}");

    /** A Java class's name, qualified or ending in Exception or Error: not for the answer. */
    private static final Pattern CLASS_NAME = Pattern.compile("\\b[a-z]+(\\.[a-z0-9_]+)+\\.[A-Z]\\w*|\\b\\w+(Exception|Error)\\b");

    private EngineMistakes() {
    }

    /** Whether an exception of this simple class name, with this message, was caused by the request. */
    static boolean sendersMistake(String type, String message) {
        return type != null && SENDERS.contains(type) && (message == null || !PERSISTENCE.matcher(message).find());
    }

    /** Whether this thrown exception, and everything that caused it, is one the engine raises for a bad request. */
    static boolean sendersMistake(Throwable thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (!sendersMistake(cause.getClass().getSimpleName(), cause.getMessage())) {
                return false;
            }
        }
        return thrown != null;
    }

    /** The engine's words for the sender, or {@literal null} when they name the server's classes. */
    static String readable(String message) {
        if (message == null) {
            return null;
        }
        // the doors' 400s often begin with the exception they caught: "org.camunda...Exception: Cannot correlate..."
        String words = message.replaceFirst("^(?:[\\w$]+\\.)+[\\w$]+(?:Exception|Error): ", "");
        return words.isBlank() || CLASS_NAME.matcher(words).find() ? null : words;
    }
}
