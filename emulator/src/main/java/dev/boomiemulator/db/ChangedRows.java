package dev.boomiemulator.db;

import dev.boomiemulator.db.jooq.DefaultSchema;
import java.sql.Connection;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.h2.api.Trigger;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.UniqueKey;

/**
 * The primary keys of the rows written since the last snapshot or restore, table by table, so that a reset copies
 * back only those rows: a reset after a test that touched one of 100,000 environments copies one row, not the
 * table. H2 tells us each written row through a row trigger ({@link RowTrigger}) on every table; the restore's own
 * copying is not recorded. Past {@link #MAX_KEYS} keys a table is marked to be copied whole instead, which bounds
 * the memory this takes under a bulk load.
 */
final class ChangedRows {
    static final int MAX_KEYS = 10_000;
    /** The databases of this JVM by name, for the triggers H2 creates by class name. */
    private static final Map<String, ChangedRows> BY_DATABASE = new ConcurrentHashMap<>();
    /** Stands for "too many rows to list: copy the whole table". */
    private static final Set<List<Object>> WHOLE_TABLE = java.util.Collections.unmodifiableSet(new java.util.HashSet<>());

    private final String database;
    private final Map<String, Set<List<Object>>> keys = new ConcurrentHashMap<>();
    private final ThreadLocal<Boolean> copyingBack = ThreadLocal.withInitial(() -> false);

    ChangedRows(String database) {
        this.database = database;
        BY_DATABASE.put(database, this);
    }

    void close() {
        BY_DATABASE.remove(database);
    }

    /**
     * The SQL that makes H2 report every row written to {@code table}. The trigger's name carries the database's:
     * the connection H2 gives a trigger is an internal one, whose URL does not name the database.
     */
    String triggerFor(Table<?> table) {
        return "CREATE TRIGGER IF NOT EXISTS \"" + database + "|" + table.getName() + "\" AFTER INSERT, UPDATE, DELETE ON "
                + "PUBLIC.\"" + table.getName() + "\" FOR EACH ROW CALL \"" + RowTrigger.class.getName() + "\"";
    }

    private void add(String table, List<Object> key) {
        if (copyingBack.get()) {
            return;
        }
        Set<List<Object>> rows = keys.computeIfAbsent(table, name -> ConcurrentHashMap.newKeySet());
        if (rows == WHOLE_TABLE) {
            return;
        }
        rows.add(key);
        if (rows.size() > MAX_KEYS) {
            keys.put(table, WHOLE_TABLE);
        }
    }

    /**
     * The keys written to {@code table} so far: null when the whole table must be copied (too many rows, or a
     * table without a primary key), empty when none were. A restore {@link #forget}s them once it has committed.
     */
    Set<List<Object>> peek(String table) {
        Set<List<Object>> written = keys.get(table);
        if (written == WHOLE_TABLE) {
            return null;
        }
        return written == null ? Set.of() : Set.copyOf(written);
    }

    /** Forgets keys a restore copied back (null: the whole table); keys written again since stay. */
    void forget(String table, Set<List<Object>> copied) {
        if (copied == null) {
            keys.remove(table, WHOLE_TABLE);
            return;
        }
        Set<List<Object>> written = keys.get(table);
        if (written != null && written != WHOLE_TABLE) {
            written.removeAll(copied);
        }
    }

    /** Records again keys a failed restore had forgotten (null: the whole table). */
    void remember(String table, Set<List<Object>> keysOfRows) {
        if (keysOfRows == null) {
            keys.put(table, WHOLE_TABLE);
        } else {
            keysOfRows.forEach(key -> add(table, key));
        }
    }

    /** The tables with rows recorded since the last take. */
    Set<String> tables() {
        return Set.copyOf(keys.keySet());
    }

    void forgetAll() {
        keys.clear();
    }

    void copyingBack(Runnable copy) {
        copyingBack.set(true);
        try {
            copy.run();
        } finally {
            copyingBack.set(false);
        }
    }

    /** The database name in an H2 URL: {@code jdbc:h2:mem:emulator-...;...} gives {@code emulator-...}. */
    static String databaseName(String url) {
        String name = url.substring(url.lastIndexOf(':') + 1);
        int options = name.indexOf(';');
        return options < 0 ? name : name.substring(0, options);
    }

    /** The row trigger H2 runs after each written row; it finds its database's {@link ChangedRows} by name. */
    public static final class RowTrigger implements Trigger {
        private ChangedRows rows;
        private String table;
        private int[] keyColumns;

        @Override
        public void init(Connection connection, String schema, String trigger, String tableName, boolean before, int type) {
            this.rows = BY_DATABASE.get(trigger.substring(0, Math.max(trigger.indexOf('|'), 0)));
            this.table = tableName;
            Table<?> known = DefaultSchema.DEFAULT_SCHEMA.getTable(tableName);
            UniqueKey<?> primaryKey = known == null ? null : known.getPrimaryKey();
            if (primaryKey != null) {
                List<Field<?>> columns = Arrays.asList(known.fields());
                keyColumns = primaryKey.getFields().stream().mapToInt(columns::indexOf).toArray();
            }
        }

        @Override
        public void fire(Connection connection, Object[] oldRow, Object[] newRow) {
            if (rows == null) {
                return;
            }
            if (keyColumns == null) {
                rows.keys.put(table, WHOLE_TABLE);
                return;
            }
            if (oldRow != null) {
                rows.add(table, key(oldRow));
            }
            if (newRow != null) {
                rows.add(table, key(newRow));
            }
        }

        private List<Object> key(Object[] row) {
            Object[] key = new Object[keyColumns.length];
            for (int i = 0; i < keyColumns.length; i++) {
                key[i] = row[keyColumns[i]];
            }
            return Arrays.asList(key);
        }
    }
}
