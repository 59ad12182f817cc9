package dev.boomiemulator.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One SQL statement, prepared once on each pooled connection and run again from then on. This is for SQL that H2
 * would otherwise parse and plan on every run: its session's query cache leaves out a {@code select ... for update}
 * (H2's {@code Select.isCacheable}), and every write takes the account's lock with one, inside the account's turn.
 *
 * <p>The statement is prepared on the physical connection, not on the pool's handle: HikariCP closes the statements
 * of a handle when the handle goes back to the pool, and a physical connection outlives its handles. A connection is
 * used by one thread at a time, so its statement is too. H2 plans a prepared statement again by itself when a
 * table it reads changes shape (the snapshot's DDL). A statement whose connection the pool has closed is dropped
 * when the next one is prepared.
 */
final class StatementPerConnection {
    private final RenderedSql sql;
    private final Map<Connection, PreparedStatement> prepared = new ConcurrentHashMap<>();

    StatementPerConnection(RenderedSql sql) {
        this.sql = sql;
    }

    /** The statement on {@code connection}'s physical connection, prepared now if it is the first use there. */
    PreparedStatement on(Connection connection) throws SQLException {
        Connection physical = connection.unwrap(Connection.class);
        PreparedStatement statement = prepared.get(physical);
        if (statement == null || statement.isClosed()) {
            prepared.entrySet().removeIf(known -> isClosed(known.getValue()));
            statement = physical.prepareStatement(sql.get());
            prepared.put(physical, statement);
        }
        return statement;
    }

    /** How many connections hold the statement now (for the tests). */
    int preparedOn() {
        return prepared.size();
    }

    private static boolean isClosed(PreparedStatement statement) {
        try {
            return statement.isClosed() || statement.getConnection().isClosed();
        } catch (SQLException closed) {
            return true;
        }
    }
}
