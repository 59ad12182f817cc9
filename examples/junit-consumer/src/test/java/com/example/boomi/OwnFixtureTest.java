package com.example.boomi;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.boomiemulator.junit.BoomiEmulatorExtension;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The builder form: only our own fixture, a frozen clock; the runtime info acts as our fixture's first user. */
class OwnFixtureTest {
    private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

    @RegisterExtension
    static BoomiEmulatorExtension emulator = BoomiEmulatorExtension.builder()
            .fixtures("fixtures/acme.json") // on the test classpath: src/test/resources/fixtures/acme.json
            .defaultFixtures(false)
            .frozenClock(START)
            .build();

    @Test
    void the_runtime_info_follows_our_fixture() {
        assertEquals("acme-account", emulator.runtimeInfo().accountId());
        given().baseUri(emulator.runtimeInfo().platformUrl())
                .auth().preemptive().basic(emulator.runtimeInfo().username(), emulator.runtimeInfo().password())
                .accept("application/json")
                .post("/Environment/query")
                .then().statusCode(200).body("numberOfResults", equalTo(2));
    }

    @Test
    void the_clock_moves_only_when_told() {
        emulator.control().advanceClock(Duration.ofHours(1));
        given().baseUri(emulator.runtimeInfo().platformUrl())
                .auth().preemptive().basic("ci@acme.example", "ci-password").accept("application/json")
                .contentType("application/json").accept("application/json")
                .body("{\"name\":\"Created later\"}")
                .post("/Environment")
                .then().statusCode(200).body("createdDate", equalTo("2026-01-01T01:00:00Z"));
    }
}
