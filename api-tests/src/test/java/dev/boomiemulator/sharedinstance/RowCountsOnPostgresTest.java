package dev.boomiemulator.sharedinstance;

import static dev.boomiemulator.db.jooq.Tables.ACCOUNT;
import static dev.boomiemulator.db.jooq.Tables.EMULATOR_ROW_COUNT;
import static dev.boomiemulator.db.jooq.Tables.ENVIRONMENT;
import static dev.boomiemulator.db.jooq.Tables.PLATFORM_OBJECT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.boomiemulator.db.Database;
import dev.boomiemulator.db.DatabaseSettings;
import dev.boomiemulator.support.LocalPostgres;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The row counts an unfiltered query reads its {@code numberOfResults} from, on PostgreSQL (H2's are
 * emulator/.../db/RowCountsTest): they equal the rows after inserts, deletes, updates that move rows to another
 * account or object type, a rolled-back transaction, both restores; and a database holding rows from before its
 * triggers has them counted when an emulator starts on it. Skipped where PostgreSQL is not installed.
 */
class RowCountsOnPostgresTest {
    private final List<Database> opened = new ArrayList<>();
    private String url;
    private Database database;
    private DSLContext dsl;

    @BeforeEach
    void twoAccounts() {
        Assumptions.assumeTrue(LocalPostgres.server().isPresent(), "PostgreSQL is not installed here");
        url = LocalPostgres.newDatabase();
        database = open();
        dsl = database.dsl();
        for (String account : List.of("a", "b")) {
            dsl.insertInto(ACCOUNT).set(ACCOUNT.ID, account).set(ACCOUNT.NAME, account).set(ACCOUNT.STATUS, "active")
                    .set(ACCOUNT.DATE_CREATED, OffsetDateTime.now(ZoneOffset.UTC)).execute();
        }
    }

    private Database open() {
        Database opening = new Database(DatabaseSettings.of(url).withUser(LocalPostgres.user()));
        opened.add(opening);
        opening.createSchema();
        return opening;
    }

    @AfterEach
    void close() {
        opened.forEach(Database::close);
    }

    @Test
    void counts_follow_inserts_deletes_updates_and_a_rolled_back_transaction() {
        for (int i = 0; i < 5; i++) {
            environment("a", "a-" + i);
            object("a", i % 2 == 0 ? "Folder" : "Role", "o-" + i);
        }
        environment("b", "b-0");
        assertThat(kept()).containsEntry("ENVIRONMENT a ", 5L).containsEntry("ENVIRONMENT b ", 1L)
                .containsEntry("PLATFORM_OBJECT a Folder", 3L).containsEntry("PLATFORM_OBJECT a Role", 2L);

        dsl.deleteFrom(ENVIRONMENT).where(ENVIRONMENT.ID.in("a-0", "a-1")).execute();
        dsl.update(ENVIRONMENT).set(ENVIRONMENT.ACCOUNT_ID, "b").where(ENVIRONMENT.ID.eq("a-2")).execute();
        dsl.update(ENVIRONMENT).set(ENVIRONMENT.NAME, "Renamed").where(ENVIRONMENT.ACCOUNT_ID.eq("a")).execute();
        dsl.update(PLATFORM_OBJECT).set(PLATFORM_OBJECT.OBJECT_TYPE, "Role").where(PLATFORM_OBJECT.ID.eq("o-0"))
                .execute();
        assertThatThrownBy(() -> dsl.transaction(() -> {
            environment("a", "rolled-back");
            throw new IllegalStateException("rolled back");
        })).hasMessageContaining("rolled back");

        assertThat(kept()).containsEntry("ENVIRONMENT a ", 2L).containsEntry("ENVIRONMENT b ", 2L)
                .containsEntry("PLATFORM_OBJECT a Role", 3L);
        assertThat(nonZero(kept())).isEqualTo(rows());
    }

