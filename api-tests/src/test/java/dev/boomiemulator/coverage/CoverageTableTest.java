package dev.boomiemulator.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.boomiemulator.client.EmulatorRuntimeInfo;
import dev.boomiemulator.coverage.OfficialOperations.Operation;
import dev.boomiemulator.junit.BoomiEmulatorTest;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * docs/COVERAGE.md, kept true by the build (as moto keeps IMPLEMENTATION_COVERAGE.md): every operation of Boomi's
 * official Platform document, and how this emulator serves it. "Served" is asked of a running emulator, not
 * of a list someone keeps: an operation is served when its method and path reach a handler (any answer but the
 * server's unrouted 404 or a 405). Which engine serves it, or why nothing does, is the emulator's own account
 * ({@code GET /_emulator/coverage}), and the two must agree.
 * <p>
 * When the emulator learns an operation, regenerate the table:
 * {@code mvn -pl api-tests -am test -Dtest=CoverageTableTest -Dcoverage.write=true -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@BoomiEmulatorTest
class CoverageTableTest {
    private static final String PROBE_ID = "coverage-probe";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void docs_coverage_md_lists_every_official_operation_with_what_the_emulator_serves(EmulatorRuntimeInfo emulator)
            throws Exception {
        List<Operation> operations = OfficialOperations.load().all();
        Map<String, JsonNode> declared = declaredStates(emulator);
        Map<Operation, CoverageTable.State> states = new LinkedHashMap<>();
        for (Operation operation : operations) {
            JsonNode says = declared.get(operation.method() + " " + operation.path());
            assertThat(says).as("the emulator's account of " + operation).isNotNull();
            String engine = says.path("engine").asText();
            boolean served = isServed(emulator, operation);
            if (engine.equals(CoverageTable.GENERIC)) {
                assertThat(served).as(operation + " is generic, so it must be routed").isTrue();
            } else if (engine.equals("none")) {
                assertThat(served).as(operation + " is declared not served, so it must not be routed").isFalse();
            }
            CoverageTable.State state = served
                    ? new CoverageTable.State(engine, null)
                    : new CoverageTable.State("none", says.path("reason").asText(
                            "an object with rules of its own; this operation is not emulated yet"));
            states.put(operation, state);
        }
        String table = CoverageTable.render(states);

        Path committed = repositoryRoot().resolve("docs/COVERAGE.md");
        if (Boolean.getBoolean("coverage.write")) {
            Files.writeString(committed, table);
        }
        Path fresh = Path.of("target/COVERAGE.md");
        Files.createDirectories(fresh.getParent());
        Files.writeString(fresh, table);
        String current = Files.exists(committed) ? Files.readString(committed) : "";
        assertThat(current)
                .as("docs/COVERAGE.md is stale: the fresh table is in api-tests/target/COVERAGE.md; rewrite it with "
                        + "mvn -pl api-tests -am test -Dtest=CoverageTableTest -Dcoverage.write=true "
                        + "-Dsurefire.failIfNoSpecifiedTests=false")
                .isEqualTo(table);
        long count = states.values().stream().filter(CoverageTable.State::served).count();
        assertThat(Files.readString(repositoryRoot().resolve("README.md")))
                .as("the README's coverage sentence")
                .contains("**" + count + " of the " + states.size() + " operations**");
    }

    /** {@code GET /_emulator/coverage}, by "METHOD /path". */
    private static Map<String, JsonNode> declaredStates(EmulatorRuntimeInfo emulator) throws Exception {
        HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(
                URI.create(emulator.baseUrl() + "/_emulator/coverage")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(200);
        Map<String, JsonNode> byOperation = new LinkedHashMap<>();
        new ObjectMapper().readTree(answer.body()).forEach(row ->
                byOperation.put(row.path("method").asText() + " " + row.path("path").asText(), row));
        return byOperation;
    }

    /** Sends the operation with placeholder ids; only the server's own "no such route" answers mean not served. */
    private static boolean isServed(EmulatorRuntimeInfo emulator, Operation operation) throws Exception {
        String credentials = emulator.username() + ":" + emulator.password();
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create(emulator.platformUrl() + operation.samplePath(PROBE_ID)))
                .timeout(Duration.ofSeconds(30)) // a first read may write records (an Event: executions) on a loaded machine
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)))
                .header("Accept", "application/json")
                .header("Content-Type", "application/json");
        HttpRequest.BodyPublisher body = operation.method().equals("GET") || operation.method().equals("DELETE")
                ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString("{}");
        HttpResponse<String> answer = HTTP.send(request.method(operation.method(), body).build(),
                HttpResponse.BodyHandlers.ofString());
        boolean unrouted = answer.statusCode() == 404 && answer.body().contains("No such resource");
        return !unrouted && answer.statusCode() != 405;
    }

    private static Path repositoryRoot() throws IOException {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !(Files.exists(dir.resolve("README.md")) && Files.isDirectory(dir.resolve("openapi")))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IOException("no repository root (README.md beside openapi/) above " + Path.of("").toAbsolutePath());
        }
        return dir;
    }
}
