package dev.boomiemulator.server;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gives memory back to the operating system once the emulator goes quiet after heavy work (start-up, a reset, a
 * fixture load). The launcher's serial collector shrinks the heap only in a full collection, which a quiet server
 * never needs on its own: so, {@link #QUIET} after the last such event, one full collection (~50 ms on the default
 * fixtures' heap, while nothing else runs; it shrinks the heap in one step with the launcher's
 * {@code -XX:-ShrinkHeapInSteps}; without it a first full collection does not shrink it at all). Start-up parses
 * four OpenAPI documents and Boomi's 4 MB one; a reset after a load leaves the heap grown to the load's peak.
 *
 * <p>That one collection runs with tight heap free ratios ({@value #IDLE_MIN_FREE}% to {@value #IDLE_MAX_FREE}% of
 * the heap left free), set just for it: both flags are manageable at run time. Under load the JVM's own ratios (40%
 * to 70%) stay in force. Kept tight all the time, they left the old generation 20% of headroom, so a GET load at 100
 * connections ran a 60 ms full collection every few seconds, and its p99 went from about 40 ms to 60-70 ms.
 *
 * <p>Only for a server that has its JVM to itself (the launcher, the Docker image: {@link Main} enables it). An
 * embedded server leaves the test JVM's collector alone.
 */
final class IdleMemoryReturn implements AutoCloseable {
    static final Duration QUIET = Duration.ofSeconds(2);
    static final int IDLE_MIN_FREE = 10;
    static final int IDLE_MAX_FREE = 20;
    private static final Logger LOG = LoggerFactory.getLogger(IdleMemoryReturn.class);

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
        pending = timer.schedule(IdleMemoryReturn::collectTightly, QUIET.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** One full collection under the idle free ratios, then the ratios the JVM had before. */
    static void collectTightly() {
        HotSpotDiagnosticMXBean flags = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
        String min = flags.getVMOption("MinHeapFreeRatio").getValue();
        String max = flags.getVMOption("MaxHeapFreeRatio").getValue();
        try {
            // the JVM refuses a minimum above the maximum: lower the minimum first, and raise it again last
            flags.setVMOption("MinHeapFreeRatio", String.valueOf(Math.min(IDLE_MIN_FREE, Integer.parseInt(min))));
            try {
                flags.setVMOption("MaxHeapFreeRatio", String.valueOf(Math.min(IDLE_MAX_FREE, Integer.parseInt(max))));
                try {
                    System.gc();
                } finally {
                    flags.setVMOption("MaxHeapFreeRatio", max);
                }
            } finally {
                flags.setVMOption("MinHeapFreeRatio", min);
            }
        } catch (RuntimeException refused) {
            // a JVM that does not let them change (not HotSpot, or other flags): the collection alone still helps
            LOG.debug("heap free ratios left as they are: {}", refused.toString());
            System.gc();
        }
    }

    @Override
    public synchronized void close() {
        if (timer != null) {
            timer.shutdownNow();
        }
    }
}
