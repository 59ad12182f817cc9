package dev.boomiemulator.server;

import java.time.Duration;
import org.eclipse.jetty.server.handler.QoSHandler;

/**
 * How many API requests the emulator works on at once; the rest wait, in the order they came, without holding a
 * thread (Jetty's {@link QoSHandler} suspends them). Measured on 2 cores with 100 connections on one GET: with
 * every request on its own thread (Jetty's default pool) the median was 17 ms but p99 260-380 ms, as a hundred
 * threads contend for two cores and the store's locks; with 8 at a time the median is 28 ms and p99 44 ms, at the
 * same throughput. The control API is not queued: a health probe or a reset must get through under load.
 */
final class AdmissionLimit {
    /** Requests worked on at once: a few per core keeps the cores busy while one waits on the store. */
    static final int CONCURRENT = Math.max(8, 4 * Runtime.getRuntime().availableProcessors());
    /** A request waiting longer than this is answered 503 (in the family's shape, by {@link JettyErrorHandler}). */
    static final Duration MAX_WAIT = Duration.ofSeconds(30);

    private AdmissionLimit() {
    }

    static QoSHandler handler() {
        QoSHandler limit = new QoSHandler();
        limit.setMaxRequestCount(CONCURRENT);
        limit.setMaxSuspend(MAX_WAIT);
        limit.excludePath(ControlApi.PREFIX + "/*");
        return limit;
    }
}
