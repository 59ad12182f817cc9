package dev.boomiemulator.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.jooq.TransactionContext;
import org.junit.jupiter.api.Test;

/**
 * Writers of one account take turns; other accounts' writers, a thread already inside a transaction and a writer that
 * waited too long go on.
 */
class AccountQueueTest {
    private static CompletableFuture<ReentrantLock> joinElsewhere(AccountQueue queue, String accountId) {
        return CompletableFuture.supplyAsync(() -> {
            ReentrantLock turn = queue.join(accountId);
            if (turn != null) {
                turn.unlock(); // a lock is its holder thread's to give back
            }
            return turn;
        });
    }

    @Test
    void a_second_writer_of_the_account_waits_for_the_first_to_finish() throws Exception {
        AccountQueue queue = new AccountQueue(16, Duration.ofSeconds(10));
        ReentrantLock first = queue.join("account-a");

        CompletableFuture<ReentrantLock> second = joinElsewhere(queue, "account-a");
        Thread.sleep(200);
        assertThat(second).isNotDone();

        first.unlock();
        assertThat(second.get(5, TimeUnit.SECONDS)).isSameAs(first);
    }

    @Test
    void another_accounts_writer_does_not_wait() throws Exception {
        AccountQueue queue = new AccountQueue(2, Duration.ofSeconds(10));
        String other = "b";
        while (Math.floorMod(other.hashCode(), 2) == Math.floorMod("a".hashCode(), 2)) {
            other += "b";
        }
        ReentrantLock first = queue.join("a");
        try {
            assertThat(joinElsewhere(queue, other).get(5, TimeUnit.SECONDS)).isNotNull().isNotSameAs(first);
        } finally {
            first.unlock();
        }
    }

    /** A reset holds every account's row and may write again: waiting here for a writer that waits for it would stall both. */
    @Test
    void a_thread_inside_a_transaction_goes_on_without_waiting() throws Exception {
        AccountQueue queue = new AccountQueue(16, Duration.ofSeconds(10));
        ReentrantLock first = queue.join("account-a");
        TransactionContext reset = (TransactionContext) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {TransactionContext.class}, (proxy, method, arguments) -> null);
        try {
            CompletableFuture<ReentrantLock> inside = CompletableFuture.supplyAsync(() -> {
                queue.beginEnd(reset);
                try {
                    return queue.join("account-a");
                } finally {
                    queue.commitEnd(reset);
                }
            });
            assertThat(inside.get(5, TimeUnit.SECONDS)).isNull();
        } finally {
            first.unlock();
        }
    }

    @Test
    void a_writer_that_waited_too_long_goes_on_without_a_turn() throws Exception {
        AccountQueue queue = new AccountQueue(16, Duration.ofMillis(50));
        ReentrantLock first = queue.join("account-a");
        try {
            assertThat(joinElsewhere(queue, "account-a").get(5, TimeUnit.SECONDS)).isNull();
        } finally {
            first.unlock();
        }
    }
}
