package dev.boomiemulator.db;

import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.Table;
import org.jooq.TransactionContext;
import org.jooq.TransactionListener;

/**
 * A version per table that moves whenever a write to it is committed, so that a read on every request (the
 * caller's credentials, the rate-limit setting) can be kept until a table it read from changes
 * ({@link VersionedCache}). Every write goes through jOOQ (handlers, fixtures, resets alike), and this listener sees
 * each one: the table moves when the statement ends and, inside a transaction, again once the transaction
 * commits or rolls back, so a read that raced the transaction and saw the old rows is not kept past the commit.
 *
 * <p>It sees only this JVM's statements: right for the embedded database, which no other process can write. On a
 * database other emulators write too ({@link #writtenElsewhere}), every version is new, so nothing is kept.
 */
public final class TableVersions implements ExecuteListener, TransactionListener, PreparedInsert.WriteListener {
    /** Set when other processes write the same database: then no read may be kept. */
    private final boolean writtenElsewhere;
    private final AtomicLong neverTheSame = new AtomicLong();
    private final ConcurrentHashMap<String, AtomicLong> versions = new ConcurrentHashMap<>();

    /** @param writtenElsewhere whether other processes write the same database (a shared PostgreSQL) */
    public TableVersions(boolean writtenElsewhere) {
        this.writtenElsewhere = writtenElsewhere;
    }

    public TableVersions() {
        this(false);
    }
    /** Tables written by the transaction this thread has open, and how deeply its transactions nest. */
    private final ThreadLocal<Set<String>> writtenInTransaction = ThreadLocal.withInitial(HashSet::new);
    private final ThreadLocal<int[]> depth = ThreadLocal.withInitial(() -> new int[1]);

    /** A number that changes whenever any of {@code tables} has changed (the sum of versions that only grow). */
    public long version(Table<?>... tables) {
        if (writtenElsewhere) {
            return neverTheSame.decrementAndGet(); // negative: never a sum of counters, never seen twice
        }
        long sum = 0;
        for (Table<?> table : tables) {
            sum += counter(table.getName()).get();
        }
        return sum;
    }

    @Override
    public void executeEnd(ExecuteContext ctx) {
        WrittenTables.of(ctx).forEach(this::written);
    }

    @Override
    public void writing(String table) {
        // moved once the write is done, as for jOOQ's statements
    }

    @Override
    public void written(String table) {
        counter(table).incrementAndGet();
        if (depth.get()[0] > 0) {
            writtenInTransaction.get().add(table);
        }
    }

    @Override
    public void beginEnd(TransactionContext ctx) {
        depth.get()[0]++;
    }

    @Override
    public void commitEnd(TransactionContext ctx) {
        ended();
    }

    @Override
    public void rollbackEnd(TransactionContext ctx) {
        ended();
    }

    private void ended() {
        int[] open = depth.get();
        open[0] = Math.max(0, open[0] - 1);
        if (open[0] == 0) {
            Set<String> written = writtenInTransaction.get();
            written.forEach(table -> counter(table).incrementAndGet());
            written.clear();
        }
    }

    private AtomicLong counter(String table) {
        return versions.computeIfAbsent(table, name -> new AtomicLong());
    }
}
