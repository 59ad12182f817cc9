package dev.boomiemulator.server;

import static org.assertj.core.api.Assertions.assertThat;

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
}
