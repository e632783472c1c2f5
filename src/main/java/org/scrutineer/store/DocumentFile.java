package org.scrutineer.store;

import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.message.MongoMessage;
import org.h2.mvstore.MVStore;

import java.nio.file.Path;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Consumer;

/**
 * The embedded document store's H2 file. Commands change the documents in memory; {@link #flush} writes what they
 * changed to the file, as one chunk, and is what makes a write last (see {@link DurableWrites} for when it is
 * called: before the engine commits a transaction that wrote documents, and after any other write, before it is
 * acknowledged). H2 would otherwise write the changes out by itself about once a second, and once per command when
 * each is committed: a chunk, with every index page the command touched, is most of what a command costs and
 * most of what the file grows by.
 * <p>
 * A flush never runs in the middle of a command: commands hold a shared lock, a flush (or a compaction) the
 * exclusive one. H2 saves its maps one after another, so without that a flush could write the second of two
 * commands and not the first: a document without the journal note that undoes it.
 */
final class DocumentFile {

    /** Space a flush freed is reused after a second, not H2's 45: flushes are frequent. */
    static final int RETENTION_MILLIS = 1000;

    private final MVStore store;
    private final ReadWriteLock lock = new ReentrantReadWriteLock();

    private DocumentFile(MVStore store) {
        this.store = store;
    }

    static DocumentFile open(Path file) {
        MVStore store = new MVStore.Builder().fileName(file.toString())
                // no background writer and no write in the middle of a command: only flush() writes the file
                .autoCommitDisabled().autoCommitBufferSize(0)
                .open();
        store.setRetentionTime(RETENTION_MILLIS);
        return new DocumentFile(store);
    }

    /** The MongoDB backend on this file: each command under the shared lock, nothing written to the file. */
    H2Backend backend() {
        return new H2Backend(store) {
            @Override
            public Document handleMessage(MongoMessage message) {
                Lock shared = lock.readLock();
                shared.lock();
                try {
                    return super.handleMessage(message);
                } finally {
                    shared.unlock();
                }
            }

            /** The server stops it: compacted whole on the way down, while nothing waits for it. */
            @Override
            public void close() {
                exclusively(file -> FileCompaction.compact("documents", file, FileCompaction.STOPPING_COMPACT_MILLIS));
                super.close();
            }
        };
    }

    /** Writes every command answered so far to the file. */
    void flush() {
        exclusively(file -> {
            if (file.hasUnsavedChanges()) {
                file.commit();
            }
        });
    }

    /** Runs {@code work} on the file while no command runs, such as a compaction, which writes the file too. */
    void exclusively(Consumer<MVStore> work) {
        Lock exclusive = lock.writeLock();
        exclusive.lock();
        try {
            if (!store.isClosed()) {
                work.accept(store);
            }
        } finally {
            exclusive.unlock();
        }
    }
}
