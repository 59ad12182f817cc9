package dev.boomiemulator.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jooq.DSLContext;
import org.jooq.ExecuteListenerProvider;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * An insert of one row into one table, its SQL rendered once and run through JDBC on jOOQ's connection (the open
 * transaction's, if any), as {@link KeyLookup} does for reads. jOOQ renders, binds and listens to a statement anew on
 * every run: for a create, whose inserts run one after the other inside the account's turn, that was over half of
 * each insert's CPU. The values are bound as parameters as before.
 *
 * <p>jOOQ's listeners do not see these statements, so the ones that watch writes ({@link ChangedTables}, for what a
 * reset copies back, and {@link TableVersions}, for the caches) are told of each insert here, as jOOQ would tell them:
 * before it runs and once it has.
 */
public final class PreparedInsert {
    private final DSLContext dsl;
    private final Table<?> table;
    /** The table's name as the write listeners know it (upper case, as {@link WrittenTables} reports it). */
    private final String tableName;
    private final List<Field<?>> columns;
    /** The generated column to return (its name as the database spells it); null for none. */
    private final String[] generatedKey;
    private final List<WriteListener> listeners;
    private final RenderedSql sql;

    private PreparedInsert(DSLContext dsl, Table<?> table, List<Field<?>> columns, Field<Long> generatedKey) {
        this.dsl = dsl;
        this.table = table;
        this.tableName = table.getName().toUpperCase(Locale.ROOT);
        this.columns = columns;
        this.generatedKey = generatedKey == null ? null : new String[] {dsl.render(generatedKey.getUnqualifiedName())
                .replace("\"", "")};
        this.listeners = writeListeners(dsl);
        this.sql = new RenderedSql(dsl, () -> {
            List<Field<?>> parameters = new ArrayList<>();
            columns.forEach(column -> parameters.add(DSL.param(column.getName(), column.getDataType())));
            return dsl.insertInto(table).columns(columns).values(parameters);
        });
    }

    /** An insert of {@code columns} into {@code table}; the values of each row come in the same order. */
    public static PreparedInsert into(DSLContext dsl, Table<?> table, Field<?>... columns) {
        return new PreparedInsert(dsl, table, List.of(columns), null);
    }

    /** The same insert, returning the value the database generates for {@code key} (an identity column). */
    public PreparedInsert returning(Field<Long> key) {
        return new PreparedInsert(dsl, table, columns, key);
    }

    /** Inserts one row. */
    public void insert(Object... values) {
        run(List.<Object[]>of(values), false);
    }

    /** Inserts one row. @return the generated key ({@link #returning}) */
    public long insertReturningKey(Object... values) {
        return run(List.<Object[]>of(values), true);
    }

    /** Inserts the rows in one JDBC batch: the statement is prepared once for all of them. */
    public void insertAll(List<Object[]> rows) {
        if (!rows.isEmpty()) {
            run(rows, false);
        }
    }

    private long run(List<Object[]> rows, boolean returningKey) {
        if (returningKey && generatedKey == null) {
            throw new IllegalStateException("no generated key asked for: use returning(key)");
        }
        listeners.forEach(listener -> listener.writing(tableName));
        try {
            return dsl.connectionResult(connection -> {
                try (PreparedStatement statement = prepare(connection, returningKey)) {
                    if (rows.size() == 1) {
                        bind(statement, rows.get(0));
                        statement.executeUpdate();
                    } else {
                        for (Object[] row : rows) {
                            bind(statement, row);
                            statement.addBatch();
                        }
                        statement.executeBatch();
                    }
                    return returningKey ? generatedKey(statement) : -1L;
                }
            });
        } finally {
            listeners.forEach(listener -> listener.written(tableName));
        }
    }

    private PreparedStatement prepare(Connection connection, boolean returningKey) throws SQLException {
        String rendered = sql.get();
        return returningKey ? connection.prepareStatement(rendered, generatedKey) : connection.prepareStatement(rendered);
    }

    private void bind(PreparedStatement statement, Object[] row) throws SQLException {
        if (row.length != columns.size()) {
            throw new IllegalArgumentException(columns.size() + " values expected, got " + row.length);
        }
        for (int i = 0; i < row.length; i++) {
            if (row[i] == null) {
                statement.setNull(i + 1, columns.get(i).getDataType().getSQLType());
            } else {
                statement.setObject(i + 1, row[i]);
            }
        }
    }

    private static long generatedKey(PreparedStatement statement) throws SQLException {
        try (ResultSet keys = statement.getGeneratedKeys()) {
            if (!keys.next()) {
                throw new SQLException("the insert returned no generated key");
            }
            return keys.getLong(1);
        }
    }

    private static List<WriteListener> writeListeners(DSLContext dsl) {
        List<WriteListener> found = new ArrayList<>();
        for (ExecuteListenerProvider provider : dsl.configuration().executeListenerProviders()) {
            if (provider.provide() instanceof WriteListener listener) {
                found.add(listener);
            }
        }
        return List.copyOf(found);
    }

    /** A listener to jOOQ's writes that also hears of the inserts made here. Table names are upper case. */
    interface WriteListener {
        /** Before the insert runs. */
        void writing(String table);

        /** After it ran, or failed. */
        void written(String table);
    }
}
