package dev.boomiemulator.db;

import java.util.Locale;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;

/**
 * What the PL/pgSQL triggers the store installs on PostgreSQL share ({@link PostgresRowCounts},
 * {@link PostgresChangedRows}).
 */
final class PostgresDdl {
    private PostgresDdl() {
    }

    /** Through JDBC as written: jOOQ's plain-SQL templates would read a function's text for placeholders. */
    static void execute(DSLContext dsl, String sql) {
        dsl.connection(connection -> {
            try (var statement = connection.createStatement()) {
                statement.execute(sql);
            }
        });
    }

    /** The table's name as PostgreSQL folds it (the migrations name tables unquoted). */
    static String physical(Table<?> table) {
        return table.getName().toLowerCase(Locale.ROOT);
    }

    static String physical(Field<?> column) {
        return column.getName().toLowerCase(Locale.ROOT);
    }

    /** Whether {@code table} has a trigger of this name. */
    static boolean hasTrigger(DSLContext dsl, Table<?> table, String trigger) {
        return dsl.fetchExists(dsl.selectOne().from("pg_trigger")
                .where("tgrelid = to_regclass(?) AND tgname = ?", physical(table), trigger));
    }
}
