package dev.boomiemulator.robustness.fuzz;

import dev.boomiemulator.client.EmulatorRuntimeInfo;
import dev.boomiemulator.junit.BoomiEmulatorTest;
import dev.boomiemulator.support.RequestLineTest;
import org.junit.jupiter.api.Test;

/**
 * A shorter fuzz round with {@link Disturbances} beside it: resets of the store and of an account, state documents
 * exported and loaded back, the clock moved on and the journal cleared while the cases are in flight, as a suite
 * sharing one emulator does. Every case must still get a clear answer (no 5xx, hang or dropped connection), and every
 * disturbance must succeed: "no 500 for any race" across every operation, where the race tests each cover a few.
 */
@BoomiEmulatorTest(resetBetweenTests = false)
@RequestLineTest
class DisturbedFuzzTest {

    @Test
    void every_operation_answers_clearly_while_the_state_is_reset_and_loaded_beside_it(EmulatorRuntimeInfo emulator)
            throws InterruptedException {
        // a disturbance a second on average; an answer may wait behind a few resets and loads on a busy build machine
        // (an account's reset after thousands of writes takes a second or more there), so a hang is 30 s without one
        OpenApiFuzzTest.assertNoFindings(new FuzzEngine.Settings("127.0.0.1", emulator.port(), OpenApiFuzzTest.seed(),
                3_000, 2, 10, 1_000, 30_000, 1_000));
    }
}
