package org.scrutineer.audit;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
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
     * Appends an entry, or amends the one the same cause recorded for this action on this subject already (a step
     * that runs again with the same cause, such as opening a cycle that is open): the entry keeps the first
     * {@code before} and takes this record's time, actor and {@code after}. An entry written by a transaction the
     * engine did not commit is undone with it (see {@code store.WriteJournal}).
     *
     * @param subject may be {@literal null}, as may {@code before} and {@code after}
     */
    public void record(Cause cause, String letterId, String action, String subject,
                       Map<String, Object> before, Map<String, Object> after) {
        Instant at = Instant.now(clock).truncatedTo(ChronoUnit.MILLIS);
        AuditEntry entry = new AuditEntry(idOf(cause, action, subject), letterId, at, sequence.incrementAndGet(),
                cause.actor(), action, subject, before, after);
        AuditEntry earlierAttempt = mongo.findById(entry.id(), AuditEntry.class);
        mongo.save(earlierAttempt == null ? entry : entry.withBefore(earlierAttempt.before()));
    }

    /**
     * {@code limit} of the letter's entries after the first {@code skip}, in the order they were recorded: by time,
     * then sequence, then id.
     */
    public List<AuditEntry> of(String letterId, int skip, int limit) {
        return mongo.find(query(where("letterId").is(letterId)).with(Sort.by("at", "sequence", "id"))
                .skip(skip).limit(limit), AuditEntry.class);
    }

    /** The letter's entries of these kinds recorded after {@code after}, in the order they were recorded, the first 200. */
    public List<AuditEntry> since(String letterId, java.time.Instant after, java.util.Collection<String> actions) {
        return mongo.find(query(where("letterId").is(letterId).and("at").gt(after).and("action").in(actions))
                .with(Sort.by("at", "sequence", "id")).limit(200), AuditEntry.class);
    }

    public long count(String letterId) {
        return mongo.count(query(where("letterId").is(letterId)), AuditEntry.class);
    }

    private static String idOf(Cause cause, String action, String subject) {
        return cause.key() + "|" + action + (subject == null ? "" : "|" + subject);
    }
}
