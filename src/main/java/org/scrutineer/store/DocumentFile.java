package org.scrutineer.store;

import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.message.MongoQuery;
import io.netty.channel.Channel;
import org.h2.mvstore.MVStore;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The embedded document store's H2 file. Commands change the documents in memory; {@link #flush} writes what they
 * changed to the file, as one chunk, and is what makes a write last. This application's own connections (named
 * {@value #FLUSHED_BY_CLIENT} when they shake hands) leave that to {@link DurableWrites}: before the engine commits
 * a transaction that wrote documents, and after any other write, before it is acknowledged. Any other connection,
 * such as a second node pointed at this store, has each write flushed before it is answered. H2 would otherwise
 * write the changes out by itself about once a second, or once per command when each is committed: a chunk, with
 * every index page the command touched, is most of what a command costs and most of what the file grows by.
 * <p>
 * A flush never runs in the middle of a command: commands hold a shared lock, a flush (or a compaction) the
 * exclusive one. H2 saves its maps one after another, so without that a flush could write the second of two
 * commands and not the first: a document without the journal note that undoes it.
 */
final class DocumentFile {

    /** The application name this application's own driver gives the store when it connects. */
    static final String FLUSHED_BY_CLIENT = "scrutineer";

    /** Space a flush freed is reused after a second, not H2's 45: flushes are frequent. */
    static final int RETENTION_MILLIS = 1000;

    /** Commands that change nothing; any other is taken for a write. */
    private static final Set<String> READS = Set.of("find", "getmore", "aggregate", "count", "distinct",
            "listcollections", "listindexes", "listdatabases", "hello", "ismaster", "ping", "buildinfo", "saslstart",
            "saslcontinue", "endsessions", "killcursors", "getlasterror", "dbstats", "collstats", "serverstatus");

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
        // no reader keeps an old version (each command reads the latest, and no flush runs during one), so a
        // chunk is freed as soon as its last page dies, as H2 does for its own databases, not five flushes later
        store.setVersionsToKeep(0);
        return new DocumentFile(store);
    }

    static boolean changes(String command) {
        return !READS.contains(command.toLowerCase(Locale.ROOT));
    }

    /** The MongoDB backend on this file: each command under the shared lock, flushed as the class says. */
    H2Backend backend() {
        return new H2Backend(store) {
            private final Set<Channel> flushedByClient = ConcurrentHashMap.newKeySet();

            /** Both wire protocols' commands come here (OP_MSG by way of handleMessage). */
            @Override
            public Document handleCommand(Channel channel, String database, String command, Document query) {
                return answered(channel, command, query, () -> super.handleCommand(channel, database, command, query));
            }

            @Override
            public QueryResult handleQuery(MongoQuery query) {
                return shared(() -> super.handleQuery(query));
            }

            @Override
            public void handleClose(Channel channel) {
                flushedByClient.remove(channel);
                super.handleClose(channel);
            }

            private Document answered(Channel channel, String name, Document command, Supplier<Document> handling) {
                if (command.get("client") instanceof Document client && client.get("application") instanceof Document app
                        && FLUSHED_BY_CLIENT.equals(app.get("name"))) {
                    flushedByClient.add(channel);
                }
                Document answer = shared(handling);
                if (changes(name) && !flushedByClient.contains(channel)) {
                    flush();
                }
                return answer;
            }
        };
    }

    private <T> T shared(Supplier<T> command) {
        Lock shared = lock.readLock();
        shared.lock();
        try {
            return command.get();
        } finally {
            shared.unlock();
        }
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
