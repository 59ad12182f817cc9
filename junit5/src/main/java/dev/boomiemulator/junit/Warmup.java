package dev.boomiemulator.junit;

import dev.boomiemulator.client.EmulatorAccount;
import dev.boomiemulator.client.EmulatorRuntimeInfo;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * One harmless read per API family right after the server starts, so that the first test does not pay for
 * what the first request of each family costs: the family's OpenAPI validator (parsed in the background at
 * start, awaited by its first request), its schema checks, Jackson's and Jetty's first use. The answers do not
 * matter; a family without a usable account in the fixtures is skipped.
 */
final class Warmup {
    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
    private static final Duration TIMEOUT = Duration.ofSeconds(120);

    private Warmup() {
    }

    /** The families in parallel: their validators are independent, and their first uses mostly wait. */
    static void run(EmulatorRuntimeInfo runtime) {
        List<EmulatorAccount> accounts;
        try {
            accounts = runtime.accounts(); // the control API's first request
        } catch (RuntimeException unreachable) {
            return; // the tests will say what is wrong; the warm-up only makes them faster
        }
        EmulatorAccount account = accounts.isEmpty() ? null : runtime.defaultAccount();
        EmulatorAccount.User user = account == null || account.users().isEmpty() ? null : account.firstUser();
        EmulatorAccount dataIntegration = accounts.stream()
                .filter(a -> a.dataIntegration() != null && !a.dataIntegration().tokens().isEmpty())
                .findFirst().orElse(null);

        CompletableFuture<?> platform = CompletableFuture.completedFuture(null);
        CompletableFuture<?> connectNow = CompletableFuture.completedFuture(null);
        CompletableFuture<?> di = CompletableFuture.completedFuture(null);
        if (user != null && user.password() != null) {
            String basic = "Basic " + Base64.getEncoder().encodeToString(
                    (user.username() + ":" + user.password()).getBytes(StandardCharsets.UTF_8));
            platform = send(post(runtime.platformUrl(account.id()) + "/Environment/query", "{}").header("Authorization", basic));
            connectNow = send(post(runtime.connectNowUrl() + "/getEnvironmentsForAccount",
                    "{\"accountId\":\"" + account.id() + "\"}").header("Authorization", basic));
        }
        if (dataIntegration != null) {
            di = send(HttpRequest.newBuilder(URI.create(runtime.dataIntegrationUrl() + "/accounts/"
                            + dataIntegration.dataIntegration().accountId() + "/environments"))
                    .header("Authorization", "Bearer " + dataIntegration.dataIntegration().tokens().get(0).token()).GET());
        }
        CompletableFuture.allOf(platform, connectNow, di).join();
    }

    private static HttpRequest.Builder post(String url, String json) {
        return HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
    }

    /** Never fails the test class: a warm-up that cannot be done only leaves the first test slower. */
    private static CompletableFuture<?> send(HttpRequest.Builder request) {
        return CLIENT.sendAsync(request.header("Accept", "application/json").timeout(TIMEOUT).build(),
                HttpResponse.BodyHandlers.discarding()).exceptionally(failure -> null);
    }
}
