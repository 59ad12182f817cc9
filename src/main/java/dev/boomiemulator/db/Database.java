package dev.boomiemulator.db;

import dev.boomiemulator.db.jooq.DefaultSchema;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.SQLDialect;
import org.jooq.Table;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;

/**
 * One private in-memory H2 database per server (a unique name, so several servers share a JVM without
 * seeing each other), created from the same DDL scripts jOOQ generates its classes from.
 */
public final class Database implements AutoCloseable {
    /**
     * Applied in this order (the same files jOOQ generates its classes from); each area owns one script.
     * A script that does not exist is skipped.
     */
    static final List<String> SCHEMA_SCRIPTS = List.of(
            "db/001_core.sql",
            "db/010_platform.sql",
            "db/011_platform_runtime.sql",
            "db/012_integration_packs.sql",
            "db/013_connectors.sql",
            "db/020_connectnow.sql",
            "db/030_dataintegration.sql");

    private final JdbcConnectionPool pool;
    private final DSLContext dsl;

    public Database() {
        String url = "jdbc:h2:mem:emulator-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        pool = JdbcConnectionPool.create(url, "sa", "");
        pool.setMaxConnections(32);
        dsl = DSL.using(pool, SQLDialect.H2, new Settings().withExecuteLogging(false));
        createSchema();
    }

    public DSLContext dsl() {
        return dsl;
    }

    /** Drops every table and creates the schema again: the store as a fresh server has it. */
    public void recreate() {
        dsl.execute("DROP ALL OBJECTS");
        createSchema();
    }

    /** Removes every row that belongs to one account, in every table, inside the caller's transaction. */
    public static void deleteAccountData(DSLContext tx, String accountId) {
        for (Table<?> table : DefaultSchema.DEFAULT_SCHEMA.getTables()) {
            Field<?> owner = table.field("ACCOUNT_ID");
            if (owner != null) {
                tx.deleteFrom(table).where(owner.cast(String.class).eq(accountId)).execute();
            }
        }
        tx.deleteFrom(dev.boomiemulator.db.jooq.Tables.ACCOUNT)
                .where(dev.boomiemulator.db.jooq.Tables.ACCOUNT.ID.eq(accountId))
                .execute();
    }

    private void createSchema() {
        for (String script : SCHEMA_SCRIPTS) {
            String sql = readScript(script);
            if (!sql.isBlank()) {
                // plain JDBC: H2 runs a whole script in one statement, and jOOQ's templating stays out of DDL
                dsl.connection(connection -> {
                    try (var statement = connection.createStatement()) {
                        statement.execute(sql);
                    }
                });
            }
        }
    }

    private static String readScript(String resource) {
        try (InputStream in = Database.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                return "";
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read schema script " + resource, e);
        }
    }

    @Override
    public void close() {
        dsl.connection(connection -> {
            try (var statement = connection.createStatement()) {
                statement.execute("SHUTDOWN");
            } catch (java.sql.SQLException alreadyClosed) {
                // the database is gone either way
            }
        });
        pool.dispose();
    }
}
