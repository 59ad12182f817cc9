package dev.boomiemulator.db;

import static dev.boomiemulator.db.jooq.Tables.ACCOUNT;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A kept read is read again once its table changes: by a statement, a transaction, or a restore. */
class VersionedCacheTest {
    private final Database database = new Database();
    private final DSLContext dsl = database.dsl();
    private final AtomicInteger reads = new AtomicInteger();
    private VersionedCache<String, Integer> accounts;

    @BeforeEach
    void schema() {
        database.createSchema();
        insertAccount("a");
        database.snapshot();
        accounts = new VersionedCache<>(database.tableVersions(), ACCOUNT);
    }

    @AfterEach
    void close() {
        database.close();
    }

    private int count() {
        return accounts.get("all", key -> {
            reads.incrementAndGet();
            return dsl.fetchCount(ACCOUNT);
        });
    }

    @Test
    void a_read_is_kept_until_its_table_is_written() {
        assertThat(count()).isEqualTo(1);
        assertThat(count()).isEqualTo(1);
        assertThat(reads).hasValue(1);

        insertAccount("b");
        assertThat(count()).isEqualTo(2);
        assertThat(reads).hasValue(2);

        database.restore(tx -> { });
        assertThat(count()).isEqualTo(1);
    }

    @Test
    void a_read_that_raced_an_open_transaction_is_not_kept_past_its_commit() throws Exception {
        CountDownLatch written = new CountDownLatch(1);
        CountDownLatch readWhileOpen = new CountDownLatch(1);
        CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> dsl.transaction(() -> {
            insertAccount("b");
            written.countDown();
            await(readWhileOpen);
        }));
        written.await();
        assertThat(count()).isEqualTo(1); // the insert is not committed yet
        readWhileOpen.countDown();
        writer.get();
        assertThat(count()).isEqualTo(2);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void insertAccount(String id) {
        dsl.insertInto(ACCOUNT).set(ACCOUNT.ID, id).set(ACCOUNT.NAME, id).set(ACCOUNT.STATUS, "active")
                .set(ACCOUNT.DATE_CREATED, OffsetDateTime.now(ZoneOffset.UTC)).execute();
    }
}
