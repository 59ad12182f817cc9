package dev.boomiemulator.db;

import java.time.Duration;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.jooq.DSLContext;
import org.jooq.TransactionContext;
import org.jooq.TransactionListener;

/**
 * Lines up a store's writers of an account, within this JVM, before they ask the database for the account's row lock
 * ({@link Transactions#accountLock}). H2 wakes every writer waiting on a row when its holder commits, and all but one
 * go back to sleep; PostgreSQL queues them, but each waits inside a transaction, holding one of the pool's
 * connections. Queued here, a commit hands the account to one writer, and the others wait without a connection.
 *
 * <p>The database lock stays the rule: it also orders other replicas' writers, and a reset, a load or any other
 * transaction that takes row locks without queueing here. So a thread already inside a transaction never waits here
 * (it may hold a row a queued writer waits for: a reset that writes documents again, say), which is why the queue
 * follows the store's transactions as their listener. A writer waits only as long as it would wait for the row, then
 * asks the database anyway, so the queue never decides an outcome. Accounts share a fixed number of queues by their
 * id's hash, so they stay few however many accounts come and go; two accounts that share one take turns.
 */
final class AccountQueue implements TransactionListener {
    private final ReentrantLock[] queues;
    private final long patienceNanos;
    /** The store's transactions open on each thread (a nested one is a savepoint); by identity, as jOOQ reports them. */
    private final ThreadLocal<Set<TransactionContext>> open =
            ThreadLocal.withInitial(() -> Collections.newSetFromMap(new IdentityHashMap<>()));

    AccountQueue(int queues, Duration patience) {
        this.queues = new ReentrantLock[queues];
        for (int i = 0; i < queues; i++) {
            this.queues[i] = new ReentrantLock();
        }
        this.patienceNanos = patience.toNanos();
    }

    /** The store's queue, which {@link Database} keeps in its configuration; null for a store without one. */
    static AccountQueue of(DSLContext dsl) {
        return dsl.configuration().data(AccountQueue.class) instanceof AccountQueue queue ? queue : null;
    }

    /**
     * Waits for the account's turn, unless this thread is inside one of the store's transactions already. @return the
     * turn, to {@link ReentrantLock#unlock} when the write is over, or null without one: inside a transaction, after
     * waiting too long, or interrupted (the writer then goes on to the database's lock)
     */
    ReentrantLock join(String accountId) {
        if (!open.get().isEmpty()) {
            return null;
        }
        ReentrantLock queue = queues[Math.floorMod(accountId.hashCode(), queues.length)];
        try {
            return queue.tryLock(patienceNanos, TimeUnit.NANOSECONDS) ? queue : null;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    // jOOQ calls beginEnd even when the begin failed, and both commitEnd and rollbackEnd when a commit failed: a set
    // of contexts, not a count, stays right through either
    @Override
    public void beginEnd(TransactionContext ctx) {
        open.get().add(ctx);
    }

    @Override
    public void commitEnd(TransactionContext ctx) {
        open.get().remove(ctx);
    }

    @Override
    public void rollbackEnd(TransactionContext ctx) {
        open.get().remove(ctx);
    }
}
