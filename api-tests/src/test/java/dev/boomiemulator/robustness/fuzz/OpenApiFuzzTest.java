package dev.boomiemulator.robustness.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import dev.boomiemulator.client.EmulatorRuntimeInfo;
import dev.boomiemulator.junit.BoomiEmulatorTest;
import dev.boomiemulator.support.RequestLineTest;
import org.junit.jupiter.api.Test;

/**
 * The bounded fuzz run of {@code mvn verify}: every operation of the emulator's four OpenAPI documents and of
 * Boomi's own Platform document ({@link OperationCatalog}) meets every input kind at least once. All findings are collected and reported in one message, grouped by cause,
 * status, operation and input kind, each group with a curl reproducer.
 * <p>
 * {@code -Dfuzz.requests=N} (default: one full round of operations x kinds, at least 2,000) and
 * {@code -Dfuzz.seed=S} (default 42, so a build is repeatable) change the run; bench/fuzz.sh is the long
 * version, with a fresh seed each run.
 */
@BoomiEmulatorTest(resetBetweenTests = false)
@RequestLineTest
class OpenApiFuzzTest {

    @Test
    void every_operation_answers_hostile_input_with_a_clear_4xx_in_its_family_shape(EmulatorRuntimeInfo emulator)
            throws InterruptedException {
        assertNoFindings(new FuzzEngine.Settings("127.0.0.1", emulator.port(), seed(),
                Long.getLong("fuzz.requests", 0L), 2, 10, 500, 10_000, 0));
    }

    /** A fixed default seed keeps mvn verify repeatable; bench/fuzz.sh draws a new one each run. */
    static long seed() {
        return Long.getLong("fuzz.seed", 42L);
    }

    /** Runs the cases of {@code settings} and fails with the report, its groups and reproducers, on any finding. */
    static void assertNoFindings(FuzzEngine.Settings settings) throws InterruptedException {
        FuzzEngine engine = new FuzzEngine(settings);
        System.out.println("fuzz: seed " + settings.seed() + " (rerun with -Dfuzz.seed=" + settings.seed() + ")");

        FuzzTally tally = engine.run(null);
        String report = tally.report(settings.baseUrl(), settings.seed());
        System.out.println(report);

        assertThat(tally.requests()).isGreaterThanOrEqualTo(engine.requests());
        assertThat(tally.findings()).as("findings of the fuzz run\n%s", report).isZero();
    }
}
