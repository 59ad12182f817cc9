package dev.boomiemulator.db;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.jooq.Table;

/**
 * Answers of a read kept until one of the tables it reads from changes ({@link TableVersions}). For reads every
 * request makes and whose tables rarely change, such as the caller's credentials. The version is taken before the
 * read, so an answer loaded while a write lands is stored under the old version and read again next time.
 * Bounded: past {@link #MAX_ENTRIES} keys (a caller trying random user names) it starts afresh.
 */
public final class VersionedCache<K, V> {
    static final int MAX_ENTRIES = 10_000;

    private record Entry<V>(long version, V value) {
    }

    private final TableVersions versions;
    private final Table<?>[] tables;
    private final ConcurrentHashMap<K, Entry<V>> entries = new ConcurrentHashMap<>();

    public VersionedCache(TableVersions versions, Table<?>... tables) {
        this.versions = versions;
        this.tables = tables.clone();
    }

    public V get(K key, Function<K, V> read) {
        long version = versions.version(tables);
        Entry<V> kept = entries.get(key);
        if (kept != null && kept.version() == version) {
            return kept.value();
        }
        V value = read.apply(key);
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear();
        }
        entries.put(key, new Entry<>(version, value));
        return value;
    }
}
