package dev.boomiemulator.server;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.ManagementFactory;
import javax.management.JMException;
import javax.management.ObjectName;
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
 * {@code -XX:-ShrinkHeapInSteps}; without it a first full collection does not shrink it at all), and the same again
 * {@link #SETTLED} later ({@link #collectAgainThenTrim}). Start-up parses four OpenAPI documents and Boomi's 4 MB one;
 * a reset after a load leaves the heap grown to the load's peak.
 *
 * <p>Those collections run with tight heap free ratios ({@value #IDLE_MIN_FREE}% to {@value #IDLE_MAX_FREE}% of
 * the heap left free), set just for them: both flags are manageable at run time. Under load the JVM's own ratios (40%
 * to 70%) stay in force. Kept tight all the time, they left the old generation 20% of headroom, so a GET load at 100
 * connections ran a 60 ms full collection every few seconds, and its p99 went from about 40 ms to 60-70 ms.
 *
 * <p>Then the C heap: glibc keeps what the JVM freed (the compilers' arenas, the parsers' buffers) for the next
 * malloc, and gives it back only when asked ({@code malloc_trim}). {@link #SETTLED} after the first collection the JVM
 * is asked once, as {@code jcmd System.trim_native_heap} would: asked at the collection it freed 0.3 MB, since the
 * compilers go on compiling what the work made hot for seconds after it and free their arenas only then; asked
 * later, 4-5 MB of an idle launcher's 175 MB RSS. Not the JVM's periodic
 * {@code -XX:TrimNativeHeapInterval}: every few seconds for the whole run, to recover what one call after the work
 * recovers, and a flag that JDK 17 runtimes before 17.0.11 refuse at start.
 *
 * <p>Only for a server that has its JVM to itself (the launcher, the Docker image: {@link Main} enables it). An
 * embedded server leaves the test JVM's collector alone.
 */
final class IdleMemoryReturn implements AutoCloseable {
    static final Duration QUIET = Duration.ofSeconds(2);
    /** From the collection to the trim: long enough for the compilers to finish with what the work made hot. */
    static final Duration SETTLED = Duration.ofSeconds(10);
    static final int IDLE_MIN_FREE = 10;
    static final int IDLE_MAX_FREE = 20;
    private static final Logger LOG = LoggerFactory.getLogger(IdleMemoryReturn.class);

    private volatile ScheduledExecutorService timer;
    private ScheduledFuture<?> pending;
    /** Counts {@link #workEnded} calls: a collection schedules its trim only if no work came while it ran. */
    private long works;

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
        long work = ++works;
        pending = timer.schedule(() -> collectThenTrim(work), QUIET.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Outside the lock: a reset's {@link #workEnded} must not wait for the collection. */
    private void collectThenTrim(long work) {
        collectTightly();
        synchronized (this) {
            if (work == works && !timer.isShutdown()) {
                pending = timer.schedule(IdleMemoryReturn::collectAgainThenTrim, SETTLED.toMillis(),
                        TimeUnit.MILLISECONDS);
            }
        }
    }

    /**
     * Once settled, the collection again, then the C heap: {@link #QUIET} after a load, what served it is still held a
     * while (after 20 s of creates and a reset, the first collection found 38-45 MB live, 10 s later 30 MB), so the
     * first one left the heap sized for it: RSS 215 -> 194 MB with this second one.
     */
    private static void collectAgainThenTrim() {
        collectTightly();
        trimNativeHeap();
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

    /**
     * Asks the JVM to hand the C heap's free memory back to the OS; its answer ("Trim native heap: RSS+Swap: 174M->167M
     * (-6924K)"), or why it could not: a JVM without the command (not HotSpot, or an early JDK 17 update), a C library
     * other than glibc.
     */
    static String trimNativeHeap() {
        try {
            Object answer = ManagementFactory.getPlatformMBeanServer().invoke(
                    new ObjectName("com.sun.management:type=DiagnosticCommand"), "systemTrimNativeHeap",
                    new Object[] {new String[0]}, new String[] {String[].class.getName()});
            LOG.debug("{}", answer);
            return String.valueOf(answer).strip();
        } catch (JMException | RuntimeException unavailable) {
            LOG.debug("the C heap is left as it is: {}", unavailable.toString());
            return "not trimmed: " + unavailable;
        }
    }

    @Override
    public synchronized void close() {
        if (timer != null) {
            timer.shutdownNow();
        }
    }
}
