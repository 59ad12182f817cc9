package dev.boomiemulator.db;

import static dev.boomiemulator.db.PostgresDdl.execute;
import static dev.boomiemulator.db.PostgresDdl.hasTrigger;
import static dev.boomiemulator.db.PostgresDdl.physical;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;

/**
 * {@link ChangedRows} on PostgreSQL, where every emulator sharing the database writes: the primary keys of the rows
 * written since the snapshot, kept in the database itself ({@code emulator_changed_row}) by a PL/pgSQL function run
 * for every row written to a data table, in the writing transaction. So a reset copies back the rows any replica
 * wrote, not every table: after one write with 100,000 fixture rows, one row instead of the whole store.
 *
 * <p>A restore {@link #claim}s the log inside its own transaction, which holds every account's lock: the log rows it
 * deletes come back if it rolls back, and a write committed after its claim stays logged for the next one. Each key
 * is logged with the account its row names, so a restore of one account reads its own keys and those of no known
 * account, and takes its own ({@link #claim(DSLContext, String)}). What the
 * restore itself copies back is not logged ({@link #copyingBack}, a setting local to its transaction), nor what the
 * load before the first snapshot writes ({@link #unlogged}).
 *
 * <p>Where a table's triggers are missing (a database an older emulator made), they are made and the whole table is
 * logged as written: rows written before the triggers would otherwise never be copied back. A key is kept as the
 * text of a JSON array of the key's columns; {@link #WHOLE_TABLE} stands for the whole table (also for a table with no
 * primary key).
 */
final class PostgresChangedRows {
    /** The advisory lock installers take in turn ("CHANGE" in ASCII). */
    private static final long INSTALL_LOCK = 0x4348414E4745L;
    private static final String WHOLE_TABLE = "";
    private static final String TRIGGER = "emulator_changed";
    /**
     * Past this many keys a table is copied whole if they are a good part of it: 8,000 creates on the default
     * fixtures reset in 383-536 ms by key against 275-321 ms copying the small tables whole.
     */
    private static final int MANY_KEYS = 1_000;
    /**
     * Set, for its own transaction only, by a restore copying rows back (those writes return rows to the snapshot)
     * and by the load the first snapshot follows.
     */
    private static final String UNLOGGED = "boomi_emulator.unlogged";
    private static final ObjectMapper JSON = new ObjectMapper();

    private PostgresChangedRows() {
    }

    /** Makes the triggers of every data table that has none (logging the whole table), and refreshes the functions. */
    static void install(DSLContext dsl) {
        List<Table<?>> tables = new ArrayList<>(StoreTables.data());
        tables.sort(Comparator.comparing(Table::getName)); // locks always taken in one order
        dsl.transaction(() -> {
            dsl.fetch("SELECT pg_advisory_xact_lock(?)", INSTALL_LOCK);
            execute(dsl, "CREATE UNIQUE INDEX IF NOT EXISTS emulator_changed_row_key "
                    + "ON emulator_changed_row (table_name, md5(row_key))");
            for (Table<?> table : tables) {
                execute(dsl, function(table));
                if (!hasTrigger(dsl, table, TRIGGER)) {
                    // no writer may slip in between the triggers and the mark
                    execute(dsl, "LOCK TABLE " + physical(table) + " IN SHARE ROW EXCLUSIVE MODE");
                    execute(dsl, triggerSql(table));
                    dsl.execute("INSERT INTO emulator_changed_row (table_name, row_key) VALUES (?, ?) "
                            + "ON CONFLICT DO NOTHING", table.getName(), WHOLE_TABLE);
                }
            }
        });
    }

    /**
     * The whole log, taken from it in the caller's transaction (a full restore's): per table written since the
     * snapshot, the keys of its written rows, or null when the whole table is to be copied (see {@link #take}).
     */
    static Map<Table<?>, Set<List<Object>>> claim(DSLContext tx) {
        return take(tx, null);
    }

    /**
     * What a reset of {@code account} alone copies back, in the caller's transaction: the account's logged keys,
     * taken from the log, and those whose account the log does not know, left in it; per table, or null for all the
     * account's rows of a table. The values of generic objects are first given their object's account
     * ({@link #assignOwners}).
     */
    static Map<Table<?>, Set<List<Object>>> claim(DSLContext tx, String account) {
        assignOwners(tx);
        return take(tx, account);
    }

