package org.scrutineer.progress;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;

/**
 * An action whose owner sent no update in a cycle before its report was drafted without it. Its id is the cycle's
 * and the action's, so recording it again (a retried step) finds the same record.
 *
 * @param reason why the cycle went on without it, as the owner is told
 */
@Document("missedUpdates")
public record MissedUpdate(@Id String id, String letterId, String cycleId, String actionId, String owner,
                           String reason, Instant recordedAt) {

    static String idOf(String cycleId, String actionId) {
        return cycleId + "-" + actionId;
    }
}
