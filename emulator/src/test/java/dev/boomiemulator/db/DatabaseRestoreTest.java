package dev.boomiemulator.db;

import static dev.boomiemulator.db.jooq.Tables.ACCOUNT;
import static dev.boomiemulator.db.jooq.Tables.ENVIRONMENT;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A restore returns every table written since the snapshot, and only those need copying back. */
class DatabaseRestoreTest {
    private final Database database = new Database();
    private final DSLContext dsl = database.dsl();

    @BeforeEach
    void fixtures() {
        database.createSchema();
        dsl.insertInto(ACCOUNT).set(ACCOUNT.ID, "a").set(ACCOUNT.NAME, "A").set(ACCOUNT.STATUS, "active")
                .set(ACCOUNT.DATE_CREATED, OffsetDateTime.now(ZoneOffset.UTC)).execute();
        insertEnvironment("e1", "Production");
        database.snapshot();
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void restore_undoes_inserts_updates_and_deletes() {
        insertEnvironment("e2", "Extra");
        dsl.update(ENVIRONMENT).set(ENVIRONMENT.NAME, "Renamed").where(ENVIRONMENT.ID.eq("e1")).execute();
        database.restore(tx -> { });
        assertThat(dsl.select(ENVIRONMENT.ID, ENVIRONMENT.NAME).from(ENVIRONMENT).fetch().intoMaps())
                .containsExactly(java.util.Map.of("ID", "e1", "NAME", "Production"));

        dsl.deleteFrom(ENVIRONMENT).execute();
        database.restore(tx -> { });
        assertThat(dsl.fetchCount(ENVIRONMENT)).isEqualTo(1);
    }

    @Test
    void what_the_restore_replays_is_restored_by_the_next_one() {
        database.restore(tx -> insertEnvironment("late", "Loaded at run time"));
        assertThat(dsl.fetchCount(ENVIRONMENT)).isEqualTo(2);
        dsl.deleteFrom(ENVIRONMENT).where(ENVIRONMENT.ID.eq("late")).execute();
        database.restore(tx -> insertEnvironment("late", "Loaded at run time"));
        assertThat(dsl.fetchCount(ENVIRONMENT)).isEqualTo(2);
        // the replayed rows stay marked, so a restore without the replay removes them
        database.restore(tx -> { });
        assertThat(dsl.fetchCount(ENVIRONMENT)).isEqualTo(1);
    }

    /** A document applied on every reset writes the same keys each time: each restore must remove them again. */
    @Test
    void rows_a_restore_replays_are_removed_by_every_later_restore() {
        for (int i = 0; i < 3; i++) {
            database.restore(tx -> insertEnvironment("late", "Loaded at run time"));
            assertThat(dsl.fetchCount(ENVIRONMENT)).isEqualTo(2);
        }
        database.restore(tx -> { });
        assertThat(dsl.fetchCount(ENVIRONMENT)).isEqualTo(1);
    }

    @Test
    void a_restore_with_nothing_written_copies_nothing() {
        AtomicInteger statements = new AtomicInteger();
        org.jooq.ExecuteListener counter = new org.jooq.ExecuteListener() {
            @Override
            public void executeStart(org.jooq.ExecuteContext ctx) {
                if (ctx.sql() != null && ctx.sql().startsWith("INSERT INTO PUBLIC")) {
                    statements.incrementAndGet();
                }
            }
        };
        var listeners = new java.util.ArrayList<>(java.util.List.of(dsl.configuration().executeListenerProviders()));
        listeners.add(org.jooq.impl.DefaultExecuteListenerProvider.providers(counter)[0]);
        dsl.configuration().set(listeners.toArray(org.jooq.ExecuteListenerProvider[]::new));
        database.restore(tx -> { });
        assertThat(statements).hasValue(0);
    }

    @Test
    void one_accounts_restore_keeps_the_marks_for_the_full_one() {
        insertEnvironment("e2", "Extra");
        database.restoreAccount("a", tx -> { });
        assertThat(dsl.fetchCount(ENVIRONMENT)).isEqualTo(1);
        insertEnvironment("e3", "Another");
        database.restore(tx -> { });
        assertThat(dsl.fetchCount(ENVIRONMENT)).isEqualTo(1);
    }

    private void insertEnvironment(String id, String name) {
        dsl.insertInto(ENVIRONMENT).set(ENVIRONMENT.ACCOUNT_ID, "a").set(ENVIRONMENT.ID, id)
                .set(ENVIRONMENT.NAME, name).set(ENVIRONMENT.CLASSIFICATION, "PROD")
                .set(ENVIRONMENT.CLASSIFICATION_CANONICAL, "PROD")
                .set(ENVIRONMENT.CREATED_DATE, OffsetDateTime.now(ZoneOffset.UTC)).execute();
    }
}
