package dev.boomiemulator.db;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.function.Supplier;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Result;
import org.jooq.Table;

/**
 * Rows read from a JDBC result straight into jOOQ records, column by column, by each column's Java type. Handed to
 * jOOQ ({@code DSLContext.fetch(ResultSet, ...)}), the read went through its cursor, its execute listeners and a
 * binding per value: half of a get by key, and a few percent of a query. No generated column has a converter or a
 * binding of its own, so JDBC's types are the ones jOOQ would give; a number is read as the driver gives it and
 * converted to the column's type (PostgreSQL's driver converts no integer width to another), and a column of no
 * declared type comes back as JDBC's own object.
 */
public final class JdbcRows {
    /**
     * Whether a column's Java type is a number, worked out once per type: {@code Class.isAssignableFrom}, asked for
     * every value read, is a native call in C1's code, 4.5% of the CPU of a page of 100 ExecutionRecords.
     */
    private static final ClassValue<Boolean> NUMBER_TYPES = new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> type) {
            return Number.class.isAssignableFrom(type);
        }
    };

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
        return readInto(dsl.newResult(columns), () -> dsl.newRecord(columns), columns, rows);
    }

    /** Every remaining row, as records of {@code table}, whose columns the result's are, in order. */
    public static <R extends Record> Result<R> all(DSLContext dsl, Table<R> table, ResultSet rows) throws SQLException {
        return readInto(dsl.newResult(table), () -> dsl.newRecord(table), table.fields(), rows);
    }

    private static <R extends Record> Result<R> readInto(Result<R> result, Supplier<R> newRecord, Field<?>[] columns,
            ResultSet rows) throws SQLException {
        while (rows.next()) {
            result.add(into(newRecord.get(), columns, rows));
        }
        return result;
    }

    /**
     * Runs a prepared query with {@code values} bound to its parameters in order, and reads its rows while they are open:
     * what every read whose SQL is kept ({@link KeyLookup}, {@link PreparedRead}, the query engine's) does with it.
     */
    public static <T> T query(PreparedStatement statement, Object[] values, Reader<T> reader) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            statement.setObject(i + 1, values[i]);
        }
        try (ResultSet rows = statement.executeQuery()) {
            return reader.read(rows);
        }
    }

    /** What is made of a JDBC result, read while it is open. */
    @FunctionalInterface
    public interface Reader<T> {
        T read(ResultSet rows) throws SQLException;
    }

    private static Object value(ResultSet rows, int column, Class<?> type) throws SQLException {
        if (type == Object.class) {
            return rows.getObject(column);
        }
        if (NUMBER_TYPES.get(type)) {
            // PostgreSQL's driver reads an int8 as a Long only, and a count(*) is an int8 where jOOQ types it Integer
            return number(rows.getObject(column), type);
        }
        return rows.getObject(column, type);
    }

    private static Object number(Object value, Class<?> type) {
        if (value == null || type.isInstance(value) || !(value instanceof Number number)) {
            return value;
        }
        if (type == Integer.class) {
            return number.intValue();
        }
        if (type == Long.class) {
            return number.longValue();
        }
        if (type == Short.class) {
            return number.shortValue();
        }
        if (type == Double.class) {
            return number.doubleValue();
        }
        if (type == BigDecimal.class) {
            return new BigDecimal(number.toString());
        }
        return value;
    }

    private static <T> void set(Record record, Field<T> column, Object value) {
        record.set(column, column.getType().cast(value));
    }
}
