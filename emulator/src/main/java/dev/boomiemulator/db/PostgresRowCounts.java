package dev.boomiemulator.db;

import static dev.boomiemulator.db.PostgresDdl.execute;
import static dev.boomiemulator.db.PostgresDdl.hasTrigger;
import static dev.boomiemulator.db.PostgresDdl.physical;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;

/**
 * {@link RowCounts} on PostgreSQL, which runs no Java: per counted table, a PL/pgSQL function run once per statement
 * after an insert, update or delete, reading the statement's rows from its transition tables and moving each
 * account's count by their number, in the writing transaction. One upsert per statement, not per row: a reset that
 * copies 100,000 rows back moves each count once.
 *
 * <p>A shared database may hold rows written before its triggers (an older emulator made it, or a store document
 * loaded before): where a table's triggers are missing they are made and its counts taken afresh, in one transaction
 * that first locks the table against writers, so no row is written between the count and the trigger. Emulators
 * starting together take turns on an advisory lock: one installs, the others find the triggers there.
 */
final class PostgresRowCounts {
    /** The advisory lock installers take in turn ("COUNT" in ASCII). */
    private static final long INSTALL_LOCK = 0x434F554E54L;

    private PostgresRowCounts() {
    }

    /** Makes the triggers of every counted table that has none, and counts its rows; refreshes the functions. */
    static void install(DSLContext dsl) {
        Map<Table<?>, Field<?>> counted = RowCounts.countedTables();
        List<Table<?>> tables = new ArrayList<>(counted.keySet());
        tables.sort(Comparator.comparing(Table::getName)); // locks always taken in one order
        dsl.transaction(() -> {
            dsl.fetch("SELECT pg_advisory_xact_lock(?)", INSTALL_LOCK);
            for (Table<?> table : tables) {
                String name = physical(table);
                Field<?> kind = counted.get(table);
                execute(dsl, function(table, kind));
                if (!hasTrigger(dsl, table, trigger("insert"))) {
                    execute(dsl, "LOCK TABLE " + name + " IN SHARE ROW EXCLUSIVE MODE");
                    for (String event : List.of("insert", "update", "delete")) {
                        execute(dsl, triggerSql(table, event));
                    }
                    dsl.execute("DELETE FROM emulator_row_count WHERE table_name = ?", table.getName());
                    dsl.execute("INSERT INTO emulator_row_count (table_name, account_id, kind, total) SELECT ?, "
                            + "account_id, " + kindOf(kind) + ", count(*) FROM " + name + " GROUP BY account_id"
                            + (kind == null ? "" : ", " + physical(kind)), table.getName());
                }
            }
        });
    }

    private static String kindOf(Field<?> kind) {
        return kind == null ? "''" : physical(kind);
    }

    private static String trigger(String event) {
        return "emulator_count_" + event;
    }

    private static String functionName(Table<?> table) {
        return "emulator_count_" + physical(table);
    }

    private static String triggerSql(Table<?> table, String event) {
        String rows = switch (event) {
            case "insert" -> "NEW TABLE AS added";
            case "delete" -> "OLD TABLE AS removed";
            default -> "OLD TABLE AS removed NEW TABLE AS added";
        };
        return "CREATE TRIGGER " + trigger(event) + " AFTER " + event.toUpperCase(Locale.ROOT) + " ON "
                + physical(table) + " REFERENCING " + rows + " FOR EACH STATEMENT EXECUTE FUNCTION "
                + functionName(table) + "()";
    }

    /**
     * The function: the statement's rows, grouped by account (and kind), added to the counts, or taken off them;
     * for an update, only the net move of rows that changed account or kind.
     */
    private static String function(Table<?> table, Field<?> kind) {
        String label = "'" + table.getName() + "'";
        String key = kindOf(kind);
        String groupBy = kind == null ? "account_id" : "account_id, " + physical(kind);
        String upsert = "INSERT INTO emulator_row_count (table_name, account_id, kind, total) ";
        String merge = " ON CONFLICT (table_name, account_id, kind) DO UPDATE "
                + "SET total = emulator_row_count.total + excluded.total;";
        return "CREATE OR REPLACE FUNCTION " + functionName(table) + "() RETURNS trigger LANGUAGE plpgsql AS $count$\n"
                + "BEGIN\n"
                + "  IF TG_OP = 'INSERT' THEN\n"
                + "    " + upsert + "SELECT " + label + ", account_id, " + key + ", count(*) FROM added GROUP BY "
                + groupBy + merge + "\n"
                + "  ELSIF TG_OP = 'DELETE' THEN\n"
                + "    " + upsert + "SELECT " + label + ", account_id, " + key + ", -count(*) FROM removed GROUP BY "
                + groupBy + merge + "\n"
                + "  ELSE\n"
                + "    " + upsert + "SELECT " + label + ", account_id, kind, sum(moved) FROM ("
                + "SELECT account_id, " + key + " AS kind, -1 AS moved FROM removed UNION ALL "
                + "SELECT account_id, " + key + " AS kind, 1 AS moved FROM added) moves "
                + "GROUP BY account_id, kind HAVING sum(moved) <> 0" + merge + "\n"
                + "  END IF;\n"
                + "  RETURN NULL;\n"
                + "END\n"
                + "$count$";
    }
}
