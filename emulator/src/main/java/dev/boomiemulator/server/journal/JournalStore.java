package dev.boomiemulator.server.journal;

import java.util.List;

/** Where the journal's entries are kept: this emulator's memory, or the database emulators sharing it. */
interface JournalStore {
    /** Keeps {@code entry} under the next id (its own id is ignored). */
    void record(JournalEntry entry);

    /**
     * The entries still kept, newest first, that may match {@code filter}: a store may leave parts of the filter
     * to the caller, which applies it whole.
     */
    List<JournalEntry> newestFirst(JournalFilter filter);

    /** The entries of a page of {@link #newestFirst} as recorded, with whatever a store left out of them there. */
    default List<JournalEntry> complete(List<JournalEntry> page) {
        return page;
    }

    /** Forgets every entry kept so far; returns how many there were. */
    int clear();
}
