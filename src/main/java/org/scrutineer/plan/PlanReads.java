package org.scrutineer.plan;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The plans read in the current engine transaction. Drafting a plan creates a task per action, and each task's
 * assignee, form values and name read the plan: without this, a 300-action plan was read some 1,800 times in one
 * completion. Only reads are served from here; every write forgets the plan, and the transaction's end forgets all.
 */
final class PlanReads {

    private PlanReads() {
    }

    static Plan read(String letterId, Supplier<Plan> fromStore) {
        Map<String, Plan> read = current();
        return read == null ? fromStore.get() : read.computeIfAbsent(letterId, id -> fromStore.get());
    }

    static void forget(String letterId) {
        Map<String, Plan> read = current();
        if (read != null) {
            read.remove(letterId);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Plan> current() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return null;
        }
        Map<String, Plan> read = (Map<String, Plan>) TransactionSynchronizationManager.getResource(PlanReads.class);
        if (read == null) {
            Map<String, Plan> fresh = new HashMap<>();
            TransactionSynchronizationManager.bindResource(PlanReads.class, fresh);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(PlanReads.class);
                }
            });
            read = fresh;
        }
        return read;
    }
}
