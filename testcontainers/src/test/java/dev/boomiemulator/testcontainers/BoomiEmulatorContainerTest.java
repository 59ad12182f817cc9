package dev.boomiemulator.testcontainers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.boomiemulator.client.EmulatorRuntimeInfo;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;

/**
 * The container for real: needs Docker and the image ({@code docker build -t boomi-emulator .}); skipped
 * where no Docker engine runs.
 */
@Testcontainers(disabledWithoutDocker = true)
class BoomiEmulatorContainerTest {
    private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

    @Container
    static final BoomiEmulatorContainer EMULATOR = new BoomiEmulatorContainer()
            .withFixture("fixtures/query-environments.json")
            .withoutDefaultFixtures()
            .withFrozenClock(START);

    @Test
    void the_runtime_info_acts_as_the_first_user_of_the_given_fixture() throws Exception {
        EmulatorRuntimeInfo runtime = EMULATOR.runtimeInfo();
        assertThat(runtime.accountId()).isEqualTo("query-account");
        assertThat(runtime.control().now()).isEqualTo(START);

        String basic = Base64.getEncoder().encodeToString((runtime.username() + ":" + runtime.password())
                .getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(runtime.platformUrl() + "/Environment/query"))
                .header("Authorization", "Basic " + basic).header("Accept", "application/json")
                .timeout(Duration.ofSeconds(30)).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"numberOfResults\":5");
    }
}