    @Test
    void both_restores_leave_the_counts_equal_to_the_rows() {
        environment("a", "a-kept");
        object("b", "Folder", "b-kept");
        database.snapshot();
        environment("a", "a-new");
        object("b", "Folder", "b-new");
        dsl.deleteFrom(ENVIRONMENT).where(ENVIRONMENT.ID.eq("a-kept")).execute();

        database.restoreAccount("a", tx -> { });
        assertThat(kept()).containsEntry("ENVIRONMENT a ", 1L).containsEntry("PLATFORM_OBJECT b Folder", 2L);
        database.restore(tx -> { });
        assertThat(kept()).containsEntry("ENVIRONMENT a ", 1L).containsEntry("PLATFORM_OBJECT b Folder", 1L);
        assertThat(nonZero(kept())).isEqualTo(rows());
    }

    @Test
    void rows_written_before_the_triggers_are_counted_when_an_emulator_starts_on_the_database() {
        // a database as an emulator without the triggers left it: rows, and no counts
        for (String event : List.of("insert", "update", "delete")) {
            dsl.execute("DROP TRIGGER emulator_count_" + event + " ON environment");
        }
        dsl.deleteFrom(EMULATOR_ROW_COUNT).execute();
        environment("a", "before-1");
        environment("a", "before-2");
        environment("b", "before-3");
        assertThat(kept()).isEmpty();

        open(); // another emulator starts on it: its schema step makes the triggers, and counts what is there
        environment("a", "after");

        assertThat(kept()).containsEntry("ENVIRONMENT a ", 3L).containsEntry("ENVIRONMENT b ", 1L);
        assertThat(nonZero(kept())).isEqualTo(rows());
    }

    private void environment(String account, String id) {
        dsl.insertInto(ENVIRONMENT).set(ENVIRONMENT.ACCOUNT_ID, account).set(ENVIRONMENT.ID, id)
                .set(ENVIRONMENT.NAME, id).set(ENVIRONMENT.CLASSIFICATION, "TEST")
                .set(ENVIRONMENT.CLASSIFICATION_CANONICAL, "TEST")
                .set(ENVIRONMENT.CREATED_DATE, OffsetDateTime.now(ZoneOffset.UTC)).execute();
    }

    private void object(String account, String type, String id) {
        dsl.insertInto(PLATFORM_OBJECT).set(PLATFORM_OBJECT.ACCOUNT_ID, account)
                .set(PLATFORM_OBJECT.OBJECT_TYPE, type).set(PLATFORM_OBJECT.ID, id).set(PLATFORM_OBJECT.BODY, "{}")
                .execute();
    }

    /** "TABLE account kind" to the kept count. */
    private Map<String, Long> kept() {
        Map<String, Long> kept = new TreeMap<>();
        dsl.selectFrom(EMULATOR_ROW_COUNT).fetch().forEach(row -> kept.put(
                row.getTableName() + " " + row.getAccountId() + " " + row.getKind(), row.getTotal()));
        return kept;
    }

    private static Map<String, Long> nonZero(Map<String, Long> counts) {
        Map<String, Long> nonZero = new TreeMap<>(counts);
        nonZero.values().removeIf(total -> total == 0);
        return nonZero;
    }

    /** The same, counted from the rows. */
    private Map<String, Long> rows() {
        Map<String, Long> rows = new TreeMap<>();
        dsl.select(ENVIRONMENT.ACCOUNT_ID, DSL.count()).from(ENVIRONMENT).groupBy(ENVIRONMENT.ACCOUNT_ID).fetch()
                .forEach(row -> rows.put("ENVIRONMENT " + row.value1() + " ", (long) row.value2()));
        dsl.select(PLATFORM_OBJECT.ACCOUNT_ID, PLATFORM_OBJECT.OBJECT_TYPE, DSL.count()).from(PLATFORM_OBJECT)
                .groupBy(PLATFORM_OBJECT.ACCOUNT_ID, PLATFORM_OBJECT.OBJECT_TYPE).fetch()
                .forEach(row -> rows.put("PLATFORM_OBJECT " + row.value1() + " " + row.value2(), (long) row.value3()));
        return rows;
    }
}
