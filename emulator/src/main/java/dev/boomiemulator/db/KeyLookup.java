package dev.boomiemulator.db;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.TableField;
import org.jooq.impl.DSL;

/**
 * The rows of one table with given key values ({@code account_id = ? and id = ?}), with the SQL rendered once.
 * jOOQ renders a query's SQL again on every execution, and for a get by id that was a sixth of the request's CPU;
 * jOOQ's manual suggests keeping the SQL of a query that runs often and preparing the statement yourself. The values
 * are bound as parameters as before, and the row comes back as the table's record, read by {@link JdbcRows}.
 */
public final class KeyLookup<R extends Record> {
    private final DSLContext dsl;
    private final Table<R> table;
    /** The table's columns, in the order the SQL selects them. */
    private final Field<?>[] columns;
    private final RenderedSql sql;
    /** A locking lookup's statement, kept on each connection ({@link StatementPerConnection}); null for a read. */
    private final StatementPerConnection locking;

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
        this.columns = table.fields();
        var select = dsl.select(columns).from(table).where(where);
        this.sql = new RenderedSql(dsl, () -> forUpdate ? select.forUpdate() : select);
        this.locking = forUpdate ? new StatementPerConnection(sql) : null;
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
        return run(values, rows -> rows.next()
                ? Optional.of(JdbcRows.into(dsl.newRecord(table), columns, rows)) : Optional.empty());
    }

    /**
     * Whether a row with these key values exists; a locking lookup has taken its lock when this returns. For a
     * caller that wants the lock, not the row: nothing is read into a record.
     */
    public boolean exists(Object... values) {
        return run(values, ResultSet::next);
    }

    private <T> T run(Object[] values, JdbcRows.Reader<T> reader) {
        return dsl.connectionResult(connection -> {
            if (locking != null) {
                // kept for the connection's next write: not closed here
                return JdbcRows.query(locking.on(connection), values, reader);
            }
            try (PreparedStatement statement = connection.prepareStatement(sql.get())) {
                return JdbcRows.query(statement, values, reader);
            }
        });
    }

    /** On how many connections a locking lookup's statement is kept now (for the tests); 0 for a read. */
    int statementsKept() {
        return locking == null ? 0 : locking.preparedOn();
    }
}
