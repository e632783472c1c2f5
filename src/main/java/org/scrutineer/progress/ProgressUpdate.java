package org.scrutineer.progress;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;

/**
 * One owner's report on one action in one cycle. A revision after the chair returns a report is a new record
 * with the next revision number. Its id is the id of the task that submitted it, so a completion retried after
 * its transaction failed rewrites its own record instead of adding a second; no other task ever touches it.
 *
 * @param scheduleRag the RAG the schedule gave when it was reported ({@link ScheduleRag}); {@literal null} without one
 * @param ragReason   why the owner's RAG is kinder than the schedule's, when it is
 */
@Document("progressUpdates")
public record ProgressUpdate(
        @Id String id,
        String letterId,
        String cycleId,
        String actionId,
        int revision,
        String progress,
        String impact,
        Rag rag,
        Integer percentComplete,
        boolean completed,
        Rag scheduleRag,
        String ragReason,
        String submittedBy,
        Instant submittedAt) {
}
