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
    @Test
    void a_second_writer_of_the_account_waits_for_the_first_to_finish() throws Exception {
        AccountQueue queue = new AccountQueue(16, Duration.ofSeconds(10));
        ReentrantLock first = queue.join("account-a");

        CompletableFuture<ReentrantLock> second = joinElsewhere(queue, "account-a", false);
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
        assertThat(joinedElsewhereWhileHeld(queue, "a", other, false)).isNotNull();
    }

    /** A reset holds every account's row and may write again: waiting here for a writer that waits for it would stall both. */
    @Test
    void a_thread_inside_a_transaction_goes_on_without_waiting() throws Exception {
        AccountQueue queue = new AccountQueue(16, Duration.ofSeconds(10));
        assertThat(joinedElsewhereWhileHeld(queue, "account-a", "account-a", true)).isNull();
    }

    @Test
    void a_writer_that_waited_too_long_goes_on_without_a_turn() throws Exception {
        AccountQueue queue = new AccountQueue(16, Duration.ofMillis(50));
        assertThat(joinedElsewhereWhileHeld(queue, "account-a", "account-a", false)).isNull();
    }

    /** What another thread's join gives while this one holds {@code held}'s turn (it fails the test if it waits 5 s). */
    private static ReentrantLock joinedElsewhereWhileHeld(AccountQueue queue, String held, String accountId,
                                                          boolean insideTransaction) throws Exception {
        ReentrantLock first = queue.join(held);
        try {
            return joinElsewhere(queue, accountId, insideTransaction).get(5, TimeUnit.SECONDS);
        } finally {
            first.unlock();
        }
    }

    private static CompletableFuture<ReentrantLock> joinElsewhere(AccountQueue queue, String accountId,
                                                                  boolean insideTransaction) {
        TransactionContext transaction = (TransactionContext) Proxy.newProxyInstance(
                AccountQueueTest.class.getClassLoader(), new Class<?>[] {TransactionContext.class},
                (proxy, method, arguments) -> null);
        return CompletableFuture.supplyAsync(() -> {
            if (insideTransaction) {
                queue.beginEnd(transaction);
            }
            try {
                ReentrantLock turn = queue.join(accountId);
                if (turn != null) {
                    turn.unlock(); // a lock is its holder thread's to give back
                }
                return turn;
            } finally {
                queue.commitEnd(transaction);
            }
        });
    }
}
