package dev.boomiemulator.junit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import dev.boomiemulator.client.EmulatorRuntimeInfo;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The programmatic form: own fixtures only, a frozen clock, state kept between methods when asked. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BuilderFormTest {
    private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

    @RegisterExtension
    static BoomiEmulatorExtension emulator = BoomiEmulatorExtension.builder()
            .fixtures("fixtures/query-environments.json")
            .defaultFixtures(false)
            .frozenClock(START)
            .resetBetweenTests(false)
            .build();

    @Test
    @Order(1)
    void only_the_given_fixtures_are_loaded() {
        given().baseUri(emulator.baseUrl()).auth().preemptive().basic("query@example.com", "query-password").accept("application/json")
                .post("/api/rest/v1/query-account/Environment/query")
                .then().statusCode(200).body("numberOfResults", equalTo(5));
        given().baseUri(emulator.baseUrl()).auth().preemptive().basic("demo@example.com", "demo-password").accept("application/json")
                .post("/api/rest/v1/demo-account/Environment/query")
                .then().statusCode(401);
    }

    @Test
    @Order(2)
    void without_the_default_fixtures_the_runtime_info_acts_as_the_first_user_of_its_own(EmulatorRuntimeInfo runtime) {
        assertThat(runtime.accountId()).isEqualTo("query-account");
        assertThat(runtime.username()).isEqualTo("query@example.com");
        assertThat(runtime.platformUrl()).endsWith("/api/rest/v1/query-account");
        given().baseUri(runtime.platformUrl()).auth().preemptive().basic(runtime.username(), runtime.password()).accept("application/json")
                .post("/Environment/query").then().statusCode(200).body("numberOfResults", equalTo(5));
    }

    @Test
    @Order(3)
    void the_clock_starts_frozen_and_moves_only_when_told() {
        assertThat(emulator.control().now()).isEqualTo(START);
        emulator.control().advanceClock(Duration.ofMinutes(10));
        assertThat(emulator.control().now()).isEqualTo(START.plus(Duration.ofMinutes(10)));
        given().baseUri(emulator.baseUrl()).auth().preemptive().basic("query@example.com", "query-password").accept("application/json")
                .contentType("application/json").body("{\"name\":\"Kept\"}")
                .post("/api/rest/v1/query-account/Environment")
                .then().statusCode(200).body("createdDate", equalTo("2026-01-01T00:10:00Z"));
    }

    @Test
    @Order(4)
    void without_reset_between_tests_state_carries_over(EmulatorRuntimeInfo runtime) {
        assertThat(runtime.baseUrl()).isEqualTo(emulator.baseUrl());
        given().baseUri(runtime.platformUrl("query-account")).auth().preemptive().basic("query@example.com", "query-password").accept("application/json")
                .post("/Environment/query").then().body("numberOfResults", equalTo(6));
    }
}
