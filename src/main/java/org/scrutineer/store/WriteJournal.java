package org.scrutineer.store;

import org.bson.Document;
import org.scrutineer.web.Conflict;
import org.scrutineer.web.Refusals;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import javax.sql.DataSource;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

/**
 * Makes what a transaction of the engine writes to MongoDB stand exactly when the engine commits it.
 * <p>
 * MongoDB and the engine's database cannot commit together (and the embedded store has no transactions at all), so
 * each write made inside an engine transaction (a completion, a job, a registration) is preceded by a note in the
 * {@code writeJournal} collection of how to undo it, kept in a document whose id is what the write changes, which
 * also holds that thing for the transaction (see {@link #hold}); and the transaction adds a row to the engine's
 * own table {@code SCRUTINEER_COMMIT} with the journal's id. Then:
 * <ul>
 * <li>the transaction commits: the row is committed with the engine's state, and the journal is dropped;</li>
 * <li>it rolls back (a refusal, a lost race, a failure at flush): the journal's steps are undone at once,
 * newest first, and dropped;</li>
 * <li>the process dies first: {@link JournalRecovery} finds the journal later and, by the row, knows whether the
 * engine committed: if so the writes stand, if not they are undone.</li>
 * </ul>
 * Writes made outside any transaction (a coordinator moving a due date) are single writes, done or not, and are
 * not journaled. While a transaction runs, its writes are visible to readers for the milliseconds it takes; a
 * refused one is gone when its refusal is answered.
 */
@Service
public class WriteJournal {

    static final String COLLECTION = "writeJournal";
    static final String COMMIT_TABLE = "SCRUTINEER_COMMIT";

    private final MongoTemplate mongo;
    private final JdbcTemplate jdbc;
    private final JournalUndo undo;
    private final NodeIdentity node;
    private final Clock clock;

    WriteJournal(MongoTemplate mongo, DataSource engineDataSource, JournalUndo undo, NodeIdentity node, Clock clock) {
        this.mongo = mongo;
        this.jdbc = new JdbcTemplate(engineDataSource);
        this.undo = undo;
        this.node = node;
        this.clock = clock;
        jdbc.execute("create table if not exists " + COMMIT_TABLE + " (ID_ varchar(64) primary key, AT_ timestamp not null)");
    }

    /** The writes of one transaction, in the order they were made. */
    private final class Entry implements TransactionSynchronization {
        final String id = UUID.randomUUID().toString();
        final List<Document> steps = new ArrayList<>();
        final List<Runnable> afterCommit = new ArrayList<>();
        final Date startedAt = Date.from(clock.instant());

        boolean started;

        @Override
        public void afterCompletion(int status) {
            TransactionSynchronizationManager.unbindResourceIfPossible(WriteJournal.this);
            if (!started) {
                return;
            }
            if (status == STATUS_COMMITTED) {
                settle(id);
                afterCommit.forEach(Runnable::run);
            } else if (status == STATUS_ROLLED_BACK) {
                undo.apply(steps);
                settle(id);
            }
            // STATUS_UNKNOWN: whether the engine committed is known only from the commit table; recovery reads it
        }
    }

    /** Called before a document is written in the current transaction, with how to undo the write. */
    void before(Document step) {
        Entry entry = current();
        if (entry == null) {
            return;
        }
        List<String> keys = UndoStep.lockKeys(step);
        if (keys.isEmpty()) {
            return; // a save that changes nothing: nothing to undo or to hold
        }
        if (!entry.started) {
            jdbc.update("insert into " + COMMIT_TABLE + " (ID_, AT_) values (?, ?)", entry.id,
                    Timestamp.from(clock.instant()));
            entry.started = true;
        }
        step.append("seq", entry.steps.size());
        for (int i = 0; i < keys.size(); i++) {
            hold(entry, keys.get(i), i == 0 ? step : null);
        }
        entry.steps.add(step);
    }

    /**
     * Holds what a step writes for this transaction: one document per document, field or plan action written, whose
     * id is that thing, so a second transaction writing it is refused (409) at once and never has its write undone by
     * this one. The first such document of a step carries the step: lock and undo note are one write.
     */
    private void hold(Entry entry, String key, Document step) {
        try {
            mongo.insert(new Document("_id", key).append("journal", entry.id).append("node", node.id())
                    .append("startedAt", entry.startedAt).append("steps", step == null ? List.of() : List.of(step)), COLLECTION);
        } catch (DuplicateKeyException held) {
            Document holder = mongo.findById(key, Document.class, COLLECTION);
            if (holder == null || !entry.id.equals(holder.getString("journal"))) {
                throw Refusals.remember(new Conflict("Someone else is changing the same record at this moment;"
                        + " nothing you sent was kept. Try again in a moment."));
            }
            if (step != null) {
                mongo.updateFirst(query(where("_id").is(key)), new Update().push("steps", step), COLLECTION);
            }
        }
    }

    /** Before a GridFS file is stored in the current transaction: if the transaction does not commit, it is deleted. */
    public void storingFile(String bucket, Object fileId) {
        before(UndoStep.storedFile(bucket, fileId));
    }

    /**
     * Runs {@code action} once the current transaction has committed, or now when there is none: for what cannot be
     * undone, such as deleting a withdrawn letter's original. If the process dies between the commit and the action,
     * the action is lost: use it only for clearing up.
     */
    public void afterCommit(Runnable action) {
        Entry entry = current();
        if (entry == null) {
            action.run();
        } else {
            entry.afterCommit.add(action);
        }
    }

    /** Whether writes are journaled now: inside an engine (Spring-managed) transaction. */
    static boolean inTransaction() {
        return TransactionSynchronizationManager.isSynchronizationActive()
                && TransactionSynchronizationManager.isActualTransactionActive();
    }

    private Entry current() {
        if (!inTransaction()) {
            return null;
        }
        Entry entry = (Entry) TransactionSynchronizationManager.getResource(this);
        if (entry == null) {
            entry = new Entry();
            TransactionSynchronizationManager.bindResource(this, entry);
            TransactionSynchronizationManager.registerSynchronization(entry);
        }
        return entry;
    }

    /** Drops the journal and so frees what it held. The commit row stays: {@link JournalRecovery} clears old rows. */
    void settle(String journalId) {
        mongo.remove(query(where("journal").is(journalId)), COLLECTION);
    }
}
