package dev.boomiemulator.db;

import static dev.boomiemulator.db.jooq.Tables.ACCOUNT;
import static dev.boomiemulator.db.jooq.Tables.ENVIRONMENT;
import static dev.boomiemulator.db.jooq.Tables.PLATFORM_OBJECT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.boomiemulator.db.jooq.tables.records.AccountRecord;
import dev.boomiemulator.db.jooq.tables.records.EnvironmentRecord;
import dev.boomiemulator.db.jooq.tables.records.PlatformObjectRecord;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The account lock every write takes: it finds the account or tells it is gone, it makes a second writer wait for the
 * first one's commit, and its statement is prepared once per connection, not once per write.
 */
class KeyLookupTest {
    private final Database database = new Database();
    private final DSLContext dsl = database.dsl();
    private final KeyLookup<AccountRecord> lock = KeyLookup.locking(dsl, ACCOUNT, ACCOUNT.ID);

    @BeforeEach
    void account() {
        database.createSchema();
        dsl.insertInto(ACCOUNT).set(ACCOUNT.ID, "a").set(ACCOUNT.NAME, "A").set(ACCOUNT.STATUS, "active")
                .set(ACCOUNT.DATE_CREATED, OffsetDateTime.of(2026, 1, 2, 3, 4, 5, 0, ZoneOffset.UTC)).execute();
        database.snapshot();
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void finds_an_account_and_tells_a_missing_one() {
        assertThat(dsl.transactionResult(() -> lock.exists("a"))).isTrue();
        assertThat(dsl.transactionResult(() -> lock.exists("nobody"))).isFalse();
        assertThat(dsl.transactionResult(() -> lock.fetchOptional("a")).map(AccountRecord::getName)).contains("A");
    }

    @Test
    void reads_a_row_as_jooq_reads_it() {
        OffsetDateTime created = OffsetDateTime.of(2026, 1, 2, 3, 4, 5, 123_456_000, ZoneOffset.UTC);
        dsl.insertInto(ENVIRONMENT).set(ENVIRONMENT.ACCOUNT_ID, "a").set(ENVIRONMENT.ID, "e1")
                .set(ENVIRONMENT.NAME, "Production").set(ENVIRONMENT.CLASSIFICATION, "PROD")
                .set(ENVIRONMENT.CLASSIFICATION_CANONICAL, "PROD").set(ENVIRONMENT.CREATED_DATE, created).execute();
        dsl.insertInto(PLATFORM_OBJECT).set(PLATFORM_OBJECT.ACCOUNT_ID, "a").set(PLATFORM_OBJECT.OBJECT_TYPE, "Folder")
                .set(PLATFORM_OBJECT.ID, "f1").set(PLATFORM_OBJECT.BODY, "{\"name\":\"x\"}").execute();
        KeyLookup<EnvironmentRecord> environments = new KeyLookup<>(dsl, ENVIRONMENT, ENVIRONMENT.ACCOUNT_ID,
                ENVIRONMENT.ID);
        KeyLookup<PlatformObjectRecord> objects = new KeyLookup<>(dsl, PLATFORM_OBJECT, PLATFORM_OBJECT.ACCOUNT_ID,
                PLATFORM_OBJECT.OBJECT_TYPE, PLATFORM_OBJECT.ID);

        EnvironmentRecord environment = environments.fetchOptional("a", "e1").orElseThrow();
        assertThat(environment).isEqualTo(dsl.selectFrom(ENVIRONMENT).where(ENVIRONMENT.ID.eq("e1")).fetchOne());
        assertThat(environment.getCreatedDate().toInstant()).isEqualTo(created.toInstant());
        assertThat(environment.changed()).isFalse();
        PlatformObjectRecord folder = objects.fetchOptional("a", "Folder", "f1").orElseThrow();
        assertThat(folder).isEqualTo(dsl.selectFrom(PLATFORM_OBJECT).where(PLATFORM_OBJECT.ID.eq("f1")).fetchOne());
        assertThat(folder.getBody()).isEqualTo("{\"name\":\"x\"}");
        assertThat(environments.fetchOptional("b", "e1")).as("another account's row").isEmpty();
        assertThat(objects.fetchOptional("a", "Environment", "f1")).as("another type's row").isEmpty();
    }

    @Test
    void a_second_writer_waits_for_the_first_ones_commit() throws Exception {
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Void> first = CompletableFuture.runAsync(() -> dsl.transaction(() -> {
            lock.exists("a");
            dsl.update(ACCOUNT).set(ACCOUNT.NAME, "renamed by the first").where(ACCOUNT.ID.eq("a")).execute();
            held.countDown();
            await(release);
        }));
        assertThat(held.await(10, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<String> second = CompletableFuture.supplyAsync(() -> dsl.transactionResult(() -> {
            lock.exists("a");
            return dsl.select(ACCOUNT.NAME).from(ACCOUNT).where(ACCOUNT.ID.eq("a")).fetchOne(ACCOUNT.NAME);
        }));

        Thread.sleep(300);
        assertThat(second).isNotDone();
        release.countDown();
        first.get(10, TimeUnit.SECONDS);
        assertThat(second.get(10, TimeUnit.SECONDS)).isEqualTo("renamed by the first");
    }

    @Test
    void prepares_its_statement_once_per_connection_and_survives_a_new_snapshot() {
        for (int write = 0; write < 200; write++) {
            assertThat(dsl.transactionResult(() -> lock.exists("a"))).isTrue();
        }
        int kept = lock.statementsKept();
        assertThat(kept).isBetween(1, 2);

        database.snapshot(); // drops and creates the snapshot's tables: H2 plans the kept statement again
        database.restore(restored -> { });
        assertThat(dsl.transactionResult(() -> lock.exists("a"))).isTrue();
        assertThat(lock.statementsKept()).isEqualTo(kept);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