    /**
     * Per table, the logged keys of {@code account}'s rows (every row when null, for a full restore), taken from the
     * log, and, for one account, those of no known account, read: null when the whole table is to be copied (no
     * primary key, a table logged whole, or more than {@link ChangedRows#MAX_KEYS} rows, or more than
     * {@link #MANY_KEYS} and over a quarter of the snapshot's: one copy of the table beats that many lookups). Counted
     * first, so the keys of a table copied whole are not read. The keys taken are those the statement that deletes
     * them returns: a write committed meanwhile stays logged for the next reset.
     */
    private static Map<Table<?>, Set<List<Object>>> take(DSLContext tx, String account) {
        String taken = account == null ? "TRUE" : "account_id = ?";
        String unknown = "account_id IS NULL";
        List<Object> binds = account == null ? List.of() : List.of(account);
        Map<Table<?>, Set<List<Object>>> written = new HashMap<>();
        List<Object> counting = new ArrayList<>(List.of(WHOLE_TABLE));
        counting.addAll(binds);
        var logged = tx.resultQuery("SELECT table_name, count(*), bool_or(row_key = ?) FROM emulator_changed_row "
                + "WHERE " + taken + (account == null ? "" : " OR " + unknown) + " GROUP BY table_name",
                counting.toArray()).fetch();
        for (var table : logged) {
            String name = table.get(0, String.class);
            Table<?> known = StoreTables.named(name);
            long keys = table.get(1, Long.class);
            boolean whole = known == null || known.getPrimaryKey() == null || table.get(2, Boolean.class)
                    || keys > ChangedRows.MAX_KEYS
                    || keys > MANY_KEYS && keys * 4 > tx.fetchCount(Database.snapshotOf(known));
            List<Object> taking = new ArrayList<>(List.of(name));
            taking.addAll(binds);
            if (whole) {
                tx.execute("DELETE FROM emulator_changed_row WHERE table_name = ? AND " + taken, taking.toArray());
                if (known != null) {
                    written.put(known, null);
                }
                continue;
            }
            List<String> rows = new ArrayList<>(tx.resultQuery("DELETE FROM emulator_changed_row WHERE table_name = ? "
                    + "AND " + taken + " RETURNING row_key", taking.toArray()).fetch().getValues(0, String.class));
            if (account != null) {
                rows.addAll(tx.resultQuery("SELECT row_key FROM emulator_changed_row WHERE table_name = ? AND "
                        + unknown, name).fetch().getValues(0, String.class));
            }
            written.put(known, keysOf(known, rows));
        }
        return written;
    }

    /**
     * Gives the logged rows of a table owned through another ({@link StoreTables#ownedThrough}: a generic object's
     * values, logged without an account, since the row does not name it) the account of their owner, as the store
     * holds it or else as the snapshot does. Each such key is looked up once, by the first reset of one account
     * after it was written; one whose owner is in neither (an object made and deleted since the snapshot) stays
     * everyone's, for the full reset.
     */
    private static void assignOwners(DSLContext tx) {
        for (Table<?> table : StoreTables.data()) {
            StoreTables.ownedThrough(table).ifPresent(owner -> {
                int link = StoreTables.keyPosition(table, owner.link());
                if (link < 0) {
                    return;
                }
                for (String schema : List.of("public", "snapshot")) {
                    tx.execute("UPDATE emulator_changed_row c SET account_id = o."
                            + physical(StoreTables.accountColumn(owner.table()).orElseThrow())
                            + " FROM " + schema + "." + physical(owner.table()) + " o WHERE c.account_id IS NULL"
                            + " AND c.table_name = ? AND c.row_key <> ? AND o." + physical(owner.key())
                            + " = (c.row_key::jsonb ->> " + link + ")::bigint", table.getName(), WHOLE_TABLE);
                }
            });
        }
    }

