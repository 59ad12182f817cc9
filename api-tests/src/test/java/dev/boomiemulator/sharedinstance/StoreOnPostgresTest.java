package dev.boomiemulator.sharedinstance;

import static dev.boomiemulator.db.jooq.Tables.ACCOUNT;
import static dev.boomiemulator.db.jooq.Tables.ENVIRONMENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.boomiemulator.common.EmulatorClock;
import dev.boomiemulator.db.Database;
import dev.boomiemulator.db.DatabaseSettings;
import dev.boomiemulator.db.EmulatorSettings;
import dev.boomiemulator.db.SharedClock;
import dev.boomiemulator.support.LocalPostgres;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The store's own rules on PostgreSQL, below HTTP (H2's are emulator/.../db/DatabaseRestoreTest): a restore undoes
 * every kind of write, whichever emulator made it, and rewrites only the rows written, a per-account restore leaves other accounts alone, the emulator's own tables outlive both,
 * exactly one of several emulators starting together initialises the store, and clock changes made through two
 * emulators at once both count. Skipped where PostgreSQL is not installed.
 */
class StoreOnPostgresTest {
    private final List<Database> opened = new ArrayList<>();
    private String url;
    private Database database;
    private DSLContext dsl;

    @BeforeEach
    void storeWithOneEnvironmentPerAccount() {
        Assumptions.assumeTrue(LocalPostgres.server().isPresent(), "PostgreSQL is not installed here");
        url = LocalPostgres.newDatabase();
        database = open();
        database.createSchema();
        dsl = database.dsl();
        for (String account : List.of("a", "b")) {
            dsl.insertInto(ACCOUNT).set(ACCOUNT.ID, account).set(ACCOUNT.NAME, account).set(ACCOUNT.STATUS, "active")
                    .set(ACCOUNT.DATE_CREATED, OffsetDateTime.now(ZoneOffset.UTC)).execute();
            insertEnvironment(account, account + "-production", "Production");
        }
        database.snapshot();
    }

    private Database open() {
        Database opening = new Database(DatabaseSettings.of(url).withUser(LocalPostgres.user()));
        opened.add(opening);
        return opening;
    }

    @AfterEach
    void close() {
        opened.forEach(Database::close);
    }

    @Test
    void a_snapshot_leaves_the_planner_statistics_of_what_was_loaded() {
        // reltuples is -1 until a table is analysed; autovacuum would not look at two rows for a minute or more
        assertThat(dsl.fetchValue("SELECT reltuples FROM pg_class WHERE oid = 'environment'::regclass", Float.class))
                .isEqualTo(2f);
    }

    @Test
    void a_restore_undoes_inserts_updates_and_deletes_and_keeps_the_emulators_own_tables() {
        insertEnvironment("a", "a-extra", "Extra");
        dsl.update(ENVIRONMENT).set(ENVIRONMENT.NAME, "Renamed").where(ENVIRONMENT.ID.eq("b-production")).execute();
        dsl.deleteFrom(ENVIRONMENT).where(ENVIRONMENT.ID.eq("a-production")).execute();
        new EmulatorSettings(dsl).put("clock", "frozen 2026-01-01T00:00:00Z");

        database.restore(tx -> { });

        assertThat(names()).containsExactly("a-production=Production", "b-production=Production");
        assertThat(new EmulatorSettings(dsl).get("clock")).contains("frozen 2026-01-01T00:00:00Z");
    }

    @Test
    void a_restore_rewrites_only_the_rows_written_since_the_snapshot() {
        String untouched = rowVersion("a-production");
        dsl.update(ENVIRONMENT).set(ENVIRONMENT.NAME, "Renamed").where(ENVIRONMENT.ID.eq("b-production")).execute();
        String written = rowVersion("b-production");

        database.restore(tx -> { });

        assertThat(names()).containsExactly("a-production=Production", "b-production=Production");
        // a whole-table copy would have rewritten every row: PostgreSQL gives a rewritten row a new xmin
        assertThat(rowVersion("a-production")).isEqualTo(untouched);
        assertThat(rowVersion("b-production")).isNotEqualTo(written);
        // and the restore's own copying is not taken for a write: the next restore has nothing to copy
        String restored = rowVersion("b-production");
        database.restore(tx -> { });
        assertThat(rowVersion("b-production")).isEqualTo(restored);
    }

    @Test
    void a_table_with_more_rows_written_than_are_worth_looking_up_one_by_one_is_copied_back_whole() {
        dsl.execute("INSERT INTO environment (account_id, id, name, classification, classification_canonical, "
                + "created_date) SELECT 'a', 'bulk-' || n, 'Bulk', 'TEST', 'TEST', now() "
                + "FROM generate_series(1, 10001) n");
        dsl.update(ENVIRONMENT).set(ENVIRONMENT.NAME, "Renamed").where(ENVIRONMENT.ID.eq("b-production")).execute();

        database.restore(tx -> { });

        assertThat(names()).containsExactly("a-production=Production", "b-production=Production");
    }

    @Test
    void a_restore_undoes_what_another_emulator_on_the_database_wrote() {
        DSLContext other = open().dsl();
        other.update(ENVIRONMENT).set(ENVIRONMENT.NAME, "Renamed").where(ENVIRONMENT.ID.eq("a-production")).execute();
        other.deleteFrom(ENVIRONMENT).where(ENVIRONMENT.ID.eq("b-production")).execute();

        database.restore(tx -> { });

        assertThat(names()).containsExactly("a-production=Production", "b-production=Production");
    }

