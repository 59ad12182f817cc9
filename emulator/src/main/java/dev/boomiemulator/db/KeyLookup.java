package dev.boomiemulator.db;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.TableField;
import org.jooq.impl.DSL;

/**
 * The rows of one table with given key values ({@code account_id = ? and id = ?}), with the SQL rendered once.
 * jOOQ renders a query's SQL again on every execution, and for a get by id that was a sixth of the request's CPU;
 * jOOQ's manual suggests keeping the SQL of a query that runs often and preparing the statement yourself. The values
 * are bound as parameters as before, and the rows come back as the table's records.
 */
public final class KeyLookup<R extends Record> {
    private final DSLContext dsl;
    private final Table<R> table;
    private final String sql;

    @SafeVarargs
    public KeyLookup(DSLContext dsl, Table<R> table, TableField<R, ?>... keys) {
        this(dsl, table, false, keys);
    }

    /** As the constructor, and each read takes the rows' locks ({@code for update}) in the caller's transaction. */
    @SafeVarargs
    public static <R extends Record> KeyLookup<R> locking(DSLContext dsl, Table<R> table, TableField<R, ?>... keys) {
        return new KeyLookup<>(dsl, table, true, keys);
    }

    @SafeVarargs
    private KeyLookup(DSLContext dsl, Table<R> table, boolean forUpdate, TableField<R, ?>... keys) {
        this.dsl = dsl;
        this.table = table;
        var where = DSL.noCondition();
        for (TableField<R, ?> key : keys) {
            where = where.and(equalsParameter(key));
        }
        var select = dsl.selectFrom(table).where(where);
        this.sql = dsl.render(forUpdate ? select.forUpdate() : select);
    }

    private static <T> org.jooq.Condition equalsParameter(TableField<?, T> key) {
        return key.eq(DSL.param(key.getName(), key.getDataType()));
    }

    /**
     * The one row with these key values (in the order of the keys), if any. Plain JDBC on jOOQ's connection (the
     * open transaction's, if any): even a plain-SQL jOOQ query parses its template on every run. Reads only, so
     * the write listeners ({@link ChangedTables}, {@link TableVersions}) miss nothing.
     */
    public Optional<R> fetchOptional(Object... values) {
        return dsl.connectionResult(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (int i = 0; i < values.length; i++) {
                    statement.setObject(i + 1, values[i]);
                }
                try (ResultSet rows = statement.executeQuery()) {
                    return dsl.fetchOptional(rows, table.fields()).map(row -> row.into(table));
                }
            }
        });
    }
}
