package dev.boomiemulator.sharedinstance;

import static dev.boomiemulator.db.jooq.Tables.ACCOUNT;
import static dev.boomiemulator.db.jooq.Tables.ENVIRONMENT;
import static dev.boomiemulator.db.jooq.Tables.PLATFORM_OBJECT_TEXT_VALUE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.boomiemulator.db.Database;
import dev.boomiemulator.db.DatabaseSettings;
import dev.boomiemulator.support.LocalPostgres;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * On a PostgreSQL database whose collation is not C (here C.UTF-8; en_US.UTF-8 in the official image behaves alike),
 * a QueryFilter's prefix LIKE is still read as a range of its column's index: the store's text compares in code
 * point order, as on H2. Under the database's own collation PostgreSQL cannot use a btree index for LIKE, and the
 * first page of a LIKE query walked every value of the property. Skipped where PostgreSQL or the locale is missing.
 */
class PostgresTextOrderTest {
    private static final int ROWS = 3_000;
    private String server;
    private String name;
    private Database database;

    @BeforeEach
    void databaseWithALocale() {
        Assumptions.assumeTrue(LocalPostgres.server().isPresent(), "PostgreSQL is not installed here");
        server = LocalPostgres.server().get();
        name = "emulator_locale_" + UUID.randomUUID().toString().replace("-", "");
        try {
            run("CREATE DATABASE " + name + " TEMPLATE template0 LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8'");
        } catch (SQLException e) {
            Assumptions.abort("PostgreSQL has no C.UTF-8 locale here: " + e.getMessage());
        }
        int path = server.indexOf('/', "jdbc:postgresql://".length());
        database = new Database(DatabaseSettings.of(server.substring(0, path) + "/" + name)
                .withUser(LocalPostgres.user()));
        database.createSchema();
    }

    @AfterEach
    void drop() throws SQLException {
        if (database != null) {
            database.close();
            run("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        }
    }

    @Test
    void a_prefix_like_on_a_named_object_reads_its_index() {
        DSLContext dsl = database.dsl();
        dsl.insertInto(ACCOUNT).set(ACCOUNT.ID, "a").set(ACCOUNT.NAME, "a").set(ACCOUNT.STATUS, "active")
                .set(ACCOUNT.DATE_CREATED, OffsetDateTime.now(ZoneOffset.UTC)).execute();
        var insert = dsl.insertInto(ENVIRONMENT, ENVIRONMENT.ACCOUNT_ID, ENVIRONMENT.ID, ENVIRONMENT.NAME,
                ENVIRONMENT.CLASSIFICATION, ENVIRONMENT.CLASSIFICATION_CANONICAL, ENVIRONMENT.CREATED_DATE);
        for (int i = 0; i < ROWS; i++) {
            insert = insert.values("a", "env-" + i, "Item " + i, "PROD", "PROD", OffsetDateTime.now(ZoneOffset.UTC));
        }
        insert.execute();
        dsl.execute("ANALYZE");

        String plan = plan(dsl, dsl.selectCount().from(ENVIRONMENT)
                .where(ENVIRONMENT.ACCOUNT_ID.eq("a")).and(ENVIRONMENT.NAME.like("Item 1%")).getSQL(
                        org.jooq.conf.ParamType.INLINED));

        assertThat(plan).containsPattern("Index Cond: .*\\(name\\)::text >= 'Item 1'");
    }

    @Test
    void a_prefix_like_on_a_generic_objects_property_reads_its_index() {
        DSLContext dsl = database.dsl();
        var insert = dsl.insertInto(PLATFORM_OBJECT_TEXT_VALUE, PLATFORM_OBJECT_TEXT_VALUE.OBJECT_SEQ,
                PLATFORM_OBJECT_TEXT_VALUE.PROPERTY, PLATFORM_OBJECT_TEXT_VALUE.POSITION, PLATFORM_OBJECT_TEXT_VALUE.OBJECT_TYPE,
                PLATFORM_OBJECT_TEXT_VALUE.TEXT_VALUE);
        for (int i = 0; i < ROWS; i++) {
            insert = insert.values((long) i, "name", 0, "Folder", "Item " + i);
        }
        insert.execute();
        dsl.execute("ANALYZE");

        String plan = plan(dsl, dsl.selectCount().from(PLATFORM_OBJECT_TEXT_VALUE)
                .where(PLATFORM_OBJECT_TEXT_VALUE.OBJECT_TYPE.eq("Folder")).and(PLATFORM_OBJECT_TEXT_VALUE.PROPERTY.eq("name"))
                .and(PLATFORM_OBJECT_TEXT_VALUE.TEXT_VALUE.like("Item 1%")).getSQL(org.jooq.conf.ParamType.INLINED));

        assertThat(plan).containsPattern("Index Cond: .*\\(text_value\\)::text >= 'Item 1'");
    }

    /** How PostgreSQL would read {@code select}, told a table scan is the last resort: the plan then shows what the
     * indexes can serve, whatever the size of these tables makes cheapest. */
    private static String plan(DSLContext dsl, String select) {
        return dsl.transactionResult(tx -> {
            tx.dsl().execute("SET LOCAL enable_seqscan = off");
            return String.join("\n", tx.dsl().fetch("EXPLAIN " + select).into(String.class));
        });
    }

    private void run(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(server, LocalPostgres.user(), null);
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