    @Test
    void a_restore_that_fails_leaves_what_it_would_have_undone_for_the_next() {
        insertEnvironment("a", "a-extra", "Extra");
        assertThatThrownBy(() -> database.restore(tx -> {
            throw new IllegalStateException("a document that no longer applies");
        })).hasMessageContaining("no longer applies");
        assertThat(names()).contains("a-extra=Extra"); // rolled back whole

        database.restore(tx -> { });

        assertThat(names()).containsExactly("a-production=Production", "b-production=Production");
    }

    @Test
    void what_a_restore_writes_after_copying_back_is_undone_by_the_next() {
        database.restore(tx -> insertEnvironment("a", "a-loaded", "Loaded"));
        assertThat(names()).contains("a-loaded=Loaded");

        database.restore(tx -> { });

        assertThat(names()).containsExactly("a-production=Production", "b-production=Production");
    }

    @Test
    void rows_written_before_the_triggers_existed_are_copied_back_too() {
        dsl.execute("DROP TRIGGER emulator_changed ON environment");
        insertEnvironment("a", "a-unlogged", "Unlogged");
        // a newer emulator joins the database an older one made: it makes the triggers, and knows not what came before
        Database joining = open();
        joining.createSchema();

        joining.restore(tx -> { });

        assertThat(names()).containsExactly("a-production=Production", "b-production=Production");
    }

    @Test
    void an_account_restore_leaves_other_accounts_alone() {
        insertEnvironment("a", "a-extra", "Extra");
        insertEnvironment("b", "b-extra", "Extra");
        database.restoreAccount("a", tx -> { });
        assertThat(dsl.select(ENVIRONMENT.ID).from(ENVIRONMENT).orderBy(ENVIRONMENT.ID).fetch(ENVIRONMENT.ID))
                .containsExactly("a-production", "b-extra", "b-production");
    }

    @Test
    void an_account_restore_rewrites_only_that_accounts_written_rows_and_leaves_the_rest_to_a_full_one() {
        insertEnvironment("a", "a-untouched", "Untouched");
        database.snapshot();
        String untouched = rowVersion("a-untouched");
        dsl.update(ENVIRONMENT).set(ENVIRONMENT.NAME, "Renamed").where(ENVIRONMENT.ID.in("a-production", "b-production"))
                .execute();

        database.restoreAccount("a", tx -> { });

        assertThat(names()).containsExactly("a-production=Production", "a-untouched=Untouched",
                "b-production=Renamed");
        // copying the account's rows back whole would have rewritten this one too
        assertThat(rowVersion("a-untouched")).isEqualTo(untouched);
        database.restore(tx -> { });
        assertThat(names()).containsExactly("a-production=Production", "a-untouched=Untouched",
                "b-production=Production");
    }

    @Test
    void of_emulators_starting_together_exactly_one_initialises_the_store() throws Exception {
        int starting = 4;
        AtomicInteger initialised = new AtomicInteger();
        CountDownLatch together = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(starting);
        try {
            List<Future<Boolean>> firsts = new ArrayList<>();
            for (int i = 0; i < starting; i++) {
                Database replica = open();
                firsts.add(pool.submit(() -> {
                    together.await();
                    return replica.initializeOnce(() -> {
                        initialised.incrementAndGet();
                        sleep(200); // the others must wait, not run it too
                    });
                }));
            }
            together.countDown();
            int first = 0;
            for (Future<Boolean> answer : firsts) {
                first += answer.get() ? 1 : 0;
            }
            assertThat(first).isEqualTo(1);
            assertThat(initialised).hasValue(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void clock_changes_through_two_emulators_at_once_all_count() throws Exception {
        Instant start = Instant.parse("2026-03-02T08:00:00Z");
        EmulatorClock one = new EmulatorClock(Clock.systemUTC());
        one.freeze(start);
        one.share(new SharedClock(new EmulatorSettings(dsl)));
        EmulatorClock other = new EmulatorClock(Clock.systemUTC());
        other.share(new SharedClock(new EmulatorSettings(open().dsl())));
        assertThat(other.instant()).isEqualTo(start); // the clock already shared wins over the joining one's

        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> advances = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                EmulatorClock through = i % 2 == 0 ? one : other;
                advances.add(pool.submit(() -> through.advance(Duration.ofSeconds(1))));
            }
            for (Future<?> advance : advances) {
                advance.get();
            }
        } finally {
            pool.shutdownNow();
        }
        one.refresh();
        other.refresh();
        assertThat(one.instant()).isEqualTo(start.plusSeconds(20));
        assertThat(other.instant()).isEqualTo(start.plusSeconds(20));
    }

    private List<String> names() {
        return dsl.select(ENVIRONMENT.ID, ENVIRONMENT.NAME).from(ENVIRONMENT).orderBy(ENVIRONMENT.ID).fetch()
                .map(row -> row.value1() + "=" + row.value2());
    }

    /** The transaction that last wrote the row (PostgreSQL's xmin): it moves whenever the row is written again. */
    private String rowVersion(String environmentId) {
        return dsl.fetchValue("SELECT xmin::text FROM environment WHERE id = ?", environmentId).toString();
    }

    private void insertEnvironment(String account, String id, String name) {
        dsl.insertInto(ENVIRONMENT).set(ENVIRONMENT.ACCOUNT_ID, account).set(ENVIRONMENT.ID, id).set(ENVIRONMENT.NAME, name)
                .set(ENVIRONMENT.CLASSIFICATION, "PROD").set(ENVIRONMENT.CLASSIFICATION_CANONICAL, "PROD")
                .set(ENVIRONMENT.CREATED_DATE, OffsetDateTime.now(ZoneOffset.UTC)).execute();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
