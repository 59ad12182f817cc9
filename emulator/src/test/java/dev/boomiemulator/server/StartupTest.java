package dev.boomiemulator.server;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;

import dev.boomiemulator.fixtures.FixtureRejected;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Starting servers from configuration: fixture files and folders, flags and environment variables. */
class StartupTest {
    private static final String ACCOUNT = "{\"accounts\":[{\"id\":\"file-account\",\"users\":[{\"username\":\"f\",\"password\":\"pw\"}],"
            + "\"platform\":{\"environments\":[{\"id\":\"file-env\",\"name\":\"From a file\"}]}}]}";

    @Test
    void fixtures_load_from_a_folder_without_the_default_set(@TempDir Path folder) throws Exception {
        Files.writeString(folder.resolve("a.json"), ACCOUNT);
        Files.writeString(folder.resolve("notes.txt"), "not a fixture");
        EmulatorConfig config = EmulatorConfig.builder().host("127.0.0.1").port(0)
                .defaultFixtures(false).fixture(folder.toString()).build();
        try (EmulatorServer server = EmulatorServer.start(config)) {
            given().baseUri(server.baseUrl()).auth().preemptive().basic("f", "pw").accept("application/json")
                    .get("/api/rest/v1/file-account/Environment/file-env")
                    .then().statusCode(200).body("name", equalTo("From a file"));
            given().baseUri(server.baseUrl()).auth().preemptive().basic("demo@example.com", "demo-password").accept("application/json")
                    .get("/api/rest/v1/demo-account/Environment/3f1c2a9e-0b7d-4c55-9a11-000000000001")
                    .then().statusCode(401);
        }
    }

    @Test
    void a_bad_fixture_file_stops_the_start_naming_file_path_and_reason(@TempDir Path folder) throws Exception {
        Path bad = folder.resolve("bad.json");
        Files.writeString(bad, "{\"accounts\":[{\"id\":\"x\",\"platform\":{\"environments\":[{\"name\":\"A\",\"classification\":\"STAGING\"}]}}]}");
        EmulatorConfig config = EmulatorConfig.builder().port(0).fixture(bad.toString()).build();
        assertThatThrownBy(() -> EmulatorServer.start(config))
                .isInstanceOf(FixtureRejected.class)
                .satisfies(e -> {
                    FixtureRejected.Problem problem = ((FixtureRejected) e).problems().get(0);
                    assertThat(problem.file()).isEqualTo(bad.toString());
                    assertThat(problem.path()).isEqualTo("$.accounts[0].platform.environments[0].classification");
                    assertThat(problem.reason()).contains("STAGING");
                });
    }

    @Test
    void a_missing_fixture_location_is_refused(@TempDir Path folder) {
        EmulatorConfig config = EmulatorConfig.builder().port(0).fixture(folder.resolve("nope.json").toString()).build();
        assertThatThrownBy(() -> EmulatorServer.start(config)).isInstanceOf(FixtureRejected.class)
                .hasMessageContaining("no such file");
    }

    @Test
    void flags_override_environment_variables() {
        EmulatorConfig config = CommandLine.parse(
                new String[] {"--port", "9090", "--fixtures", "a.json,b", "--no-default-fixtures", "--freeze-clock", "2026-01-01T00:00:00Z"},
                Map.of("BOOMI_EMULATOR_PORT", "7070", "BOOMI_EMULATOR_HOST", "127.0.0.1", "BOOMI_EMULATOR_FIXTURES", "env.json")).config();
        assertThat(config.port()).isEqualTo(9090);
        assertThat(config.host()).isEqualTo("127.0.0.1");
        assertThat(config.fixtures()).containsExactly("env.json", "a.json", "b");
        assertThat(config.defaultFixtures()).isFalse();
        assertThat(config.frozenClock()).isEqualTo(Instant.parse("2026-01-01T00:00:00Z"));
    }

    @Test
    void an_unknown_flag_or_bad_port_is_refused() {
        assertThatThrownBy(() -> CommandLine.parse(new String[] {"--colour"}, Map.of())).hasMessageContaining("--colour");
        assertThatThrownBy(() -> CommandLine.parse(new String[] {"--port", "eighty"}, Map.of())).hasMessageContaining("eighty");
    }

    @Test
    void two_servers_in_one_jvm_do_not_share_state() {
        EmulatorConfig config = EmulatorConfig.builder().host("127.0.0.1").port(0).build();
        try (EmulatorServer first = EmulatorServer.start(config); EmulatorServer second = EmulatorServer.start(config)) {
            given().baseUri(first.baseUrl()).auth().preemptive().basic("demo@example.com", "demo-password").accept("application/json")
                    .contentType("application/json").body("{\"name\":\"Only in the first\"}")
                    .post("/api/rest/v1/demo-account/Environment").then().statusCode(200);
            given().baseUri(second.baseUrl()).auth().preemptive().basic("demo@example.com", "demo-password").accept("application/json")
                    .post("/api/rest/v1/demo-account/Environment/query").then().body("numberOfResults", equalTo(2));
            assertThat(first.port()).isNotEqualTo(second.port());
        }
    }
}
