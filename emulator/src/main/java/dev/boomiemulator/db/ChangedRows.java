package dev.boomiemulator.db;

import dev.boomiemulator.db.jooq.DefaultSchema;
import java.sql.Connection;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import org.h2.api.Trigger;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.UniqueKey;

/**
 * The primary keys of the rows written since the last snapshot or restore, table by table and account by account, so
 * that a reset copies back only those rows: a reset after a test that touched one of 100,000 environments copies one
 * row, not the table, and a reset of one account reads that account's keys, not every account's. H2 tells us each
 * written row through a row trigger ({@link RowTrigger}) on every table; the restore's own copying is not recorded.
 * Past {@link #MAX_KEYS} keys of one account in one table, that account's rows of the table are marked to be copied
 * whole instead, which bounds the memory this takes under a bulk load.
 *
 * <p>A row names its account in its account column ({@link StoreTables#accountColumn}). A row without one is logged
 * under {@link #UNKNOWN}: every account's reset looks at those keys (picking its own rows among them by the owner's
 * account), and only a full restore takes them. The rows of a table owned through another (a generic object's values)
 * are given their account later, by {@link #assign}, when a reset of one account looks their owners up
 * ({@link OwnedRows}).
 */
final class ChangedRows {
    static final int MAX_KEYS = 10_000;
    /**
     * Past this many keys of no known account a table is copied whole, for every account's reset, until a full one.
     * More than {@link #MAX_KEYS}: a generic object's values (several rows an object) wait here until an account's
     * reset finds their owners, and a burst of 2,000 creates between two account resets would otherwise have every
     * later account reset scan the value tables whole.
     */
    static final int MAX_UNKNOWN_KEYS = 100_000;
    /** The account of keys whose rows do not say it. */
    static final String UNKNOWN = "";
    /** The databases of this JVM by name, for the triggers H2 creates by class name. */
    private static final Map<String, ChangedRows> BY_DATABASE = new ConcurrentHashMap<>();
    /** Stands for "too many rows to list: copy them all". */
    private static final Set<List<Object>> WHOLE_TABLE = Collections.unmodifiableSet(new HashSet<>());

    private final String database;
    /** Per table, per account, the keys written (or {@link #WHOLE_TABLE}). */
    private final Map<String, Map<String, Set<List<Object>>>> keys = new ConcurrentHashMap<>();
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

    private void add(String table, String account, List<Object> key) {
        if (copyingBack.get()) {
            return;
        }
        Map<String, Set<List<Object>>> accounts = keys.computeIfAbsent(table, name -> new ConcurrentHashMap<>());
        Set<List<Object>> rows = accounts.computeIfAbsent(account, name -> ConcurrentHashMap.newKeySet());
        if (rows == WHOLE_TABLE) {
            return;
        }
        rows.add(key);
        if (rows.size() > (account.equals(UNKNOWN) ? MAX_UNKNOWN_KEYS : MAX_KEYS)) {
            accounts.put(account, WHOLE_TABLE);
        }
    }

    private void addWhole(String table) {
        if (!copyingBack.get()) {
            keys.computeIfAbsent(table, name -> new ConcurrentHashMap<>()).put(UNKNOWN, WHOLE_TABLE);
        }
    }

    /**
     * The keys written to {@code table} so far, whoever's: null when the whole table must be copied (too many rows of
     * an account, or a table without a primary key), empty when none were. Every account's keys together may be
     * more than {@link #MAX_KEYS}: the full restore then copies the table whole. It {@link #forget}s them once done.
     */
    Set<List<Object>> peek(String table) {
        return union(table, accounts -> true);
    }

    /**
     * The keys written to {@code table} that may be {@code account}'s: its own and those of {@link #UNKNOWN} rows;
     * null when all the account's rows of the table must be copied.
     */
    Set<List<Object>> peek(String table, String account) {
        return union(table, name -> name.equals(account) || name.equals(UNKNOWN));
    }

