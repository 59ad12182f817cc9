package dev.boomiemulator.concurrency;

import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/**
 * Writers that each send their request again and again, on a thread of their own, until stopped (n counts each one's
 * requests): the load a test runs its resets, state loads or exports under. Every answer's status is counted, and the
 * body of every 5xx kept.
 */
final class Writers {
    private final AtomicBoolean stop = new AtomicBoolean();
    private final Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
    private final List<String> serverErrors = Collections.synchronizedList(new ArrayList<>());
    private final ExecutorService threads;
    private final List<Future<?>> running = new ArrayList<>();

    private Writers(List<IntFunction<Response>> writers) {
        threads = Executors.newFixedThreadPool(writers.size());
        for (IntFunction<Response> writer : writers) {
            running.add(threads.submit(() -> {
                for (int n = 0; !stop.get(); n++) {
                    Response answer = writer.apply(n);
                    statuses.computeIfAbsent(answer.statusCode(), s -> new AtomicInteger()).incrementAndGet();
                    if (answer.statusCode() >= 500) {
                        serverErrors.add(answer.asString());
                    }
                }
            }));
        }
    }

    static Writers start(List<IntFunction<Response>> writers) {
        return new Writers(writers);
    }

    /** Stops them, waiting for each one's last answer. */
    void stop() throws Exception {
        stop.set(true);
        try {
            for (Future<?> writer : running) {
                writer.get(60, TimeUnit.SECONDS);
            }
        } finally {
            threads.shutdownNow();
        }
    }

    /** How many answers had each status, e.g. {@code {200=190, 409=3}}. */
    Map<Integer, Integer> statuses() {
        Map<Integer, Integer> counts = new TreeMap<>();
        statuses.forEach((status, count) -> counts.put(status, count.get()));
        return counts;
    }

    /** The bodies of the 5xx answers. */
    List<String> serverErrors() {
        return List.copyOf(serverErrors);
    }
}
