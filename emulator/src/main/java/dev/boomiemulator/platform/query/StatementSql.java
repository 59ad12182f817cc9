package dev.boomiemulator.platform.query;

import dev.boomiemulator.db.JdbcRows;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Param;
import org.jooq.Record;
import org.jooq.Result;
import org.jooq.ResultQuery;
import org.jooq.Table;

/**
 * The SQL of each statement shape the query engine runs, rendered once per server. jOOQ renders a statement's SQL
 * afresh every time it runs; for a filtered query that was a fifth of the request's CPU in a JFR profile (more than
 * H2 spent running the statements), and jOOQ's own advice is to keep the SQL and bind new values. A statement is
 * still built with jOOQ, as before, with every varying value made through {@link Binds}; the caller names its shape
 * (everything the SQL depends on), and the values are bound into the SQL first rendered for that shape, at the
 * positions where that statement bound its values.
 *
 * <p>A shape comes from the caller's filter, so there is no bound on how many a client can make: past
 * {@value #MAX_SHAPES} the SQL is forgotten and rendered again as shapes recur.
 */
final class StatementSql {
    /**
     * Set in the test suites: a statement served from the cache is also rendered, and must give the same SQL and bind
     * the same values, so a shape that leaves out something its SQL depends on fails there, not in a user's hands.
     */
    static final boolean CHECKED = Boolean.getBoolean("boomi.emulator.checkStatementSql");
    private static final int MAX_SHAPES = 1024;

    private final DSLContext dsl;
    private final Map<Object, Rendered> rendered = new ConcurrentHashMap<>();

    StatementSql(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * The rows of the statement {@code query} builds, a statement of {@code shape} whose every value is already made
     * in {@code binds}. Once its shape's SQL is kept, the statement is not even built: building a select around a
     * derived table or a scalar subquery cost a quarter of the engine's time in an async-profiler profile.
     */
    Result<? extends Record> fetch(Object shape, Binds binds, Supplier<? extends ResultQuery<?>> query) {
        Rendered sql = kept(shape, binds, query);
        if (sql.positions() == null) {
            return query.get().fetch();
        }
        return run(sql, binds, rows -> JdbcRows.all(dsl, sql.fields(), rows));
    }

    /**
     * {@link #fetch}, for a statement that selects every column of {@code table} in order (from the table or from a
     * derived table of its rows): its rows read straight into {@code table}'s records, not copied into them after.
     */
    <R extends Record> Result<R> fetchInto(Object shape, Binds binds, Table<R> table,
                                           Supplier<? extends ResultQuery<?>> query) {
        Rendered sql = kept(shape, binds, query);
        if (sql.positions() == null || !sql.selects(table)) {
            return query.get().fetch().into(table);
        }
        return run(sql, binds, rows -> JdbcRows.all(dsl, table, rows));
    }

    /** The SQL kept for {@code shape}, rendered from {@code query} the first time (and checked against it in tests). */
    private Rendered kept(Object shape, Binds binds, Supplier<? extends ResultQuery<?>> query) {
        Rendered sql = rendered.get(shape);
        if (sql == null) {
            sql = Rendered.of(dsl, query.get(), binds);
            if (rendered.size() >= MAX_SHAPES) {
                rendered.clear();
            }
            rendered.put(shape, sql);
        } else if (CHECKED) {
            sql.check(dsl, query.get(), binds, shape);
        }
        return sql;
    }

    /**
     * Runs kept SQL through JDBC. Handed to jOOQ as plain SQL, it would be parsed as a template each time, which cost
     * nearly what rendering did; the rows are read into records by {@link JdbcRows}, by their columns' types.
     */
    private <T> T run(Rendered sql, Binds binds, JdbcRows.Reader<T> reader) {
        return dsl.connectionResult(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql.sql())) {
                return JdbcRows.query(statement, sql.values(binds), reader);
            }
        });
    }

    /**
     * A statement's SQL, its columns, and for each of its bind positions the index of the value {@link Binds} made for
     * it; no positions when the statement binds a value made elsewhere, which could differ between statements of a
     * shape. (The columns are kept too: a select works them out afresh each time it is asked, as costly as rendering.)
     */
    private record Rendered(String sql, Field<?>[] fields, int[] positions) {
        static Rendered of(DSLContext dsl, ResultQuery<?> query, Binds binds) {
            String sql = dsl.render(query);
            // jOOQ names each unnamed value by its place (1, 2, ...) among them all, values written into the SQL too
            Map<String, Param<?>> params = query.getParams();
            List<Integer> positions = new ArrayList<>();
            for (int place = 1; place <= params.size(); place++) {
                Param<?> param = params.get(String.valueOf(place));
                if (param != null && param.isInline()) {
                    continue;
                }
                int made = indexOf(binds.made(), param);
                if (made < 0) {
                    if (CHECKED) {
                        throw new IllegalStateException("a query statement binds a value not made through Binds: "
                                + params + " in " + sql);
                    }
                    return new Rendered(sql, null, null);
                }
                positions.add(made);
            }
            return new Rendered(sql, query.fields(), positions.stream().mapToInt(Integer::intValue).toArray());
        }

        /** Whether this statement's columns are {@code table}'s, in order (possibly qualified by a derived table). */
        boolean selects(Table<?> table) {
            Field<?>[] columns = table.fields();
            if (columns.length != fields.length) {
                return false;
            }
            for (int i = 0; i < columns.length; i++) {
                if (!columns[i].getName().equals(fields[i].getName())
                        || !columns[i].getType().equals(fields[i].getType())) {
                    return false;
                }
            }
            return true;
        }

        private static int indexOf(List<Param<?>> made, Param<?> param) {
            for (int i = 0; i < made.size(); i++) {
                if (made.get(i) == param) {
                    return i;
                }
            }
            return -1;
        }

        /** The values to bind, in the order of the SQL's bind positions. */
        Object[] values(Binds binds) {
            Object[] values = new Object[positions.length];
            for (int i = 0; i < positions.length; i++) {
                values[i] = binds.made().get(positions[i]).getValue();
            }
            return values;
        }

        /**
         * Throws unless this SQL is what {@code query} (a statement of {@code shape}) renders now, and the values it
         * binds from {@code binds} are the ones jOOQ would bind.
         */
        void check(DSLContext dsl, ResultQuery<?> query, Binds binds, Object shape) {
            String now = dsl.render(query);
            List<Object> expected = dsl.extractBindValues(query);
            boolean fits = Arrays.stream(positions).allMatch(position -> position < binds.made().size());
            List<Object> bound = fits ? Arrays.asList(values(binds)) : List.of("(more values than were made)");
            if (!sql.equals(now) || !Objects.equals(expected, bound)) {
                throw new IllegalStateException("statement " + shape + " renders\n" + now + " binding " + expected
                        + "\nbut its kept SQL is\n" + sql + " binding " + bound);
            }
        }
    }
}
