package org.scrutineer.progress;

/**
 * What an owner reports on an action in a cycle. Nullable: impact, percentComplete, scheduleRag (no due date to
 * measure against), ragReason (asked for only when the owner's RAG is kinder than the schedule's).
 *
 * @param scheduleRag what the schedule gave the action when the owner reported ({@link ScheduleRag})
 */
public record ProgressReport(String progress, String impact, Rag rag, Integer percentComplete, boolean completed,
                             Rag scheduleRag, String ragReason) {

    public ProgressReport(String progress, String impact, Rag rag, Integer percentComplete, boolean completed) {
        this(progress, impact, rag, percentComplete, completed, null, null);
    }
}
