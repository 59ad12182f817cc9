package dev.boomiemulator.platform;

import static dev.boomiemulator.support.Platform.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import dev.boomiemulator.client.EmulatorRuntimeInfo;
import dev.boomiemulator.junit.BoomiEmulatorTest;
import dev.boomiemulator.support.Contracts;
import dev.boomiemulator.support.Platform;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The real service's request-rate limit, switched on at run time and counted on the emulator clock. */
@BoomiEmulatorTest(frozenClock = "2026-03-02T08:00:00.250Z")
class PlatformRateLimitApiTest {
    private static final String PRODUCTION_ID = "3f1c2a9e-0b7d-4c55-9a11-000000000001";
    private static final String BOOMI_503_MESSAGE =
            "The server is too busy or the client exceeded the allotted rate limit. Have the client try again later.";

    private static RequestSpecification limits(EmulatorRuntimeInfo emulator) {
        return given().baseUri(emulator.baseUrl() + "/_emulator/limits").contentType(ContentType.JSON)
                .filter(Contracts.CONTROL);
    }

    private static void limitTo(EmulatorRuntimeInfo emulator, int requestsPerSecond) {
        limits(emulator).body("{\"platformRequestsPerSecond\":" + requestsPerSecond + "}").put()
                .then().statusCode(200).body("platformRequestsPerSecond", equalTo(requestsPerSecond));
    }

    private static RequestSpecification other(EmulatorRuntimeInfo emulator) {
        return as(emulator, "other-account", "other@example.com", "other-password");
    }

    @Test
    void limit_is_off_by_default_so_50_calls_in_one_clock_second_all_answer(EmulatorRuntimeInfo emulator) {
        limits(emulator).get().then().statusCode(200).body("platformRequestsPerSecond", equalTo(0));
        for (int i = 0; i < 50; i++) {
            as(emulator).get("/Environment/" + PRODUCTION_ID).then().statusCode(200);
        }
    }

    @Test
    void switched_on_the_call_after_N_in_one_clock_second_is_503_with_boomis_message(EmulatorRuntimeInfo emulator) {
        limitTo(emulator, 3);
        for (int i = 0; i < 3; i++) {
            as(emulator).get("/Environment/" + PRODUCTION_ID).then().statusCode(200);
        }
        as(emulator).get("/Environment/" + PRODUCTION_ID)
                .then().statusCode(503)
                .body("'@type'", equalTo("Error"))
                .body("message", equalTo(BOOMI_503_MESSAGE));
        // a refused write changes nothing
        as(emulator).body("{\"name\":\"Throttled\"}").post("/Environment").then().statusCode(503);
        limits(emulator).get().then().body("platformRequestsPerSecond", equalTo(3));
        emulator.control().advanceClock(Duration.ofSeconds(1));
        as(emulator).body("{\"QueryFilter\":{\"expression\":{\"property\":\"name\",\"operator\":\"EQUALS\",\"argument\":[\"Throttled\"]}}}")
                .post("/Environment/query").then().statusCode(200).body("numberOfResults", equalTo(0));
    }

    @Test
    void concurrent_requests_in_one_clock_second_get_exactly_N_answers(EmulatorRuntimeInfo emulator) throws Exception {
        limitTo(emulator, 25);
        ExecutorService callers = Executors.newFixedThreadPool(8);
        try {
            List<Future<Integer>> statuses = new ArrayList<>();
            for (int i = 0; i < 80; i++) {
                statuses.add(callers.submit(() -> as(emulator).get("/Environment/" + PRODUCTION_ID).statusCode()));
            }
            Map<Integer, Integer> counts = new TreeMap<>();
            for (Future<Integer> status : statuses) {
                counts.merge(status.get(), 1, Integer::sum);
            }
            assertThat(counts, equalTo(Map.of(200, 25, 503, 55)));
        } finally {
            callers.shutdownNow();
        }
    }

