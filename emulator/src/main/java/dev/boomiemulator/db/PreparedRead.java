package dev.boomiemulator.db;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Param;
import org.jooq.Record;
import org.jooq.Result;
import org.jooq.ResultQuery;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * A read that runs often, its SQL rendered by jOOQ once and run through JDBC with new values each time, as
 * {@link KeyLookup} does for gets by key (jOOQ renders a query afresh on every run, which costs more than H2 takes to
 * answer a read that an index serves). Reads only, so the write listeners ({@link ChangedTables},
 * {@link TableVersions}) miss nothing. The values are bound as parameters, in the order the query's
 * {@link #parameter}s appear in its SQL.
 */
public final class PreparedRead {
    private final DSLContext dsl;
    /** The SQL, and the columns the query selects, in order. */
    private final RenderedSql sql;

    public PreparedRead(DSLContext dsl, ResultQuery<?> query) {
        this.dsl = dsl;
        this.sql = new RenderedSql(dsl, () -> query);
    }

    /** A value to bind at run time in place of one of {@code column}'s, in a query given to the constructor. */
    public static <T> Param<T> parameter(Field<T> column) {
        return DSL.param(column.getName(), column.getDataType());
    }

    /** The first row the query finds with these values, as a record of the columns it selects. */
    public Optional<Record> fetchFirst(Object... values) {
        return run(values, rows -> rows.next()
                ? Optional.of(JdbcRows.into(dsl.newRecord(sql.columns()), sql.columns(), rows)) : Optional.empty());
    }

    /**
     * The first row the query finds with these values, as a record of {@code table}: for a query that selects the
     * table's columns in their order ({@code selectFrom(table)}), so that no column is looked up by name.
     */
    public <R extends Record> Optional<R> fetchFirst(Table<R> table, Object... values) {
        selectsColumnsOf(table);
        return run(values, rows -> rows.next()
                ? Optional.of(JdbcRows.into(dsl.newRecord(table), sql.columns(), rows)) : Optional.empty());
    }

    /** Every row the query finds with these values, as records of the columns it selects. */
    public Result<Record> fetch(Object... values) {
        return run(values, rows -> JdbcRows.all(dsl, sql.columns(), rows));
    }

    /** Every row the query finds with these values, as records of {@code table} (as {@link #fetchFirst(Table, Object...)}). */
    public <R extends Record> Result<R> fetch(Table<R> table, Object... values) {
        selectsColumnsOf(table);
        return run(values, rows -> JdbcRows.all(dsl, table, rows));
    }

    /** Whether the query finds a row with these values. */
    public boolean exists(Object... values) {
        return run(values, ResultSet::next);
    }

    private void selectsColumnsOf(Table<?> table) {
        if (sql.columns().length != table.fields().length) {
            throw new IllegalArgumentException("the query does not select the columns of " + table.getName());
        }
    }

    private <T> T run(Object[] values, JdbcRows.Reader<T> reader) {
        return dsl.connectionResult(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql.get())) {
                return JdbcRows.query(statement, values, reader);
            }
        });
    }
}
