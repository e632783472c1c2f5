package org.scrutineer.store;

import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandSucceededEvent;
import org.springframework.core.Ordered;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;


/**
 * Decides when the embedded store's file is written ({@link DocumentFile#flush}), seen from the driver, on the
 * thread that sent each command, before the command's answer reaches the code that sent it:
 * <ul>
 * <li>a write outside any engine transaction is written to the file before it is acknowledged;</li>
 * <li>the writes of an engine transaction are written together just before the engine commits, so a completion
 * costs one write of the file, not one per command. A kill before that flush loses them with the engine's
 * uncommitted state; a kill after it but before the engine's commit leaves them with their journal, which
 * {@link JournalRecovery} undoes;</li>
 * <li>what a transaction writes once it has ended (dropping its journal, or undoing a rollback) waits for the next
 * flush: if the process dies first, recovery drops or undoes the journal again.</li>
 * </ul>
 * Only for the embedded store, on this application's own connections (see {@link DocumentFile}): a MongoDB server
 * has made a write durable by the time it acknowledges it.
 */
final class DurableWrites implements CommandListener {

    private final DocumentFile file;

    DurableWrites(DocumentFile file) {
        this.file = file;
    }

    @Override
    public void commandSucceeded(CommandSucceededEvent event) {
        if (!DocumentFile.changes(event.getCommandName())) {
            return;
        }
        if (WriteJournal.inTransaction()) {
            if (!flushBeforeCommit()) {
                file.flush(); // written while the transaction commits, after its flush
            }
        } else if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            file.flush();
        }
        // else the transaction has ended and is settling: the next flush writes it
    }

    /** Arranges a flush before the current transaction commits; false if it is already committing. */
    private boolean flushBeforeCommit() {
        BeforeCommit flush = (BeforeCommit) TransactionSynchronizationManager.getResource(this);
        if (flush == null) {
            flush = new BeforeCommit();
            TransactionSynchronizationManager.bindResource(this, flush);
            TransactionSynchronizationManager.registerSynchronization(flush);
        }
        return !flush.committing;
    }

    private final class BeforeCommit implements TransactionSynchronization {
        boolean committing;

        @Override
        public void beforeCommit(boolean readOnly) {
            committing = true;
            file.flush();
        }

        /** Late, after what other steps write on the way to the commit, though those are flushed at once anyway. */
        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE - 1;
        }

        @Override
        public void afterCompletion(int status) {
            TransactionSynchronizationManager.unbindResourceIfPossible(DurableWrites.this);
        }
    }
}
