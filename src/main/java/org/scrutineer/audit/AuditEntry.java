package org.scrutineer.audit;

import com.fasterxml.jackson.annotation.JsonIgnore;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.util.Map;

/**
 * One thing someone did to a letter, its plan or its reports. Nothing deletes entries and no endpoint writes
 * them; an entry changes only while the task or step that made it is retried (see {@link AuditTrail#record}).
 *
 * @param id       made from what caused the entry (see {@link Cause}), its action and subject, so the same
 *                 task or step run again finds its entry already there instead of adding a second
 * @param at       when it was recorded, to the millisecond (what MongoDB keeps)
 * @param sequence orders the entries this process recorded within the same millisecond
 * @param actor    the user who did it, or {@value AuditTrail#SYSTEM} when the engine did it on its own
 * @param action   a short stable verb from {@link AuditActions}
 * @param subject  what it was done to within the letter (an action, cycle or report id); {@literal null} for the
 *                 letter, its findings or its plan as a whole
 * @param before   the values it changed, as they were; {@literal null} when nothing was there before
 * @param after    the values it set; {@literal null} when it set none
 */
@Document("audit")
public record AuditEntry(
        @Id String id,
        String letterId,
        Instant at,
        @JsonIgnore long sequence,
        String actor,
        String action,
        String subject,
        Map<String, Object> before,
        Map<String, Object> after) {

    /** The same entry keeping what an earlier attempt found before it changed anything. */
    AuditEntry withBefore(Map<String, Object> earlierBefore) {
        return new AuditEntry(id, letterId, at, sequence, actor, action, subject, earlierBefore, after);
    }
}
