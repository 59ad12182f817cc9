package dev.boomiemulator.server.journal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The journal in a ring of fixed size in this emulator's memory: memory stays flat however long the server runs,
 * and the oldest entries make room for new ones. Recording is lock-free (one counter, one slot write), so it costs
 * a request next to nothing.
 */
final class MemoryJournal implements JournalStore {
    private final int capacity;
    private final AtomicReferenceArray<JournalEntry> ring;
    private final AtomicLong recorded = new AtomicLong();
    /** Entries with an id at or below this were cleared. */
    private volatile long clearedUpTo;

    MemoryJournal(int capacity) {
        this.capacity = capacity;
        this.ring = new AtomicReferenceArray<>(capacity);
    }

    @Override
    public void record(JournalEntry entry) {
        long id = recorded.incrementAndGet();
        ring.set((int) (id % capacity), entry.withId(id));
    }

    @Override
    public List<JournalEntry> newestFirst(JournalFilter filter) {
        List<JournalEntry> entries = new ArrayList<>();
        long newest = recorded.get();
        long oldest = Math.max(clearedUpTo + 1, newest - capacity + 1);
        for (long id = newest; id >= oldest && id > 0; id--) {
            JournalEntry entry = ring.get((int) (id % capacity));
            // a request still being recorded has no entry yet (or its slot holds the one it will replace)
            if (entry != null && entry.id() == id) {
                entries.add(entry);
            }
        }
        return entries;
    }

    @Override
    public int clear() {
        int cleared = newestFirst(JournalFilter.ALL).size();
        clearedUpTo = recorded.get();
        return cleared;
    }
}
