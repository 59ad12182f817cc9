package dev.boomiemulator.server;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.specification.RequestSpecification;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A closed server's store is handed to the next server in the JVM started alike, reset: that server sees nothing of
 * the last one's run (its objects, its query token key), and a store whose reset no longer returns to the start-up
 * state, or a server started otherwise, gets a store of its own. Each test starts from a fixture file of its own
 * (an account no other test names), so no other test's server takes its stores.
 */
class ParkedStoresTest {
    @TempDir
    Path folder;

    @Test
    void the_next_server_started_alike_takes_the_store_reset_and_sees_nothing_of_the_last_run() throws Exception {
        String account = "parked-" + UUID.randomUUID();
        EmulatorConfig config = config(account);
        String token;
        try (EmulatorServer first = EmulatorServer.start(config)) {
            assertThat(first.tookOverStore()).isFalse();
            platform(first, account).contentType("application/json").body("{\"name\":\"Written by the first\"}")
                    .post("/Environment").then().statusCode(200);
            token = platform(first, account).contentType("application/json").body("{}")
                    .post("/Environment/query").then().statusCode(200).body("numberOfResults", equalTo(151))
                    .extract().path("queryToken");
        }

        try (EmulatorServer second = EmulatorServer.start(config)) {
            assertThat(second.tookOverStore()).isTrue();
            platform(second, account).contentType("application/json")
                    .body("{\"QueryFilter\":{\"expression\":{\"property\":\"name\",\"operator\":\"EQUALS\","
                            + "\"argument\":[\"Written by the first\"]}}}")
                    .post("/Environment/query").then().statusCode(200).body("numberOfResults", equalTo(0));
            platform(second, account).contentType("application/json").body("{}")
                    .post("/Environment/query").then().statusCode(200).body("numberOfResults", equalTo(150));
            // the first server's query token key went with its run: its token is not this server's
            platform(second, account).contentType("text/plain").body(token)
                    .post("/Environment/queryMore").then().statusCode(400);
        }
    }

    @Test
    void a_server_closed_as_its_jvm_exits_keeps_no_store_for_a_later_one() throws Exception {
        String account = "parked-" + UUID.randomUUID();
        EmulatorConfig config = config(account);
        EmulatorServer.start(config).closeAtExit();
        try (EmulatorServer next = EmulatorServer.start(config)) {
            assertThat(next.tookOverStore()).isFalse();
            platform(next, account).get("/Environment/env-1").then().statusCode(200).body("name", equalTo("Env 1"));
        }
    }

    @Test
    void a_store_holding_a_fixture_loaded_at_run_time_is_not_handed_on() throws Exception {
        String account = "parked-" + UUID.randomUUID();
        EmulatorConfig config = config(account);
        try (EmulatorServer first = EmulatorServer.start(config)) {
            given().baseUri(first.baseUrl()).contentType("application/json")
                    .body("{\"accounts\":[{\"id\":\"" + account + "-2\",\"users\":[{\"username\":\"u\",\"password\":\"pw\"}]}]}")
                    .post("/_emulator/fixtures").then().statusCode(201);
        }
        try (EmulatorServer second = EmulatorServer.start(config)) {
            assertThat(second.tookOverStore()).isFalse();
            given().baseUri(second.baseUrl()).auth().preemptive().basic("u", "pw").accept("application/json")
                    .get("/api/rest/v1/" + account + "-2/Environment/none").then().statusCode(401);
        }
    }

    @Test
    void only_a_server_started_alike_takes_a_kept_store() throws Exception {
        String account = "parked-" + UUID.randomUUID();
        EmulatorConfig config = config(account);
        EmulatorServer.start(config).close();
        EmulatorConfig otherLimit = EmulatorConfig.builder().host("127.0.0.1").port(0).defaultFixtures(false)
                .fixture(folder.resolve("fixture.json").toString()).platformRateLimit(7).build();
        try (EmulatorServer other = EmulatorServer.start(otherLimit)) {
            assertThat(other.tookOverStore()).isFalse();
        }
        try (EmulatorServer alike = EmulatorServer.start(config)) {
            assertThat(alike.tookOverStore()).isTrue();
        }
    }

    @Test
    void a_server_whose_fixture_file_was_edited_since_gets_a_store_of_its_own_holding_the_edit() throws Exception {
        String account = "parked-" + UUID.randomUUID();
        EmulatorConfig config = config(account);
        EmulatorServer.start(config).close();
        Path fixture = folder.resolve("fixture.json");
        Files.writeString(fixture, Files.readString(fixture).replace("\"Env 1\"", "\"Env one\""));
        try (EmulatorServer edited = EmulatorServer.start(config)) {
            assertThat(edited.tookOverStore()).isFalse();
            platform(edited, account).get("/Environment/env-1").then().statusCode(200).body("name", equalTo("Env one"));
        }
    }

    @Test
    void a_server_frozen_at_the_same_instant_takes_the_store_whatever_precision_the_instant_was_given_in()
            throws Exception {
        String account = "parked-" + UUID.randomUUID();
        Instant frozen = Instant.parse("2026-01-01T00:00:00.123456789Z"); // the clock reads microseconds
        EmulatorConfig config = EmulatorConfig.builder().host("127.0.0.1").port(0).defaultFixtures(false)
                .fixture(config(account).fixtures().get(0)).frozenClock(frozen).build();
        EmulatorServer.start(config).close();
        try (EmulatorServer alike = EmulatorServer.start(config)) {
            assertThat(alike.tookOverStore()).isTrue();
        }
    }

    private EmulatorConfig config(String account) throws Exception {
        StringBuilder environments = new StringBuilder();
        for (int i = 0; i < 150; i++) {
            environments.append(i == 0 ? "" : ",").append("{\"id\":\"env-").append(i).append("\",\"name\":\"Env ")
                    .append(i).append("\"}");
        }
        Path fixture = folder.resolve("fixture.json");
        Files.writeString(fixture, "{\"accounts\":[{\"id\":\"" + account + "\",\"users\":[{\"username\":\"" + account
                + "\",\"password\":\"pw\"}],\"platform\":{\"environments\":[" + environments + "]}}]}");
        return EmulatorConfig.builder().host("127.0.0.1").port(0).defaultFixtures(false).fixture(fixture.toString())
                .build();
    }

    private static RequestSpecification platform(EmulatorServer server, String account) {
        return given().baseUri(server.baseUrl() + "/api/rest/v1/" + account).auth().preemptive().basic(account, "pw")
                .accept("application/json");
    }
}
