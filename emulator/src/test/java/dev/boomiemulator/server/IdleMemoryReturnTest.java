package dev.boomiemulator.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.ManagementFactory;
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
    void the_c_heap_is_trimmed_where_the_jvm_can_on_glibc_linux() {
        assumeTrue(System.getProperty("os.name").startsWith("Linux"), "malloc_trim is glibc's");

        String answer = IdleMemoryReturn.trimNativeHeap();

        assertThat(answer).as("the JVM's answer").startsWith("Trim native heap: RSS+Swap:");
    }
}