    private Set<List<Object>> union(String table, Predicate<String> accountsWanted) {
        Set<List<Object>> union = new HashSet<>();
        for (Map.Entry<String, Set<List<Object>>> account : keys.getOrDefault(table, Map.of()).entrySet()) {
            if (accountsWanted.test(account.getKey())) {
                if (account.getValue() == WHOLE_TABLE) {
                    return null;
                }
                union.addAll(account.getValue());
            }
        }
        return union;
    }

    /**
     * Forgets keys a full restore copied back (null: the whole table, so every "copy whole" mark); keys written again
     * since stay.
     */
    void forget(String table, Set<List<Object>> copied) {
        Map<String, Set<List<Object>>> accounts = keys.get(table);
        if (accounts == null) {
            return;
        }
        if (copied == null) {
            accounts.values().removeIf(rows -> rows == WHOLE_TABLE);
        } else {
            accounts.values().stream().filter(rows -> rows != WHOLE_TABLE).forEach(rows -> rows.removeAll(copied));
        }
    }

    /**
     * Forgets what a restore of {@code account} alone copied back: its own keys among {@code copied}, or all of them
     * (null: every row of the account's in the table was copied). Keys of {@link #UNKNOWN} rows stay for the full one.
     */
    void forget(String table, String account, Set<List<Object>> copied) {
        Map<String, Set<List<Object>>> accounts = keys.get(table);
        if (accounts == null) {
            return; // none logged here (on PostgreSQL, never: the database keeps the log)
        }
        if (copied == null) {
            accounts.remove(account);
        } else {
            Set<List<Object>> rows = accounts.get(account);
            if (rows != null && rows != WHOLE_TABLE) {
                rows.removeAll(copied);
            }
        }
    }

    /** Records again keys a failed restore had forgotten (null: the whole table), as anyone's. */
    void remember(String table, Set<List<Object>> keysOfRows) {
        if (keysOfRows == null) {
            addWhole(table);
        } else {
            keysOfRows.forEach(key -> add(table, UNKNOWN, key));
        }
    }

    /** The keys of {@code table}'s rows logged without their account: null if too many to list. */
    Set<List<Object>> unknown(String table) {
        Set<List<Object>> rows = keys.getOrDefault(table, Map.of()).get(UNKNOWN);
        return rows == WHOLE_TABLE ? null : rows == null ? Set.of() : Set.copyOf(rows);
    }

    /** Moves keys logged without their account to the account each row turned out to be of. */
    void assign(String table, Map<List<Object>, String> accountOfKey) {
        Set<List<Object>> unknown = keys.getOrDefault(table, Map.of()).get(UNKNOWN);
        accountOfKey.forEach((key, account) -> {
            add(table, account, key);
            if (unknown != null && unknown != WHOLE_TABLE) {
                unknown.remove(key);
            }
        });
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
        /** The column naming the row's account, or -1 where the row does not say it. */
        private int accountColumn = -1;

        @Override
        public void init(Connection connection, String schema, String trigger, String tableName, boolean before, int type) {
            this.rows = BY_DATABASE.get(trigger.substring(0, Math.max(trigger.indexOf('|'), 0)));
            this.table = tableName;
            Table<?> known = DefaultSchema.DEFAULT_SCHEMA.getTable(tableName);
            UniqueKey<?> primaryKey = known == null ? null : known.getPrimaryKey();
            if (primaryKey != null) {
                List<Field<?>> columns = Arrays.asList(known.fields());
                keyColumns = primaryKey.getFields().stream().mapToInt(columns::indexOf).toArray();
                Optional<Field<?>> account = StoreTables.accountColumn(known);
                accountColumn = account.map(columns::indexOf).orElse(-1);
            }
        }

        @Override
        public void fire(Connection connection, Object[] oldRow, Object[] newRow) {
            if (rows == null) {
                return;
            }
            if (keyColumns == null) {
                rows.addWhole(table);
                return;
            }
            if (oldRow != null) {
                rows.add(table, account(oldRow), key(oldRow));
            }
            if (newRow != null) {
                rows.add(table, account(newRow), key(newRow));
            }
        }

        private String account(Object[] row) {
            return accountColumn < 0 || row[accountColumn] == null ? UNKNOWN : row[accountColumn].toString();
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
