package dev.boomiemulator.db;

import static dev.boomiemulator.db.jooq.Tables.EMULATOR_ROW_COUNT;

import dev.boomiemulator.db.jooq.DefaultSchema;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.h2.api.Trigger;
import org.jooq.Field;
import org.jooq.Index;
import org.jooq.SortField;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * How many rows each account holds in each table paged by account, kept as the rows are written, so that a Platform
 * query with no filter gives its {@code numberOfResults} by key: counting the account's rows read every one of them
 * (16 ms at 100,000 environments, 150 ms at a million), the one part of the first page that grew with the table.
 *
 * <p>A table is counted when an index pages it by account: on {@code (ACCOUNT_ID, SEQ)}, or on
 * {@code (ACCOUNT_ID, OBJECT_TYPE, SEQ)} for a table holding several kinds of object ({@code PLATFORM_OBJECT}),
 * counted per type. H2 runs {@link CountTrigger} after each inserted, deleted or re-keyed row,
 * inside the writing statement, so a count commits and rolls back with its rows, and every way of writing (a request,
 * a fixture load, a reset copying rows back, a state document) keeps it. A writer already holds its account's lock
 * ({@link Transactions}), so the count's row adds no wait. A private in-memory H2 database starts empty, with the
 * triggers in place before the first row; PostgreSQL runs no Java, and keeps the counts with PL/pgSQL triggers instead
 * ({@link PostgresRowCounts}); an H2 database given by URL (which may hold rows from before) keeps none, and there the
 * query engine counts.
 */
public final class RowCounts {
    private static final String ACCOUNT = "ACCOUNT_ID";
    private static final String SEQ = "SEQ";
    private static final String KIND = "OBJECT_TYPE";
    /** The counted tables, each with the column its count is kept per (null: the table holds one kind). */
    private static final Map<Table<?>, Field<?>> COUNTED = counted();

    private final boolean kept;

    private RowCounts(boolean kept) {
        this.kept = kept;
    }

    /** Counts kept by triggers: on H2 {@link #triggersSql()}, run before the first row; {@link PostgresRowCounts}. */
    static RowCounts kept() {
        return new RowCounts(true);
    }

    /** No counts: the reader counts rows. */
    public static RowCounts none() {
        return new RowCounts(false);
    }

    /**
     * The number of {@code accountId}'s rows in {@code table} (of {@code kind} in {@code kindColumn}, when given), as
     * a scalar subquery to read in the same statement as whatever it must agree with; empty when not kept here. The
     * account is the caller's bind value; the table and kind are written into the SQL, as they are the same in every
     * statement of one shape (the query engine keeps each shape's SQL).
     */
    public Optional<Field<Long>> of(Table<?> table, Field<String> kindColumn, Field<String> accountId, String kind) {
        if (!kept || !COUNTED.containsKey(table) || !sameColumn(COUNTED.get(table), kindColumn)) {
            return Optional.empty();
        }
        Field<Long> total = DSL.field(DSL.select(EMULATOR_ROW_COUNT.TOTAL).from(EMULATOR_ROW_COUNT)
                .where(EMULATOR_ROW_COUNT.TABLE_NAME.eq(DSL.inline(table.getName())))
                .and(EMULATOR_ROW_COUNT.ACCOUNT_ID.eq(accountId))
                .and(EMULATOR_ROW_COUNT.KIND.eq(DSL.inline(kindColumn == null ? "" : kind))));
        return Optional.of(DSL.coalesce(total, DSL.inline(0L)));
    }

    private static boolean sameColumn(Field<?> counted, Field<?> asked) {
        return counted == null ? asked == null : asked != null && counted.getName().equals(asked.getName());
    }

    /** The statements that make H2 keep the counts: one row trigger per counted table. */
    List<String> triggersSql() {
        if (!kept) {
            return List.of();
        }
        return COUNTED.keySet().stream().map(table -> "CREATE TRIGGER IF NOT EXISTS \"ROW_COUNT|" + table.getName()
                + "\" AFTER INSERT, UPDATE, DELETE ON PUBLIC.\"" + table.getName() + "\" FOR EACH ROW CALL \""
                + CountTrigger.class.getName() + "\"").toList();
    }

    /** The counted tables, each with the column its count is kept per (null: one count per account). */
    static Map<Table<?>, Field<?>> countedTables() {
        return java.util.Collections.unmodifiableMap(COUNTED);
    }

    private static Map<Table<?>, Field<?>> counted() {
        Map<Table<?>, Field<?>> counted = new HashMap<>();
        for (Table<?> table : StoreTables.data()) {
            for (Index index : table.getIndexes()) {
                List<String> columns = index.getFields().stream().map(SortField::getName).toList();
                if (columns.equals(List.of(ACCOUNT, SEQ))) {
                    counted.putIfAbsent(table, null);
                } else if (columns.equals(List.of(ACCOUNT, KIND, SEQ))) {
                    counted.put(table, table.field(KIND));
                }
            }
        }
        return counted;
    }

    /** The row trigger H2 runs after each written row of a counted table: moves the count of the row's key. */
    public static final class CountTrigger implements Trigger {
        private static final String ADD = "UPDATE PUBLIC.EMULATOR_ROW_COUNT SET TOTAL = TOTAL + ? "
                + "WHERE TABLE_NAME = ? AND ACCOUNT_ID = ? AND KIND = ?";
        private static final String FIRST = "INSERT INTO PUBLIC.EMULATOR_ROW_COUNT (TABLE_NAME, ACCOUNT_ID, KIND, TOTAL) "
                + "VALUES (?, ?, ?, ?)";
        private String table;
        private int account = -1;
        private int kind = -1;

        @Override
        public void init(Connection connection, String schema, String trigger, String tableName, boolean before,
                         int type) {
            this.table = tableName;
            Table<?> known = DefaultSchema.DEFAULT_SCHEMA.getTable(tableName);
            List<Field<?>> columns = List.of(known.fields());
            account = columns.indexOf(known.field(ACCOUNT));
            Field<?> kindColumn = COUNTED.get(known);
            kind = kindColumn == null ? -1 : columns.indexOf(known.field(kindColumn.getName()));
        }

        @Override
        public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
            Key before = oldRow == null ? null : key(oldRow);
            Key after = newRow == null ? null : key(newRow);
            if (Objects.equals(before, after)) {
                return; // an update that keeps the row's account and kind
            }
            if (before != null) {
                add(connection, before, -1);
            }
            if (after != null) {
                add(connection, after, 1);
            }
        }

        private Key key(Object[] row) {
            return new Key((String) row[account], kind < 0 ? "" : (String) row[kind]);
        }

        private void add(Connection connection, Key key, long delta) throws SQLException {
            try (PreparedStatement add = connection.prepareStatement(ADD)) {
                add.setLong(1, delta);
                add.setString(2, table);
                add.setString(3, key.account());
                add.setString(4, key.kind());
                if (add.executeUpdate() > 0) {
                    return;
                }
            }
            try (PreparedStatement first = connection.prepareStatement(FIRST)) {
                first.setString(1, table);
                first.setString(2, key.account());
                first.setString(3, key.kind());
                first.setLong(4, delta);
                first.executeUpdate();
            }
        }

        private record Key(String account, String kind) {
        }
    }
}
