package dev.boomiemulator.server;

import dev.boomiemulator.db.Database;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The private stores of closed servers, reset to their start-up state and kept for the next server in this JVM
 * started alike (the same fixture documents, rate limit and frozen instant: {@code FixtureLoader.startKey}). A JUnit
 * suite starts a server per test class: a new store makes its tables and copies the fixture rows in (0.4 s of a
 * second start, most of it), a kept one has both and is handed over in a reset that undoes only what the last server
 * changed.
 *
 * <p>A store is kept only while a reset returns it to exactly what its start-up load made (no fixture loaded at run
 * time, no state document), and is handed over with the emulator's own tables emptied (settings such as the query
 * token key, run-time fixtures), so nothing of one server's run reaches the next. Kept stores hold memory: at most
 * {@link #MAX_KEPT}, the oldest closed first.
 */
final class ParkedStores {
    private static final int MAX_KEPT = 4;
    private static final Map<Object, Deque<Database>> KEPT = new LinkedHashMap<>();
    private static int kept;

    private ParkedStores() {
    }

    /** Whether any store is kept: only then is a start's key worth working out before its store. */
    static synchronized boolean any() {
        return kept > 0;
    }

    /** A kept store started as {@code key} says, taken out of the keeping; null if none is kept. */
    static synchronized Database take(Object key) {
        Deque<Database> stores = KEPT.get(key);
        Database store = stores == null ? null : stores.pollLast();
        if (store != null) {
            kept--;
            if (stores.isEmpty()) {
                KEPT.remove(key);
            }
        }
        return store;
    }

    /**
     * Keeps {@code store}, already reset and emptied of the emulator's own state, for a server started as {@code key}.
     */
    static void park(Object key, Database store) {
        Database evicted = null;
        synchronized (ParkedStores.class) {
            KEPT.computeIfAbsent(key, k -> new ArrayDeque<>()).addLast(store);
            kept++;
            if (kept > MAX_KEPT) {
                Iterator<Deque<Database>> oldest = KEPT.values().iterator();
                Deque<Database> stores = oldest.next();
                evicted = stores.pollFirst();
                kept--;
                if (stores.isEmpty()) {
                    oldest.remove();
                }
            }
        }
        if (evicted != null) {
            evicted.close();
        }
    }
}
