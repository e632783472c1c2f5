package org.scrutineer.audit;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

/**
 * The append-only record of who did what to each letter: one entry per change, never deleted. The features
 * record into it where their changes happen, after the change is stored; it depends on no feature, so every
 * feature may.
 */
@Service
public class AuditTrail {

    /** The actor of what the engine did on its own: a timer, or a job no user's request ran. */
    public static final String SYSTEM = "system";

    private final MongoTemplate mongo;
    private final Clock clock;
    private final AtomicLong sequence = new AtomicLong();

    AuditTrail(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    /**
     * Appends an entry, or amends the one the same cause recorded for this action on this subject already. The
     * engine's transaction and MongoDB's writes are separate: a task completion or step that rolled back after
     * writing here runs again with the same cause, and must neither record twice nor keep the failed attempt's
     * values. So a second record keeps the first one's {@code before}, which was read before any attempt changed
     * anything, and takes this attempt's time, actor and {@code after}: the entry ends as what the attempt that
     * committed did. By id, so it needs no transaction, which the embedded store does not have.
     *
     * @param subject may be {@literal null}, as may {@code before} and {@code after}
     */
    public void record(Cause cause, String letterId, String action, String subject,
                       Map<String, Object> before, Map<String, Object> after) {
        Instant at = Instant.now(clock).truncatedTo(ChronoUnit.MILLIS);
        AuditEntry entry = new AuditEntry(idOf(cause, action, subject), letterId, at, sequence.incrementAndGet(),
                cause.actor(), action, subject, before, after);
        try {
            mongo.insert(entry);
        } catch (DuplicateKeyException earlierAttempt) {
            mongo.updateFirst(query(where("_id").is(entry.id())), new Update().set("at", at)
                    .set("sequence", entry.sequence()).set("actor", entry.actor()).set("after", after), AuditEntry.class);
        }
    }

    /**
     * {@code limit} of the letter's entries after the first {@code skip}, in the order they were recorded: by time,
     * then sequence, then id.
     */
    public List<AuditEntry> of(String letterId, int skip, int limit) {
        return mongo.find(query(where("letterId").is(letterId)).with(Sort.by("at", "sequence", "id"))
                .skip(skip).limit(limit), AuditEntry.class);
    }

    public long count(String letterId) {
        return mongo.count(query(where("letterId").is(letterId)), AuditEntry.class);
    }

    private static String idOf(Cause cause, String action, String subject) {
        return cause.key() + "|" + action + (subject == null ? "" : "|" + subject);
    }
}
