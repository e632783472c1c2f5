package org.scrutineer.store;

import jakarta.annotation.PreDestroy;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.RandomAccessStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Keeps the embedded default's H2 files near the size of what they hold. Both write to the file before answering
 * (the engine each commit with {@code WRITE_DELAY=0}, the documents each flush of {@link DurableWrites}), so nothing
 * acknowledged is lost to a killed process; but H2 then appends a chunk per commit and, with no background writer,
 * runs none of the housekeeping that would rewrite the old chunks. Those are rarely wholly dead: a commit's chunk
 * keeps a few pages no later commit replaces (the engine's ids are random, so its rows land all over its indexes),
 * and a chunk is freed only when its last page dies. Left alone the files grew to 29 times their compacted size.
 * <p>
 * So every {@code compactEvery} each file gets a round of what H2's background writer would do, within a budget:
 * the live pages of the emptiest chunks are rewritten into a new chunk, which is written at once, and the chunks at
 * the end of the file are moved into the space that earlier rounds freed and the file truncated. A chunk a round
 * empties is freed once the file is next written. Nothing to do with a PostgreSQL engine or a real MongoDB.
 */
@Component
class FileCompaction {

    private static final Logger log = LoggerFactory.getLogger(FileCompaction.class);

    /** Chunks are rewritten while the file's chunks hold less live data than this. */
    private static final int REWRITE_BELOW_LIVE_PERCENT = 90;

    /** Chunks are moved while less than this much of the file is in use. */
    private static final int MOVE_BELOW_USED_PERCENT = 95;

    /**
     * At most this much is rewritten, and twice this moved, per round of the engine's file. A move can lengthen the
     * file by as much for a moment, and a round holds the file while it runs; with 2 MB the engine's file outgrew
     * its rounds, as its commits leave more half-empty chunks than the documents' flushes.
     */
    static final int ENGINE_ROUND_BYTES = 4 << 20;

    /** The same for the documents' file, whose peaks with 4 MB were mostly what a round had just moved. */
    static final int DOCUMENTS_ROUND_BYTES = 2 << 20;

    /** A file, how to have it to oneself while a round runs, and how much a round may rewrite and move. */
    private record Tidied(Consumer<Consumer<MVStore>> exclusively, int roundBytes) {
    }

    private final DocumentStoreSettings settings;
    private final DataSource engineDatabase;
    private final ObjectProvider<DocumentFile> documents;
    private ScheduledExecutorService schedule;
    private final Map<String, Tidied> stores = new LinkedHashMap<>();

    FileCompaction(DocumentStoreSettings settings, DataSource engineDatabase, ObjectProvider<DocumentFile> documents) {
        this.settings = settings;
        this.engineDatabase = engineDatabase;
        this.documents = documents;
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        // the engine's H2 serialises its own commits with a compaction
        engineStore().filter(store -> store.getFileStore() != null)
                .ifPresent(store -> stores.put("engine", new Tidied(work -> work.accept(store), ENGINE_ROUND_BYTES)));
        documents.ifAvailable(file -> stores.put("documents", new Tidied(file::exclusively, DOCUMENTS_ROUND_BYTES)));
        if (stores.isEmpty()) {
            return;
        }
        long every = settings.compactEvery().toMillis();
        schedule = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "h2-file-compaction");
            thread.setDaemon(true);
            return thread;
        });
        schedule.scheduleWithFixedDelay(() -> stores.forEach((name, file) -> file.exclusively()
                .accept(store -> tidy(name, store, file.roundBytes()))), every, every, TimeUnit.MILLISECONDS);
    }

    /** Lets a round that has begun end before the files close. */
    @PreDestroy
    void stop() throws InterruptedException {
        if (schedule != null) {
            schedule.shutdown();
            schedule.awaitTermination(5, TimeUnit.SECONDS);
        }
    }

    /**
     * One round: the live pages of the emptiest chunks, up to {@code bytes}, are rewritten into a new chunk and
     * written; chunks emptied before are freed; up to twice {@code bytes} of chunks at the end of the file are moved
     * into free space and the file truncated. H2's own {@code compactFile} does not write the rewritten pages before it
     * moves chunks, so without a background writer it moved chunks it had just emptied. Freed space may be reused
     * at once during the round, as H2's compaction allows too: a chunk is freed only when no version since the last
     * written one refers to it, so a killed process still finds the last chunk and all it refers to.
     */
    static void tidy(String name, MVStore store, int bytes) {
        if (store.isClosed() || !(store.getFileStore() instanceof RandomAccessStore file)) {
            return;
        }
        int retention = store.getRetentionTime();
        store.setRetentionTime(0);
        long started = System.nanoTime();
        try {
            if (store.compact(REWRITE_BELOW_LIVE_PERCENT, bytes)) {
                store.commit();
            }
            // twice as much may move: a chunk larger than the move budget is never moved, and the rewrite just made one
            file.compactMoveChunks(MOVE_BELOW_USED_PERCENT, 2L * bytes, store);
            log.debug("A round on the {} file took {} ms; it is {} KB", name, (System.nanoTime() - started) / 1_000_000,
                    file.size() >> 10);
        } catch (RuntimeException e) {
            log.warn("Compacting the {} file failed; it is tried again later", name, e);
        } finally {
            if (!store.isClosed()) {
                store.setRetentionTime(retention);
            }
        }
    }

    /** The engine's H2 store when the engine runs on an H2 file, as on the embedded default. */
    private Optional<MVStore> engineStore() {
        try (Connection connection = engineDatabase.getConnection()) {
            if (!connection.isWrapperFor(JdbcConnection.class)) {
                return Optional.empty();
            }
            SessionLocal session = (SessionLocal) connection.unwrap(JdbcConnection.class).getSession();
            var store = session.getDatabase().getStore();
            return store == null ? Optional.empty() : Optional.ofNullable(store.getMvStore());
        } catch (SQLException | ClassCastException e) {
            return Optional.empty();
        }
    }
}