    @Test
    void the_next_clock_second_is_a_fresh_window(EmulatorRuntimeInfo emulator) {
        limitTo(emulator, 2);
        as(emulator).get("/Environment/" + PRODUCTION_ID).then().statusCode(200);
        as(emulator).get("/Environment/" + PRODUCTION_ID).then().statusCode(200);
        as(emulator).get("/Environment/" + PRODUCTION_ID).then().statusCode(503);

        // still the same second (08:00:00.250 → .950): still refused
        emulator.control().advanceClock(Duration.ofMillis(700));
        as(emulator).get("/Environment/" + PRODUCTION_ID).then().statusCode(503);

        emulator.control().advanceClock(Duration.ofSeconds(1));
        as(emulator).get("/Environment/" + PRODUCTION_ID).then().statusCode(200);
        as(emulator).get("/Environment/" + PRODUCTION_ID).then().statusCode(200);
        as(emulator).get("/Environment/" + PRODUCTION_ID).then().statusCode(503);
    }

    @Test
    void each_account_has_its_own_budget(EmulatorRuntimeInfo emulator) {
        limitTo(emulator, 2);
        as(emulator).get("/Environment/" + PRODUCTION_ID).then().statusCode(200);
        as(emulator).get("/Environment/" + PRODUCTION_ID).then().statusCode(200);
        as(emulator).get("/Environment/" + PRODUCTION_ID).then().statusCode(503);

        other(emulator).post("/Environment/query").then().statusCode(200);
        other(emulator).post("/Environment/query").then().statusCode(200);
        other(emulator).post("/Environment/query").then().statusCode(503).body("message", equalTo(BOOMI_503_MESSAGE));
    }

    @Test
    void requests_that_fail_authentication_do_not_spend_the_accounts_budget(EmulatorRuntimeInfo emulator) {
        limitTo(emulator, 1);
        Platform.anonymous(emulator).get("/Environment/" + PRODUCTION_ID).then().statusCode(401);
        as(emulator, "demo-account", "demo@example.com", "wrong").get("/Environment/" + PRODUCTION_ID)
                .then().statusCode(401);
        as(emulator).get("/Environment/" + PRODUCTION_ID).then().statusCode(200);
        as(emulator).get("/Environment/" + PRODUCTION_ID).then().statusCode(503);
    }

    @Test
    void switched_off_again_nothing_is_refused(EmulatorRuntimeInfo emulator) {
        limitTo(emulator, 1);
        as(emulator).get("/Environment/" + PRODUCTION_ID).then().statusCode(200);
        as(emulator).get("/Environment/" + PRODUCTION_ID).then().statusCode(503);
        limitTo(emulator, 0);
        for (int i = 0; i < 5; i++) {
            as(emulator).get("/Environment/" + PRODUCTION_ID).then().statusCode(200);
        }
    }

    @Test
    void a_reset_returns_the_limit_to_its_start_up_value(EmulatorRuntimeInfo emulator) {
        limitTo(emulator, 1);
        emulator.control().reset();
        limits(emulator).get().then().body("platformRequestsPerSecond", equalTo(0));
        as(emulator).get("/Environment/" + PRODUCTION_ID).then().statusCode(200);
        as(emulator).get("/Environment/" + PRODUCTION_ID).then().statusCode(200);
    }

    @Test
    void a_bad_limit_is_400_and_leaves_the_limit_as_it_was(EmulatorRuntimeInfo emulator) {
        limitTo(emulator, 4);
        limits(emulator).body("{\"platformRequestsPerSecond\":-1}").put()
                .then().statusCode(400).body("message", containsString("platformRequestsPerSecond"));
        limits(emulator).body("{\"platformRequestsPerSecond\":\"ten\"}").put()
                .then().statusCode(400).body("message", containsString("platformRequestsPerSecond"));
        limits(emulator).body("{\"platformRequestsPerSecond\":2.5}").put().then().statusCode(400);
        limits(emulator).body("{}").put()
                .then().statusCode(400).body("message", containsString("platformRequestsPerSecond"));
        limits(emulator).get().then().body("platformRequestsPerSecond", equalTo(4));
    }
}
