package org.scrutineer.store;

import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import de.bwaldvogel.mongo.MongoServer;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

/**
 * Settles the journals of transactions whose process died before it could: if the engine committed (its commit
 * row is there) the writes stand, otherwise they are undone. At start, and then every little while on each node.
 */
@Component
class JournalRecovery implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(JournalRecovery.class);
    /** Commit rows are needed only until their journal is settled, which happens within minutes. */
    private static final Duration KEEP_COMMIT_ROWS = Duration.ofDays(1);

    private final MongoTemplate mongo;
    private final JdbcTemplate jdbc;
    private final JournalUndo undo;
    private final NodeIdentity node;
    private final JournalSettings settings;
    private final boolean embeddedStore;
    private final Clock clock;
    private final ScheduledExecutorService sweeper = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "journal-recovery");
        thread.setDaemon(true);
        return thread;
    });

    private final WriteJournal journal;

    JournalRecovery(WriteJournal journal, MongoTemplate mongo, DataSource engineDataSource, JournalUndo undo, NodeIdentity node,
                    JournalSettings settings, ObjectProvider<MongoServer> embedded,
                    Clock clock) {
        this.journal = journal;
        this.mongo = mongo;
        this.jdbc = new JdbcTemplate(engineDataSource);
        this.undo = undo;
        this.node = node;
        this.settings = settings;
        this.embeddedStore = embedded.getIfAvailable() != null;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        sweep();
        long every = settings.sweepEvery().toMillis();
        sweeper.scheduleWithFixedDelay(this::sweepQuietly, every, every, TimeUnit.MILLISECONDS);
    }

    /** Settles every journal no running transaction can own; returns how many. */
    int sweep() {
        Instant now = clock.instant();
        Instant cutoff = now.minus(settings.abandonAfter());
        // the embedded store is this process's own: nothing started before this process is still running
        if (embeddedStore && node.started().isAfter(cutoff)) {
            cutoff = node.started();
        }
        Set<String> journals = new LinkedHashSet<>();
        mongo.find(query(where("startedAt").lt(Date.from(cutoff))), Document.class, WriteJournal.COLLECTION)
                .forEach(held -> journals.add(held.getString("journal")));
        int settled = 0;
        for (String journalId : journals) {
            if (claim(journalId, now)) {
                settle(journalId);
                settled++;
            }
        }
        jdbc.update("delete from " + WriteJournal.COMMIT_TABLE + " where AT_ < ?",
                Timestamp.from(now.minus(KEEP_COMMIT_ROWS)));
        return settled;
    }

    /**
     * Only one node settles a journal: the one that adds its claim (a journal document of its own, dropped with the
     * journal). A claim whose node died is taken over once it is as old as an abandoned journal.
     */
    private boolean claim(String journalId, Instant now) {
        String claimId = "claim|" + journalId;
        try {
            mongo.insert(new Document("_id", claimId).append("journal", journalId).append("node", node.id())
                    .append("startedAt", Date.from(now)), WriteJournal.COLLECTION);
            return true;
        } catch (DuplicateKeyException claimed) {
            return mongo.findAndModify(query(where("_id").is(claimId)
                            .and("startedAt").lt(Date.from(now.minus(settings.abandonAfter())))),
                    new Update().set("node", node.id()).set("startedAt", Date.from(now)),
                    FindAndModifyOptions.options().returnNew(true), Document.class, WriteJournal.COLLECTION) != null;
        }
    }

    /** Undoes the journal's writes, in the order they were made, unless the engine committed them; then drops it. */
    private void settle(String journalId) {
        List<Document> steps = new ArrayList<>();
        mongo.find(query(where("journal").is(journalId)), Document.class, WriteJournal.COLLECTION)
                .forEach(held -> steps.addAll(held.getList("steps", Document.class, List.of())));
        steps.sort(Comparator.comparingInt(step -> step.getInteger("seq", 0)));
        boolean committed = jdbc.queryForObject("select count(*) from " + WriteJournal.COMMIT_TABLE + " where ID_ = ?",
                Integer.class, journalId) > 0;
        if (!committed && !steps.isEmpty()) {
            undo.apply(steps);
            log.info("Undid {} write(s) of a transaction the engine did not commit (journal {})", steps.size(), journalId);
        }
        journal.settle(journalId);
    }

    private void sweepQuietly() {
        try {
            sweep();
        } catch (RuntimeException e) {
            log.warn("Journal recovery failed; it runs again in {}", settings.sweepEvery(), e);
        }
    }

    @Override
    public void destroy() {
        sweeper.shutdownNow();
    }
}
