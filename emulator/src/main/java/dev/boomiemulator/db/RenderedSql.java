package dev.boomiemulator.db;

import java.util.function.Supplier;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Query;
import org.jooq.ResultQuery;

/**
 * A query's SQL, rendered by jOOQ at its first run rather than when its statement is made. A server makes its
 * statements ({@link KeyLookup}, {@link PreparedRead}, {@link PreparedInsert}) while it starts, and a test class runs
 * a handful of them: rendering them all up front was a sixth of the CPU of a second embedded start in one JVM.
 */
final class RenderedSql {
    private final DSLContext dsl;
    /** Builds the query; dropped once rendered. */
    private Supplier<? extends Query> query;
    private volatile String sql;
    /** The columns a select selects, in order, worked out with its SQL (as costly as rendering it); null otherwise. */
    private Field<?>[] columns;

    RenderedSql(DSLContext dsl, Supplier<? extends Query> query) {
        this.dsl = dsl;
        this.query = query;
    }

    String get() {
        String rendered = sql;
        return rendered != null ? rendered : render();
    }

    /** The columns the query selects, in order: for a select. */
    Field<?>[] columns() {
        if (sql == null) {
            render();
        }
        return columns;
    }

    /** Once: jOOQ's query objects are not made to be rendered by two threads at a time. */
    private synchronized String render() {
        if (sql == null) {
            Query made = query.get();
            columns = made instanceof ResultQuery<?> select ? select.fields() : null;
            // written after the columns: a thread that reads the SQL (volatile) then sees them too
            sql = dsl.render(made);
            query = null;
        }
        return sql;
    }
}
