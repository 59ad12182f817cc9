package dev.boomiemulator.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.boomiemulator.support.Repository;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The request log of the fat jar run as a process, whose standard error is written out every 100 ms
 * ({@link BufferedStandardError}): a request's line shows soon after it, and the lines of the last requests before
 * the process is stopped are not lost with it.
 */
class RequestLogTest {
    private static final Pattern READY = Pattern.compile("^Boomi emulator ready in .* ms on (http://[^ ,]+)");

    @Test
    void each_request_is_logged_soon_after_and_none_is_lost_when_the_process_stops() throws Exception {
        Path jar = Repository.file("emulator/target/boomi-emulator.jar");
        assumeTrue(Files.exists(jar), "a built jar");
        Path stderr = Files.createTempFile("emulator-stderr", ".log");
        Process process = new ProcessBuilder("java", "-XX:TieredStopAtLevel=1", "-jar", jar.toString(),
                "--host", "127.0.0.1", "--port", "0").redirectError(stderr.toFile()).start();
        try {
            String url = baseUrl(process);
            HttpClient http = HttpClient.newHttpClient();

            send(http, url, "first-request-0001");
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            while (!Files.readString(stderr).contains("first-request-0001") && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertThat(Files.readString(stderr)).contains("GET /api/rest/v1/demo-account/Environment/missing 404")
                    .contains("[first-request-0001]");

            send(http, url, "last-request-0002");
            process.destroy(); // SIGTERM at once, well within the 100 ms the line may wait in the buffer
            assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(Files.readString(stderr)).contains("[last-request-0002]");
        } finally {
            process.destroyForcibly();
            Files.deleteIfExists(stderr);
        }
    }

    private static String baseUrl(Process process) throws Exception {
        BufferedReader banner = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        for (String line = banner.readLine(); line != null; line = banner.readLine()) {
            Matcher ready = READY.matcher(line);
            if (ready.find()) {
                return ready.group(1);
            }
        }
        throw new AssertionError("the emulator ended without its banner, exit status " + process.waitFor());
    }

    private static void send(HttpClient http, String url, String requestId) throws Exception {
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(
                        URI.create(url + "/api/rest/v1/demo-account/Environment/missing"))
                .header("Authorization", "Basic ZGVtb0BleGFtcGxlLmNvbTpkZW1vLXBhc3N3b3Jk")
                .header("X-Request-Id", requestId).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(404);
    }
}
