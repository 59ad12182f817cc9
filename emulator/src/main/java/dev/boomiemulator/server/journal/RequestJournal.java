package dev.boomiemulator.server.journal;

import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;

/**
 * The last requests the emulator answered, newest first, at most {@code capacity} of them. They are kept in this
 * emulator's memory ({@link MemoryJournal}) or, when emulators share a database, in it ({@link SharedJournal}), so
 * that a test reads the requests every replica answered.
 */
public final class RequestJournal {
    public static final int DEFAULT_CAPACITY = 1000;
    public static final int DEFAULT_BODY_LIMIT = 4096;

    private final int capacity;
    private final int bodyLimit;
    private volatile JournalStore store;

    public RequestJournal(int capacity, int bodyLimit) {
        if (capacity < 0) {
            throw new IllegalArgumentException("journal size must be 0 (off) or more, got " + capacity);
        }
        if (bodyLimit < 0) {
            throw new IllegalArgumentException("journal body limit must be 0 or more, got " + bodyLimit);
        }
        this.capacity = capacity;
        this.bodyLimit = bodyLimit;
        this.store = capacity == 0 ? null : new MemoryJournal(capacity);
    }

    /** Keeps the journal in the database from now on, with every emulator that shares it. */
    public void share(DSLContext database) {
        if (enabled()) {
            store = new SharedJournal(database, capacity);
        }
    }

    public boolean enabled() {
        return capacity > 0;
    }

    public int bodyLimit() {
        return bodyLimit;
    }

    /** Keeps {@code entry} under the next id. */
    public void record(JournalEntry entry) {
        if (enabled()) {
            store.record(entry);
        }
    }

    /** Matching entries, newest first, skipping {@code offset} of them and returning at most {@code limit}. */
    public Page search(JournalFilter filter, int offset, int limit) {
        List<JournalEntry> found = new ArrayList<>();
        int total = 0;
        if (!enabled()) {
            return new Page(found, total);
        }
        for (JournalEntry entry : store.newestFirst(filter)) {
            if (filter.matches(entry)) {
                if (total >= offset && found.size() < limit) {
                    found.add(entry);
                }
                total++;
            }
        }
        return new Page(store.complete(found), total);
    }

    public int count(JournalFilter filter) {
        return search(filter, 0, 0).total();
    }

    /** Forgets every entry recorded so far; returns how many there were. */
    public int clear() {
        return enabled() ? store.clear() : 0;
    }

    /** One page of a search, and how many entries matched in all. */
    public record Page(List<JournalEntry> entries, int total) {
    }
}
