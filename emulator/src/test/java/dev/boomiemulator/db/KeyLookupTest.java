package dev.boomiemulator.db;

import static dev.boomiemulator.db.jooq.Tables.ACCOUNT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.boomiemulator.db.jooq.tables.records.AccountRecord;
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
