package dev.boomiemulator.db;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;

/**
 * The tables written since the last snapshot or restore, so that a reset copies back only those: a test
 * that touched one environment then resets in the time of one table, however many execution records the
 * fixtures hold. It watches every statement jOOQ runs (generated and plain SQL alike) and remembers the
 * table an INSERT, UPDATE, DELETE or MERGE names, with a stamp.
 *
 * <p>A restore forgets a mark only if it still carries the stamp the restore saw, so a write that lands
 * while a restore runs stays marked for the next one. It sees only this JVM's statements: a database that
 * other servers also write (a shared instance) would have to restore every table.
 */
final class ChangedTables implements ExecuteListener, PreparedInsert.WriteListener {
    private final Map<String, Long> changed = new ConcurrentHashMap<>();
    private final AtomicLong stamps = new AtomicLong();
    /** Set while a restore copies tables back: those writes return a table to its snapshot. */
    private final ThreadLocal<Boolean> copyingBack = ThreadLocal.withInitial(() -> false);

    @Override
    public void executeStart(ExecuteContext ctx) {
        WrittenTables.of(ctx).forEach(this::writing);
    }

    @Override
    public void writing(String table) {
        if (!copyingBack.get()) {
            changed.put(table, stamps.incrementAndGet());
        }
    }

    @Override
    public void written(String table) {
        writing(table);
    }

    /** Marked again once done: a write that finishes after a restore read the marks must stay marked. */
    @Override
    public void executeEnd(ExecuteContext ctx) {
        executeStart(ctx);
    }

    /** The tables marked now, each with its stamp: what a restore copies back, then {@link #forget}s. */
    Map<String, Long> current() {
        return Map.copyOf(changed);
    }

    /** Forgets the marks a restore has handled, unless a write marked the table again meanwhile. */
    void forget(Map<String, Long> handled) {
        handled.forEach(changed::remove);
    }

    /** Runs {@code copy} without marking what it writes. */
    void copyingBack(Runnable copy) {
        copyingBack.set(true);
        try {
            copy.run();
        } finally {
            copyingBack.set(false);
        }
    }
}
