package org.scrutineer.workflow;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.TransactionState;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.scrutineer.web.Conflict;
import org.scrutineer.web.Refusals;
import org.springframework.stereotype.Component;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.IntStream;

/**
 * The first listener on every user task's completion: completions of one task run one after another, and a
 * completion that waited for another one that committed is refused (409) before any listener writes to MongoDB.
 * <p>
 * The engine alone lets only one of two simultaneous completions commit, but only at its flush, after both have
 * run their listeners; the refused one's MongoDB writes (an owner's update, a rendered report) would stand. The
 * lock is held until the completion's transaction ends, and the task is then looked up again in the database,
 * where another completion's commit is visible. It serialises completions within this process, for speed and a
 * clear answer: on several nodes the engine still refuses the second completion at its flush, and the write
 * journal undoes what the refused one wrote (see {@code store.WriteJournal}).
 */
@Component("oneCompletionAtATime")
class OneCompletionAtATime implements TaskListener {

    /**
     * A waiting completion holds a database connection, so it waits no longer than the slowest completion should
     * take (approving a 2,000-action report renders it in a few seconds), then is told to try again.
     */
    private static final long WAIT_SECONDS = 10;

    /**
     * A fixed set of locks shared out by task id, so none need forgetting; two tasks that share one only wait
     * for each other. Reentrant, so a completion that leads to another task's on the same lock cannot deadlock.
     */
    private final ReentrantLock[] locks = IntStream.range(0, 64).mapToObj(i -> new ReentrantLock())
            .toArray(ReentrantLock[]::new);

    @Override
    public void notify(DelegateTask task) {
        ReentrantLock lock = locks[Math.floorMod(task.getId().hashCode(), locks.length)];
        if (!acquire(lock)) {
            throw Refusals.remember(new Conflict("Task '" + task.getId() + "' (" + task.getName() + ") is being completed by"
                    + " another request that has not finished; try again in a moment."));
        }
        CommandContext command = Context.getCommandContext();
        command.getTransactionContext().addTransactionListener(TransactionState.COMMITTED, context -> lock.unlock());
        command.getTransactionContext().addTransactionListener(TransactionState.ROLLED_BACK, context -> lock.unlock());
        // a query, not the task entity this command loaded: that is cached, and shows the task as it was then
        boolean stillOpen = command.runWithoutAuthorization(() -> task.getProcessEngineServices().getTaskService()
                .createTaskQuery().taskId(task.getId()).count() > 0);
        if (!stillOpen) {
            throw Refusals.remember(completedMeanwhile(task.getId(), task.getName()));
        }
    }

    static Conflict completedMeanwhile(String taskId, String taskName) {
        return new Conflict("Task '" + taskId + "' (" + taskName + ") was completed by another request meanwhile;"
                + " what you sent was not kept.");
    }

    private static boolean acquire(ReentrantLock lock) {
        try {
            return lock.tryLock(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
