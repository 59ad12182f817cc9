package dev.boomiemulator.dataintegration;

import static dev.boomiemulator.support.DataIntegration.ACTIVE_RIVER;
import static dev.boomiemulator.support.DataIntegration.FAILING_RIVER;
import static dev.boomiemulator.support.DataIntegration.as;
import static dev.boomiemulator.support.DataIntegration.in;
import static dev.boomiemulator.support.DataIntegration.prod;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import dev.boomiemulator.client.EmulatorRuntimeInfo;
import dev.boomiemulator.junit.BoomiEmulatorTest;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** At most 2 runs per data flow and 15 per token in any minute, on the emulator clock. */
@BoomiEmulatorTest(frozenClock = "2026-03-02T08:00:00Z", fixtures = "dataintegration/throttle.json")
class RunThrottlingApiTest {
    private static final String THROTTLING = "6650a1b2c3d4e5f6000000e9";
    private static final String TOKEN = "throttle-test-token";

    @Test
    void third_run_of_a_river_within_a_minute_is_429_until_the_window_slides(EmulatorRuntimeInfo emulator) {
        run(emulator, ACTIVE_RIVER).then().statusCode(202);
        run(emulator, ACTIVE_RIVER).then().statusCode(202);
        run(emulator, ACTIVE_RIVER)
                .then().statusCode(429)
                .header("Retry-After", "60")
                .body("detail", containsString("2 times per minute"));

        emulator.control().advanceClock(Duration.ofSeconds(30));
        run(emulator, ACTIVE_RIVER).then().statusCode(429).header("Retry-After", "30");

        emulator.control().advanceClock(Duration.ofSeconds(30));
        run(emulator, ACTIVE_RIVER).then().statusCode(202);
    }

    @Test
    void the_window_slides_run_by_run(EmulatorRuntimeInfo emulator) {
        run(emulator, FAILING_RIVER).then().statusCode(202);               // t0
        emulator.control().advanceClock(Duration.ofSeconds(40));
        run(emulator, FAILING_RIVER).then().statusCode(202);               // t0+40
        emulator.control().advanceClock(Duration.ofSeconds(10));
        run(emulator, FAILING_RIVER).then().statusCode(429).header("Retry-After", "10");
        emulator.control().advanceClock(Duration.ofSeconds(10));
        run(emulator, FAILING_RIVER).then().statusCode(202);               // t0+60: t0 has left the window
        emulator.control().advanceClock(Duration.ofSeconds(1));
        run(emulator, FAILING_RIVER).then().statusCode(429).header("Retry-After", "39");
    }

    @Test
    void another_river_is_not_throttled_by_the_first(EmulatorRuntimeInfo emulator) {
        run(emulator, ACTIVE_RIVER).then().statusCode(202);
        run(emulator, ACTIVE_RIVER).then().statusCode(202);
        run(emulator, ACTIVE_RIVER).then().statusCode(429);
        run(emulator, FAILING_RIVER).then().statusCode(202);
    }

    @Test
    void a_token_runs_at_most_15_times_a_minute(EmulatorRuntimeInfo emulator) {
        int accepted = 0;
        for (int river = 1; river <= 8 && accepted < 15; river++) {
            for (int time = 0; time < 2 && accepted < 15; time++) {
                as(emulator, TOKEN).post(in(THROTTLING, "/rivers/6650a1b2c3d4e5f60000e9b" + river + "/run"))
                        .then().statusCode(202);
                accepted++;
            }
        }
        as(emulator, TOKEN).post(in(THROTTLING, "/rivers/6650a1b2c3d4e5f60000e9b8/run"))
                .then().statusCode(429)
                .header("Retry-After", "60")
                .body("detail", containsString("15 times per minute"));

        // another token (user) is counted on its own
        as(emulator).post(in(THROTTLING, "/rivers/6650a1b2c3d4e5f60000e9b8/run")).then().statusCode(202);

        emulator.control().advanceClock(Duration.ofMinutes(1));
        as(emulator, TOKEN).post(in(THROTTLING, "/rivers/6650a1b2c3d4e5f60000e9b8/run"))
                .then().statusCode(202).body("runs[0].status", equalTo("pending"));
    }

    @Test
    void refused_runs_do_not_count(EmulatorRuntimeInfo emulator) {
        run(emulator, ACTIVE_RIVER).then().statusCode(202);
        run(emulator, ACTIVE_RIVER).then().statusCode(202);
        for (int i = 0; i < 5; i++) {
            run(emulator, ACTIVE_RIVER).then().statusCode(429);
        }
        emulator.control().advanceClock(Duration.ofSeconds(60));
        run(emulator, ACTIVE_RIVER).then().statusCode(202);
        run(emulator, ACTIVE_RIVER).then().statusCode(202);
    }

    private static io.restassured.response.Response run(EmulatorRuntimeInfo emulator, String river) {
        return as(emulator).post(prod("/rivers/" + river + "/run"));
    }
}
