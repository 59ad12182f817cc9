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
    }

    public DSLContext dsl() {
        return dsl;
    }

    /**
     * Copies every table into the {@code SNAPSHOT} schema: the state {@link #restore()} returns to.
     * Restoring a copy is far cheaper than loading the fixture documents again, which matters because
     * tests reset before every method.
     */
    public void snapshot() {
        dsl.transaction(tx -> {
            DSLContext t = tx.dsl();
            t.execute("DROP SCHEMA IF EXISTS SNAPSHOT CASCADE");
            t.execute("CREATE SCHEMA SNAPSHOT");
            for (Table<?> table : DefaultSchema.DEFAULT_SCHEMA.getTables()) {
                t.execute("CREATE TABLE SNAPSHOT.{0} AS SELECT * FROM PUBLIC.{0}", DSL.name(table.getName()));
            }
        });
    }

    /** Every table back to the snapshot, identities included. */
    public void restore() {
        dsl.transaction(tx -> {
            DSLContext t = tx.dsl();
            for (Table<?> table : DefaultSchema.DEFAULT_SCHEMA.getTables()) {
                t.execute("DELETE FROM PUBLIC.{0}", DSL.name(table.getName()));
                t.execute("INSERT INTO PUBLIC.{0} SELECT * FROM SNAPSHOT.{0}", DSL.name(table.getName()));
                if (table.getIdentity() != null) {
                    Long highest = t.select(DSL.max(table.getIdentity().getField().cast(Long.class))).from(table).fetchOne(0, Long.class);
                    t.execute("ALTER TABLE PUBLIC.{0} ALTER COLUMN {1} RESTART WITH " + (highest == null ? 1 : highest + 1),
                            DSL.name(table.getName()), DSL.name(table.getIdentity().getField().getName()));
                }
            }
        });
    }

    /**
     * One account's rows back to the snapshot, other accounts untouched. Restored rows keep their
     * snapshot identities, which no later row can have taken (identities only grow).
     */
    public void restoreAccount(String accountId) {
        dsl.transaction(tx -> {
            DSLContext t = tx.dsl();
            deleteAccountData(t, accountId);
            for (Table<?> table : DefaultSchema.DEFAULT_SCHEMA.getTables()) {
                String owner = table == dev.boomiemulator.db.jooq.Tables.ACCOUNT ? "ID"
                        : table.field("ACCOUNT_ID") != null ? "ACCOUNT_ID" : null;
                if (owner != null) {
                    t.execute("INSERT INTO PUBLIC.{0} SELECT * FROM SNAPSHOT.{0} WHERE {1} = {2}",
                            DSL.name(table.getName()), DSL.name(owner), DSL.val(accountId));
                }
            }
        });
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

    /** Creates the tables; called once, before the first use of the store. */
    public void createSchema() {
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
