package org.scrutineer.store;

import jakarta.annotation.PreDestroy;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.MVStore;
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
 * runs none of the housekeeping that would rewrite the old, mostly dead chunks. Left alone the files grew to 29
 * times their compacted size. So every {@code compactEvery} each store's live chunks are moved together and the
 * file truncated, as H2 does on {@code SHUTDOWN COMPACT}, within a short time budget so no commit waits long.
 * Nothing to do with a PostgreSQL engine or a real MongoDB.
 */
@Component
class FileCompaction {

    private static final Logger log = LoggerFactory.getLogger(FileCompaction.class);

    /** How long one compaction may hold a store's lock, during which its commits wait. */
    private static final int MAX_COMPACT_MILLIS = 1000;

    /** How long compacting may take when the application stops. */
    private static final int STOPPING_COMPACT_MILLIS = 10_000;

    /** Chunks less full of live pages than this are rewritten before the live chunks are moved together. */
    private static final int CHUNK_FILL_PERCENT = 90;

    /** At most this much is rewritten at a time. */
    private static final int REWRITE_BYTES = 64 << 20;

    private final DocumentStoreSettings settings;
    private final DataSource engineDatabase;
    private final ObjectProvider<DocumentFile> documents;
    private ScheduledExecutorService schedule;
    /** Each file, with how to have it to oneself while it is compacted. */
    private final Map<String, Consumer<Consumer<MVStore>>> stores = new LinkedHashMap<>();

    FileCompaction(DocumentStoreSettings settings, DataSource engineDatabase, ObjectProvider<DocumentFile> documents) {
        this.settings = settings;
        this.engineDatabase = engineDatabase;
        this.documents = documents;
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        // the engine's H2 serialises its own commits with a compaction
        engineStore().filter(store -> store.getFileStore() != null)
                .ifPresent(store -> stores.put("engine", work -> work.accept(store)));
        documents.ifAvailable(file -> stores.put("documents", file::exclusively));
        if (stores.isEmpty()) {
            return;
        }
        long every = settings.compactEvery().toMillis();
        schedule = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "h2-file-compaction");
            thread.setDaemon(true);
            return thread;
        });
        schedule.scheduleWithFixedDelay(() -> stores.forEach((name, file) -> file.accept(store -> compact(name, store, MAX_COMPACT_MILLIS))),
                every, every, TimeUnit.MILLISECONDS);
    }

    /** On the way down nothing waits for a commit, so the files are left compacted whole. */
    @PreDestroy
    void stop() {
        if (schedule != null) {
            schedule.shutdownNow();
            stores.forEach((name, file) -> file.accept(store -> compact(name, store, STOPPING_COMPACT_MILLIS)));
        }
    }

    /**
     * Rewrites the chunks that are less than {@value #CHUNK_FILL_PERCENT}% live, moves the live chunks to the start of the
     * file and truncates it, within {@code maxMillis}; nothing when no chunk is that empty. Keeps the store's
     * retention time, which H2's compaction sets to nothing.
     */
    static void compact(String name, MVStore store, int maxMillis) {
        if (store.isClosed()) {
            return;
        }
        int retention = store.getRetentionTime();
        try {
            store.compact(CHUNK_FILL_PERCENT, REWRITE_BYTES);
            store.compactFile(maxMillis);
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
