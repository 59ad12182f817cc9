package dev.boomiemulator.db;

import java.util.function.Supplier;
import org.jooq.DSLContext;
import org.jooq.Query;

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

    RenderedSql(DSLContext dsl, Supplier<? extends Query> query) {
        this.dsl = dsl;
        this.query = query;
    }

    String get() {
        String rendered = sql;
        return rendered != null ? rendered : render();
    }

    /** Once: jOOQ's query objects are not made to be rendered by two threads at a time. */
    private synchronized String render() {
        if (sql == null) {
            sql = dsl.render(query.get());
            query = null;
        }
        return sql;
    }
}
