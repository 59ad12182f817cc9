package dev.boomiemulator.server;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gives memory back to the operating system once the emulator goes quiet after heavy work (start-up, a reset, a
 * fixture load). The launcher's serial collector shrinks the heap only in a full collection, which a quiet server
 * never needs on its own: so, once {@link #QUIET} has passed after the last such event with no more than a trickle of
 * requests ({@value #TRICKLE}: a health probe, a dashboard left open), one full collection (~50 ms on the default
 * fixtures' heap, while nothing else runs; it shrinks the heap in one step with the launcher's
 * {@code -XX:-ShrinkHeapInSteps}; without it a first full collection does not shrink it at all), and the same again
 * {@link #SETTLED} later, again only once quiet. Start-up parses four OpenAPI documents and Boomi's 4 MB one;
 * a reset after a load leaves the heap grown to the load's peak.
 *
 * <p>Quiet means few requests, not only no reset: a load that began within {@link #QUIET} of the start or of a reset
 * (a test run's first requests, a benchmark) used to get both collections in its midst, each a pause of every request
 * (100-200 ms once the load had stored a few hundred MB) that also shrank the heap to the load's live data, so that
 * the load's next allocations brought on more full collections. Those collections now wait until the load is over.
 *
 * <p>Those collections run with tight heap free ratios ({@value #IDLE_MIN_FREE}% to {@value #IDLE_MAX_FREE}% of
 * the heap left free), set just for them: both flags are manageable at run time. Under load the JVM's own ratios (40%
 * to 70%) stay in force. Kept tight all the time, they left the old generation 20% of headroom, so a GET load at 100
 * connections ran a 60 ms full collection every few seconds, and its p99 went from about 40 ms to 60-70 ms.
 *
 * <p>The C heap is the JVM's own to give back: glibc keeps what the JVM freed (the compilers' arenas, the parsers'
 * buffers) for the next malloc, and the launcher and the image run the JVM with {@code -XX:TrimNativeHeapInterval},
 * which trims it every few seconds (4-5 MB of an idle launcher's RSS). Asking for it from here, as {@code jcmd
 * System.trim_native_heap} does, goes through the platform MBean server: 240 classes, loaded for one call, that cost
 * as much RSS as they let the trim give back.
 *
 * <p>Only for a server that has its JVM to itself (the launcher, the Docker image: {@link Main} enables it). An
 * embedded server leaves the test JVM's collector alone.
 */
final class IdleMemoryReturn implements AutoCloseable {
    static final Duration QUIET = Duration.ofSeconds(2);
    /**
     * From the first collection to the second: {@link #QUIET} after a load, what served it is still held a while
     * (after 20 s of creates and a reset, the first collection found 38-45 MB live, 10 s later 30 MB), so the first
     * one left the heap sized for it: RSS 215 -> 194 MB with the second.
     */
    static final Duration SETTLED = Duration.ofSeconds(10);
    /** Requests within {@link #QUIET} that still count as quiet: probes and pollers, not work. */
    static final int TRICKLE = 8;
    static final int IDLE_MIN_FREE = 10;
    static final int IDLE_MAX_FREE = 20;
    private static final Logger LOG = LoggerFactory.getLogger(IdleMemoryReturn.class);

    private final Duration quiet;
    private final Duration settled;
    private final Runnable collection;
    /** Requests served so far: a wait for quiet compares it with what it was when the wait began. */
    private final LongAdder requests = new LongAdder();
    private volatile ScheduledExecutorService timer;
    private ScheduledFuture<?> pending;
    /** Counts {@link #workEnded} calls: a wait or a collection goes on only if no work came since it was scheduled. */
    private long works;

    IdleMemoryReturn() {
        this(QUIET, SETTLED, IdleMemoryReturn::collectTightly);
    }

    /** With other waits and another collection: for the tests. */
    IdleMemoryReturn(Duration quiet, Duration settled, Runnable collection) {
        this.quiet = quiet;
        this.settled = settled;
        this.collection = collection;
    }

    synchronized void enable() {
        if (timer == null) {
            timer = Executors.newSingleThreadScheduledExecutor(work -> {
                Thread thread = new Thread(work, "idle-memory-return");
                thread.setDaemon(true);
                return thread;
            });
        }
    }

    /**
     * A request arrived (every request: a counter, no lock). Counted only once enabled: an embedded server never
     * collects, and its request threads need not share a counter for nothing.
     */
    void requestArrived() {
        if (timer != null) {
            requests.increment();
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
        long work = ++works;
        whenQuiet(work, quiet, true);
    }

    /**
     * Runs the collection (then, if {@code first}, schedules the second) after {@code wait}, if the requests that came
     * meanwhile are a trickle; otherwise waits {@link #QUIET} more, as often as it takes.
     */
    private synchronized void whenQuiet(long work, Duration wait, boolean first) {
        if (work != works || timer.isShutdown()) {
            return;
        }
        long seen = requests.sum();
        pending = timer.schedule(() -> {
            if (requests.sum() - seen > TRICKLE) {
                whenQuiet(work, quiet, first);
            } else {
                collect(work, first);
            }
        }, wait.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Outside the lock: a reset's {@link #workEnded} must not wait for the collection. */
    private void collect(long work, boolean first) {
        collection.run();
        if (first) {
            whenQuiet(work, settled, false);
        }
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
