package dev.boomiemulator.server;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Gives memory back to the operating system once the emulator goes quiet after heavy work (start-up, a reset, a
 * fixture load). The launcher's serial collector shrinks the heap to {@code MaxHeapFreeRatio} only in a full
 * collection, which a quiet server never needs on its own: so, {@link #QUIET} after the last such event, one full
 * collection (~50 ms on the default fixtures' heap, while nothing else runs; it shrinks the heap in one step with the
 * launcher's {@code -XX:-ShrinkHeapInSteps}; without it a first full collection does not shrink it at all).
 * Start-up parses four OpenAPI documents and Boomi's 4 MB one; a reset after a load leaves the heap grown to the
 * load's peak.
 *
 * <p>Only for a server that has its JVM to itself (the launcher, the Docker image: {@link Main} enables it). An
 * embedded server leaves the test JVM's collector alone.
 */
final class IdleMemoryReturn implements AutoCloseable {
    static final Duration QUIET = Duration.ofSeconds(2);

    private volatile ScheduledExecutorService timer;
    private ScheduledFuture<?> pending;

    synchronized void enable() {
        if (timer == null) {
            timer = Executors.newSingleThreadScheduledExecutor(work -> {
                Thread thread = new Thread(work, "idle-memory-return");
                thread.setDaemon(true);
                return thread;
            });
        }
    }

    /** Heavy work just ended: collect once things have been quiet for {@link #QUIET}, unless more work comes. */
    synchronized void workEnded() {
        if (timer == null) {
            return;
        }
        if (pending != null) {
            pending.cancel(false);
        }
        pending = timer.schedule(System::gc, QUIET.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void close() {
        if (timer != null) {
            timer.shutdownNow();
        }
    }
}
