package dev.boomiemulator.server;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as a user meets it: exit status, standard output and standard error. */
class MainCliTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final List<EmulatorServer> started = new ArrayList<>();

    @AfterEach
    void stopServers() {
        started.forEach(EmulatorServer::close);
    }

    private int run(Map<String, String> env, String... args) {
        return Main.run(args, env, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), started::add);
    }

    private int run(String... args) {
        return run(Map.of(), args);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void help_lists_every_flag_with_its_variable_and_default_and_exits_0() {
        assertThat(run("--help")).isZero();
        for (CliFlag flag : CliFlag.values()) {
            assertThat(out()).contains(flag.synopsis()).contains(flag.description);
            if (flag.environmentVariable != null) {
                assertThat(out()).contains("env " + flag.environmentSynopsis() + ", default: " + flag.defaultText);
            }
        }
        assertThat(out()).contains("--port N").contains("BOOMI_EMULATOR_PORT, default: 8080")
                .contains("BOOMI_EMULATOR_HOST, default: 127.0.0.1");
        assertThat(err()).isEmpty();
        assertThat(started).isEmpty();
    }

    @Test
    void short_h_is_help_too_even_after_other_flags() {
        assertThat(run("--port", "9999", "-h")).isZero();
        assertThat(out()).startsWith("Usage: boomi-emulator");
        assertThat(started).isEmpty();
    }

    @Test
    void unknown_flag_is_one_line_listing_the_valid_flags_and_exits_2() {
        assertThat(run("--colour")).isEqualTo(2);
        assertThat(err()).isEqualTo("boomi-emulator: unknown flag --colour; the flags are --port, --host, --fixtures, "
                + "--no-default-fixtures, --freeze-clock, --admin-token, --platform-rate-limit, --journal-size, "
                + "--journal-body-limit, --state-file, --database, --database-user, --database-password, --help (see --help)\n");
        assertThat(out()).isEmpty();
    }

    @Test
    void bare_word_is_an_unexpected_argument_pointing_at_fixtures() {
        assertThat(run("my.json")).isEqualTo(2);
        assertThat(err()).startsWith("boomi-emulator: unexpected argument my.json (fixture files go after --fixtures); "
                + "the flags are --port,");
    }

    @Test
    void port_out_of_range_names_the_flag_and_exits_2() {
        assertThat(run("--port", "99999")).isEqualTo(2);
        assertThat(err()).isEqualTo("boomi-emulator: --port must be 0..65535, got 99999\n");
    }

    @Test
    void a_database_that_is_not_postgresql_names_the_flag_and_exits_2() {
        assertThat(run("--database", "mysql://db/emulator")).isEqualTo(2);
        assertThat(err()).isEqualTo("boomi-emulator: --database must be a jdbc:postgresql: (or jdbc:h2:) URL, got "
                + "mysql://db/emulator\n");
    }

    @Test
    void port_that_is_not_a_number_in_the_environment_names_the_variable() {
        assertThat(run(Map.of("BOOMI_EMULATOR_PORT", "eighty"))).isEqualTo(2);
        assertThat(err()).isEqualTo("boomi-emulator: BOOMI_EMULATOR_PORT must be 0..65535, got eighty\n");
    }

    @Test
    void flag_given_as_name_equals_value_works_and_a_missing_value_is_named() {
        assertThat(run("--port=99999")).isEqualTo(2);
        assertThat(run("--port")).isEqualTo(2);
        assertThat(run("--host", "--port", "1")).isEqualTo(2);
        assertThat(err()).isEqualTo("boomi-emulator: --port must be 0..65535, got 99999\n"
                + "boomi-emulator: --port needs a value: --port N\n"
                + "boomi-emulator: --host needs a value: --host ADDRESS\n");
    }

    @Test
    void malformed_ip_address_is_a_bad_host_not_a_port_in_use() {
        assertThat(run("--host", "999.1.1.1")).isEqualTo(2);
        assertThat(err()).isEqualTo(
                "boomi-emulator: --host must be a host name or an IP address such as 127.0.0.1, got '999.1.1.1'\n");
    }

    @Test
    void host_that_does_not_resolve_says_so_and_exits_1() {
        assertThat(run("--host", "no-such-host.invalid", "--port", "0")).isEqualTo(1);
        assertThat(err()).isEqualTo("boomi-emulator: host 'no-such-host.invalid' cannot be resolved to an address\n");
        assertThat(started).isEmpty();
    }

    @Test
    void address_of_another_machine_says_so_and_exits_1() {
        // TEST-NET-1 (RFC 5737): a valid address that is never this machine's
        assertThat(run("--host", "192.0.2.1", "--port", "0")).isEqualTo(1);
        assertThat(err()).isEqualTo("boomi-emulator: 192.0.2.1 is not an address of this machine, so port 0 cannot be bound on it\n");
    }

    @Test
    void bad_clock_names_the_flag_and_exits_2() {
        assertThat(run("--freeze-clock", "yesterday")).isEqualTo(2);
        assertThat(err()).isEqualTo(
                "boomi-emulator: --freeze-clock must be an instant such as 2026-01-01T00:00:00Z, got yesterday\n");
    }

    @Test
    void bad_default_fixtures_variable_and_empty_admin_token_are_refused() {
        assertThat(run(Map.of("BOOMI_EMULATOR_DEFAULT_FIXTURES", "no"))).isEqualTo(2);
        assertThat(run("--admin-token", " ")).isEqualTo(2);
        assertThat(err()).isEqualTo("boomi-emulator: BOOMI_EMULATOR_DEFAULT_FIXTURES must be true or false, got no\n"
                + "boomi-emulator: --admin-token must not be empty\n");
    }

    @Test
    void bad_rate_limit_names_the_flag_or_variable_and_exits_2() {
        assertThat(run("--platform-rate-limit", "-1")).isEqualTo(2);
        assertThat(run(Map.of("BOOMI_EMULATOR_PLATFORM_RATE_LIMIT", "ten"))).isEqualTo(2);
        assertThat(err()).isEqualTo(
                "boomi-emulator: --platform-rate-limit must be 0 (no limit) to 1000000 requests per second, got -1\n"
                + "boomi-emulator: BOOMI_EMULATOR_PLATFORM_RATE_LIMIT must be 0 (no limit) to 1000000 requests per second, got ten\n");
        assertThat(started).isEmpty();
    }

    @Test
    void rate_limit_from_the_environment_is_in_force_and_in_the_banner() {
        assertThat(run(Map.of("BOOMI_EMULATOR_PLATFORM_RATE_LIMIT", "1"), "--port", "0")).isZero();
        String url = "http://127.0.0.1:" + started.get(0).port();
        assertThat(out()).contains("rate limit        1 Platform requests per second per account, 503 beyond")
                .contains("Partner API       " + url + "/partner/api/rest/v1/{accountId}/...");
        given().baseUri(url).get("/_emulator/limits").then().statusCode(200)
                .body("platformRequestsPerSecond", equalTo(1));
        started.get(0).clock().freeze(null);
        String environment = "/api/rest/v1/demo-account/Environment/3f1c2a9e-0b7d-4c55-9a11-000000000001";
        given().baseUri(url).auth().preemptive().basic("demo@example.com", "demo-password").accept("application/json").get(environment)
                .then().statusCode(200);
        given().baseUri(url).auth().preemptive().basic("demo@example.com", "demo-password").accept("application/json").get(environment)
                .then().statusCode(503);
    }

    @Test
    void port_in_use_fails_at_once_in_one_line_before_any_fixture_is_loaded() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"))) {
            int port = taken.getLocalPort();
            long begun = System.nanoTime();
            int status = run("--port", String.valueOf(port));
            long millis = (System.nanoTime() - begun) / 1_000_000;
            assertThat(status).isEqualTo(1);
            assertThat(err()).isEqualTo("boomi-emulator: port " + port + " on 127.0.0.1 is already in use\n");
            // the bind comes first: the default fixtures alone take seconds (5-14 s before), so a failure well
            // under that shows none were loaded; the bound is loose because CI machines are loaded
            assertThat(millis).as("time to fail, ms").isLessThan(3_000);
            assertThat(out()).isEmpty();
        }
    }

    @Test
    void banner_names_the_real_url_the_accounts_with_their_ids_the_fixtures_and_an_open_control_api() {
        assertThat(run("--port", "0")).isZero();
        int port = started.get(0).port();
        String url = "http://127.0.0.1:" + port;
        assertThat(out())
                .contains("Boomi emulator ready in ")
                .contains(" ms on " + url + " (this machine only; --host 0.0.0.0 accepts other machines)")
                .contains("Platform          " + url + "/api/rest/v1/{accountId}/...")
                .contains("Data Integration  " + url + "/v1/accounts/{dataIntegrationId}/...")
                .containsPattern("demo-account +6650a1b2c3d4e5f600000001 +Demo Account")
                .containsPattern("other-account +[0-9a-f]{24} +Another Account")
                .contains("fixtures          the built-in default set (6 documents; --no-default-fixtures leaves it out)")
                .contains("control API       " + url + "/_emulator: open (no admin token)")
                .doesNotContain("localhost");
        assertThat(err()).isEmpty();
        given().baseUri(url).get("/_emulator/health").then().statusCode(200);
    }

    @Test
    void banner_on_every_interface_lists_the_loopback_url_the_fixture_files_and_a_protected_control_api(@TempDir Path folder)
            throws Exception {
        Path file = folder.resolve("mine.json");
        Files.writeString(file, "{\"accounts\":[{\"id\":\"mine\",\"users\":[{\"username\":\"me\",\"password\":\"pw\"}]}]}");
        assertThat(run(Map.of("BOOMI_EMULATOR_ADMIN_TOKEN", "s3cret"),
                "--host", "0.0.0.0", "--port", "0", "--no-default-fixtures", "--fixtures", file.toString())).isZero();
        EmulatorServer server = started.get(0);
        int port = server.port();
        assertThat(server.listenAddress().getAddress().isAnyLocalAddress()).isTrue();
        assertThat(out())
                .contains(" ms on http://127.0.0.1:" + port + ", listening on all interfaces (0.0.0.0 port " + port + ")")
                .containsPattern("mine +- +mine")
                .doesNotContain("demo-account")
                .contains("fixtures          " + file)
                .contains("/_emulator: protected by the admin token");
    }

    @Test
    void README_configuration_table_is_the_flag_table() throws Exception {
        Path readme = Path.of("").toAbsolutePath();
        while (!Files.exists(readme.resolve("README.md")) && readme.getParent() != null) {
            readme = readme.getParent();
        }
        String text = Files.readString(readme.resolve("README.md"));
        assertThat(text).as("README.md's configuration table; paste CommandLine.markdownTable()")
                .contains(CommandLine.markdownTable());
    }
}
