package dev.boomiemulator.server.journal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The last requests the emulator answered, in a ring of fixed size: memory stays flat however long the server
 * runs, and the oldest entries make room for new ones. Recording is lock-free (one counter, one slot write), so
 * it costs a request next to nothing; a search walks the ring from the newest entry back.
 */
public final class RequestJournal {
    public static final int DEFAULT_CAPACITY = 1000;
    public static final int DEFAULT_BODY_LIMIT = 4096;

    private final int capacity;
    private final int bodyLimit;
    private final AtomicReferenceArray<JournalEntry> ring;
    private final AtomicLong recorded = new AtomicLong();
    /** Entries with an id at or below this were cleared. */
    private volatile long clearedUpTo;

    public RequestJournal(int capacity, int bodyLimit) {
        if (capacity < 0) {
            throw new IllegalArgumentException("journal size must be 0 (off) or more, got " + capacity);
        }
        if (bodyLimit < 0) {
            throw new IllegalArgumentException("journal body limit must be 0 or more, got " + bodyLimit);
        }
        this.capacity = capacity;
        this.bodyLimit = bodyLimit;
        this.ring = new AtomicReferenceArray<>(Math.max(capacity, 1));
    }

    public boolean enabled() {
        return capacity > 0;
    }

    public int bodyLimit() {
        return bodyLimit;
    }

    /** The id the next entry gets. */
    public long nextId() {
        return recorded.incrementAndGet();
    }

    public void record(JournalEntry entry) {
        if (enabled()) {
            ring.set((int) (entry.id() % capacity), entry);
        }
    }

    /** Matching entries, newest first, skipping {@code offset} of them and returning at most {@code limit}. */
    public Page search(JournalFilter filter, int offset, int limit) {
        List<JournalEntry> found = new ArrayList<>();
        int total = 0;
        for (JournalEntry entry : newestFirst()) {
            if (filter.matches(entry)) {
                if (total >= offset && found.size() < limit) {
                    found.add(entry);
                }
                total++;
            }
        }
        return new Page(found, total);
    }

    public int count(JournalFilter filter) {
        return search(filter, 0, 0).total();
    }

    /** Forgets every entry recorded so far; returns how many there were. */
    public int clear() {
        int cleared = count(JournalFilter.ALL);
        clearedUpTo = recorded.get();
        return cleared;
    }

    /** The entries still in the ring, newest first (a slot a newer request took over is skipped). */
    private List<JournalEntry> newestFirst() {
        List<JournalEntry> entries = new ArrayList<>();
        if (!enabled()) {
            return entries;
        }
        long newest = recorded.get();
        long oldest = Math.max(clearedUpTo + 1, newest - capacity + 1);
        for (long id = newest; id >= oldest && id > 0; id--) {
            JournalEntry entry = ring.get((int) (id % capacity));
            // a request still being answered has no entry yet (or its slot holds the one it will replace)
            if (entry != null && entry.id() == id) {
                entries.add(entry);
            }
        }
        return entries;
    }

    /** One page of a search, and how many entries matched in all. */
    public record Page(List<JournalEntry> entries, int total) {
    }
}
