package dev.boomiemulator.db;

import static dev.boomiemulator.db.jooq.Tables.ACCOUNT;

import dev.boomiemulator.db.jooq.tables.records.AccountRecord;
import java.sql.SQLException;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;

/**
 * Write requests as one database transaction each, serialised per account by a row lock on the
 * account's row, and retried when the database reports a conflict. Within one JVM the writers of an account first
 * line up in an {@link AccountQueue}, so a commit hands the row to one waiting writer instead of waking them all.
 *
 * <p>Why the account row: every write rule with a counter or a uniqueness rule (the next component
 * version, one active deployment, throttling windows, upserts) reads before it writes; holding the
 * account row makes each such read-then-write run as if alone, so concurrent writers give the serial
 * result. A reset takes the same locks first (see {@link Database#restore}), so a write sees the state
 * before the reset or after it, never half of each. The lock is the database's, so a second server on
 * the same database would honour it too; a JVM lock would not.
 *
 * <p>Repositories keep using their {@link DSLContext}: inside {@link #write} it is bound to the
 * transaction's connection (jOOQ's thread-local transaction provider, see {@link Database}).
 */
public final class Transactions {
    /** SQL states worth a retry: unique key taken, serialisation failure, deadlock, lock timeout (PostgreSQL, H2). */
    private static final Set<String> CONFLICTS = Set.of("23505", "40001", "40P01", "55P03", "HYT00");
    private static final int ATTEMPTS = 8;

    private final DSLContext dsl;
    private final KeyLookup<AccountRecord> accountLock;
    private final AccountQueue queue;
    private final Supplier<? extends RuntimeException> accountGone;
    /** Whether this thread is inside a write already (of any instance: one per family): the outer one retries. */
    private static final ThreadLocal<Boolean> INSIDE = ThreadLocal.withInitial(() -> false);

    /**
     * @param accountGone the family's error for an account that a concurrent reset removed while the
     *                    request waited (the request now comes after the reset, as a 401 would)
     */
    public Transactions(DSLContext dsl, Supplier<? extends RuntimeException> accountGone) {
        this.dsl = dsl;
        this.accountLock = accountLock(dsl);
        this.queue = AccountQueue.of(dsl);
        this.accountGone = accountGone;
    }

    /** Runs {@code work} alone within the account, in one transaction; a nested call joins the outer one. */
    public <T> T write(String accountId, Supplier<T> work) {
        if (INSIDE.get()) {
            return work.get();
        }
        INSIDE.set(true);
        ReentrantLock turn = queue == null ? null : queue.join(accountId);
        try {
            return retryOnConflict(() -> dsl.transactionResult(() -> {
                if (!accountLock.exists(accountId)) {
                    throw accountGone.get();
                }
                return work.get();
            }));
        } finally {
            if (turn != null) {
                turn.unlock();
            }
            INSIDE.set(false);
        }
    }

    public void write(String accountId, Runnable work) {
        write(accountId, () -> {
            work.run();
            return null;
        });
    }

    /**
     * The read that takes an account's row lock inside the caller's transaction, waiting for a writer or a reset that
     * holds it; it finds no row when the account does not exist (any more). Every write runs it, inside the account's
     * turn, so its SQL is rendered once (jOOQ's rendering was 3.5% of a create's CPU) and its statement is kept on each
     * connection (H2 keeps no plan of a {@code for update} query: parsing it was 13% of the turn's database time).
     */
    static KeyLookup<AccountRecord> accountLock(DSLContext dsl) {
        return KeyLookup.locking(dsl, ACCOUNT, ACCOUNT.ID);
    }

    /**
     * Runs {@code attempt} (a whole transaction) again while it fails on a conflict with another
     * transaction, with a short random pause so two retrying writers do not collide again in step.
     */
    public static <T> T retryOnConflict(Supplier<T> attempt) {
        for (int tried = 1; ; tried++) {
            try {
                return attempt.get();
            } catch (DataAccessException error) {
                if (tried >= ATTEMPTS || !isConflict(error)) {
                    throw error;
                }
                pause(tried);
            }
        }
    }

    static boolean isConflict(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null && CONFLICTS.contains(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    private static void pause(int tried) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(1, 5L * tried + 2));
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while retrying a transaction", interrupted);
        }
    }
}
