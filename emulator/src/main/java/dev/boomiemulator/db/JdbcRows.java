package dev.boomiemulator.db;

import java.sql.ResultSet;
import java.sql.SQLException;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Result;

/**
 * Rows read from a JDBC result straight into jOOQ records, column by column, by each column's Java type. Handed to
 * jOOQ ({@code DSLContext.fetch(ResultSet, ...)}), the read went through its cursor, its execute listeners and a
 * binding per value: half of a get by key, and a few percent of a query. No generated column has a converter or a
 * binding of its own, so JDBC's types are the ones jOOQ would give; a column of no declared type comes back as
 * JDBC's own object.
 */
public final class JdbcRows {
    private JdbcRows() {
    }

    /** Fills {@code record} from the current row, whose columns are {@code columns} in order; leaves it unchanged. */
    public static <R extends Record> R into(R record, Field<?>[] columns, ResultSet rows) throws SQLException {
        for (int i = 0; i < columns.length; i++) {
            set(record, columns[i], value(rows, i + 1, columns[i].getType()));
        }
        record.changed(false);
        return record;
    }

    /** Every remaining row, as records of {@code columns}. */
    public static Result<Record> all(DSLContext dsl, Field<?>[] columns, ResultSet rows) throws SQLException {
        Result<Record> result = dsl.newResult(columns);
        while (rows.next()) {
            result.add(into(dsl.newRecord(columns), columns, rows));
        }
        return result;
    }

    private static Object value(ResultSet rows, int column, Class<?> type) throws SQLException {
        return type == Object.class ? rows.getObject(column) : rows.getObject(column, type);
    }

    private static <T> void set(Record record, Field<T> column, Object value) {
        record.set(column, column.getType().cast(value));
    }
}