    private static Set<List<Object>> keysOf(Table<?> table, List<String> logged) {
        List<? extends Field<?>> columns = table.getPrimaryKey().getFields();
        Set<List<Object>> keys = new HashSet<>();
        for (String text : logged) {
            JsonNode values = parse(text);
            List<Object> key = new ArrayList<>(columns.size());
            for (int i = 0; i < columns.size(); i++) {
                JsonNode value = values.get(i);
                // the column's own type, as a row trigger on H2 reports it: the restore binds these to the key's
                // columns
                key.add(columns.get(i).getDataType().convert(value.isNumber() ? value.numberValue() : value.asText()));
            }
            keys.add(key);
        }
        return keys;
    }

    private static JsonNode parse(String key) {
        try {
            return JSON.readTree(key);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an unreadable key in emulator_changed_row: " + key, e);
        }
    }

    /**
     * Runs {@code copy}, in the caller's transaction, without logging what it writes. Logging resumes only after a
     * copy that succeeded: after a failure the transaction is aborted, any statement would fail in place of the first
     * error (a deadlock then no longer reads as one to retry), and its rollback drops the setting anyway.
     */
    static void copyingBack(DSLContext tx, Runnable copy) {
        unlogged(tx);
        copy.run();
        tx.fetch("SELECT set_config(?, 'off', true)", UNLOGGED);
    }

    /** Leaves the rest of the caller's transaction unlogged. */
    static void unlogged(DSLContext tx) {
        tx.fetch("SELECT set_config(?, 'on', true)", UNLOGGED);
    }

    /** Empties the log, in the snapshot's transaction: the snapshot holds every row written so far. */
    static void forgetAll(DSLContext tx) {
        tx.execute("DELETE FROM emulator_changed_row");
    }

    private static String functionName(Table<?> table) {
        return "emulator_changed_" + physical(table);
    }

    /**
     * A row trigger: most writes are of a row or two (a statement trigger reading its transition table measured no
     * faster on creates), and its WHEN clause keeps it from firing at all while unlogged: a restore copying 100,000
     * rows back queues no event.
     */
    private static String triggerSql(Table<?> table) {
        return "CREATE TRIGGER " + TRIGGER + " AFTER INSERT OR UPDATE OR DELETE ON " + physical(table)
                + " FOR EACH ROW WHEN (coalesce(current_setting('" + UNLOGGED + "', true), '') <> 'on') "
                + "EXECUTE FUNCTION " + functionName(table) + "()";
    }

    /** The function: the key of the row written (an update's key before, too, where it changed), logged once. */
    private static String function(Table<?> table) {
        String insert = "INSERT INTO emulator_changed_row (table_name, row_key, account_id) VALUES ('"
                + table.getName() + "', ";
        String conflict = ") ON CONFLICT DO NOTHING;\n";
        String log;
        if (table.getPrimaryKey() == null) {
            log = "  " + insert + "'" + WHOLE_TABLE + "', NULL" + conflict;
        } else {
            String newKey = key(table, "NEW");
            String oldKey = key(table, "OLD");
            log = "  IF TG_OP <> 'DELETE' THEN\n"
                    + "    " + insert + newKey + "::text, " + account(table, "NEW") + conflict
                    + "  END IF;\n"
                    + "  IF TG_OP = 'DELETE' OR (TG_OP = 'UPDATE' AND " + oldKey + " <> " + newKey + ") THEN\n"
                    + "    " + insert + oldKey + "::text, " + account(table, "OLD") + conflict
                    + "  END IF;\n";
        }
        return "CREATE OR REPLACE FUNCTION " + functionName(table)
                + "() RETURNS trigger LANGUAGE plpgsql AS $changed$\n"
                + "BEGIN\n"
                + log
                + "  RETURN NULL;\n"
                + "END\n"
                + "$changed$";
    }

    /** The account the trigger's {@code row} names, or NULL where it names none. */
    private static String account(Table<?> table, String row) {
        return StoreTables.accountColumn(table).map(column -> row + "." + physical(column)).orElse("NULL");
    }

    /** The key of the trigger's {@code row} ({@code NEW} or {@code OLD}) as a JSON array of its columns. */
    private static String key(Table<?> table, String row) {
        return table.getPrimaryKey().getFields().stream().map(column -> row + "." + physical(column))
                .collect(Collectors.joining(", ", "jsonb_build_array(", ")"));
    }
}
