package dev.boomiemulator.concurrency;

import static dev.boomiemulator.concurrency.Race.dataIntegration;
import static dev.boomiemulator.support.DataIntegration.ACCOUNT;
import static dev.boomiemulator.support.DataIntegration.ACTIVE_RIVER;
import static dev.boomiemulator.support.DataIntegration.TOKEN;
import static dev.boomiemulator.support.DataIntegration.in;
import static dev.boomiemulator.support.DataIntegration.prod;
import static org.assertj.core.api.Assertions.assertThat;

import dev.boomiemulator.client.EmulatorRuntimeInfo;
import dev.boomiemulator.junit.BoomiEmulatorTest;
import io.restassured.response.Response;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Concurrent runs are counted exactly: 2 per data flow and 15 per token in a minute, never more. */
@BoomiEmulatorTest(frozenClock = "2026-03-02T08:00:00Z", fixtures = "dataintegration/throttle.json")
class RunThrottleRaceTest {
    private static final String THROTTLING = "6650a1b2c3d4e5f6000000e9";
    private static final String THROTTLE_TOKEN = "throttle-test-token";

    @Test
    void sixteen_concurrent_runs_of_one_river_accept_exactly_two(EmulatorRuntimeInfo emulator) {
        List<Response> answers = Race.run(16, i -> dataIntegration(emulator, ACCOUNT, TOKEN)
                .post(prod("/rivers/" + ACTIVE_RIVER + "/run")));

        Race.assertNoServerError(answers);
        assertThat(Race.statuses(answers)).containsEntry(202, 2L).containsEntry(429, 14L);
        // the second accepted request found the first run pending: one run exists
        assertThat(dataIntegration(emulator, ACCOUNT, TOKEN)
                .queryParam("start_time", "2026-03-02T07:00:00").queryParam("end_time", "2026-03-02T09:00:00")
                .get(prod("/rivers/" + ACTIVE_RIVER + "/runs"))
                .then().statusCode(200).extract().jsonPath().getInt("total_items")).isEqualTo(1);
    }

    @Test
    void twenty_concurrent_runs_of_one_token_over_eight_rivers_accept_exactly_fifteen(EmulatorRuntimeInfo emulator) {
        // rivers 1-4 get 3 requests, 5-8 get 2: the rivers' limits would allow 16, the token's allows 15
        List<Response> answers = Race.run(20, i -> dataIntegration(emulator, ACCOUNT, THROTTLE_TOKEN)
                .post(in(THROTTLING, "/rivers/6650a1b2c3d4e5f60000e9b" + (i % 8 + 1) + "/run")));

        Race.assertNoServerError(answers);
        assertThat(Race.statuses(answers)).containsEntry(202, 15L).containsEntry(429, 5L);
        dataIntegration(emulator, ACCOUNT, THROTTLE_TOKEN)
                .post(in(THROTTLING, "/rivers/6650a1b2c3d4e5f60000e9b8/run")).then().statusCode(429);
    }
}
