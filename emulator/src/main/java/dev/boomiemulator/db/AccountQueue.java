package dev.boomiemulator.db;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Lines up one JVM's writers of an account before they ask the database for the account's row lock
 * ({@link Transactions#lockAccount}). H2 wakes every writer waiting on a row when its holder commits, and all but one
 * go back to sleep; PostgreSQL queues them, but each waits inside a transaction, holding one of the pool's
 * connections. Queued here, a commit hands the account to one writer, and the others wait without a connection.
 *
 * <p>The database lock stays the rule: it also orders other replicas' writers and a reset, which never queue here. A
 * writer waits here only as long as it would wait for the row, then asks the database anyway, so the queue never
 * decides an outcome nor stalls a request for long. Accounts share a fixed number of queues by their id's hash, so
 * they stay few however many accounts come and go; two accounts that share one only take turns within this JVM.
 */
final class AccountQueue {
    /** Every store's in this JVM; as patient as H2's LOCK_TIMEOUT and PostgreSQL's lock_timeout. */
    static final AccountQueue SHARED = new AccountQueue(256, Duration.ofSeconds(10));

    private final ReentrantLock[] queues;
    private final long patienceNanos;

    AccountQueue(int queues, Duration patience) {
        this.queues = new ReentrantLock[queues];
        for (int i = 0; i < queues; i++) {
            this.queues[i] = new ReentrantLock();
        }
        this.patienceNanos = patience.toNanos();
    }

    /**
     * Waits for the account's turn. @return the turn, to {@link ReentrantLock#unlock} when the write is over, or null
     * when it did not come in time (or the thread was interrupted): the writer then goes on to the database's lock
     */
    ReentrantLock join(String accountId) {
        ReentrantLock queue = queues[Math.floorMod(accountId.hashCode(), queues.length)];
        try {
            return queue.tryLock(patienceNanos, TimeUnit.NANOSECONDS) ? queue : null;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
