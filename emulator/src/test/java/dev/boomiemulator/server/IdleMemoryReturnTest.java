package dev.boomiemulator.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class IdleMemoryReturnTest {
    private final HotSpotDiagnosticMXBean flags = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);

    @Test
    void the_idle_collection_leaves_the_heap_free_ratios_the_jvm_had_for_the_next_load() {
        String min = flags.getVMOption("MinHeapFreeRatio").getValue();
        String max = flags.getVMOption("MaxHeapFreeRatio").getValue();

        IdleMemoryReturn.collectTightly();

        assertThat(flags.getVMOption("MinHeapFreeRatio").getValue()).isEqualTo(min);
        assertThat(flags.getVMOption("MaxHeapFreeRatio").getValue()).isEqualTo(max);
    }

    @Test
    void collects_once_quiet_after_the_work_and_again_once_settled() throws InterruptedException {
        AtomicInteger collections = new AtomicInteger();
        try (IdleMemoryReturn memory = afterWork(Duration.ofMillis(150), Duration.ofMillis(300), collections)) {

            assertThat(collections).as("not before the quiet has passed").hasValue(0);
            awaitCollections(collections, 1);
            awaitCollections(collections, 2);
            Thread.sleep(400);
            assertThat(collections).as("two collections per piece of work, no more").hasValue(2);
        }
    }

    @Test
    void waits_while_requests_keep_coming_and_collects_once_they_stop() throws InterruptedException {
        AtomicInteger collections = new AtomicInteger();
        try (IdleMemoryReturn memory = afterWork(Duration.ofMillis(150), Duration.ofMillis(150), collections)) {

            long loadEnds = System.nanoTime() + Duration.ofMillis(800).toNanos();
            while (System.nanoTime() < loadEnds) {
                for (int request = 0; request <= IdleMemoryReturn.TRICKLE; request++) {
                    memory.requestArrived();
                }
                Thread.sleep(20);
                assertThat(collections).as("no collection under load").hasValue(0);
            }
            awaitCollections(collections, 2);
        }
    }

    @Test
    void a_trickle_of_requests_is_quiet() throws InterruptedException {
        AtomicInteger collections = new AtomicInteger();
        try (IdleMemoryReturn memory = afterWork(Duration.ofMillis(300), Duration.ofSeconds(60), collections)) {
            for (int probe = 0; probe < IdleMemoryReturn.TRICKLE; probe++) {
                memory.requestArrived();
            }

            awaitCollections(collections, 1);
        }
    }

    /** An enabled instance that counts its collections, told that heavy work has just ended. */
    private static IdleMemoryReturn afterWork(Duration quiet, Duration settled, AtomicInteger collections) {
        IdleMemoryReturn memory = new IdleMemoryReturn(quiet, settled, collections::incrementAndGet);
        memory.enable();
        memory.workEnded();
        return memory;
    }

    /** Waits for the timer (a loaded test machine may run it late), for at most ten seconds. */
    private static void awaitCollections(AtomicInteger collections, int count) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (collections.get() < count && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(collections).hasValue(count);
    }
}
