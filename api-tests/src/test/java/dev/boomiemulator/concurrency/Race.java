package dev.boomiemulator.concurrency;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.boomiemulator.client.EmulatorRuntimeInfo;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

/**
 * Fires N requests at once (all threads wait at a start gate, then go together) and collects the
 * answers. Requests go without the contract filter: a race test is about statuses and final state,
 * and a 500 must be counted, not thrown from inside a thread.
 */
final class Race {
    private Race() {
    }

    /** Runs {@code request(i)} for i in 0..n-1 on n threads released together; the answers in order of i. */
    static List<Response> run(int n, IntFunction<Response> request) {
        ExecutorService threads = Executors.newFixedThreadPool(n);
        CountDownLatch ready = new CountDownLatch(n);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Response>> answers = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int index = i;
                answers.add(threads.submit(() -> {
                    ready.countDown();
                    start.await();
                    return request.apply(index);
                }));
            }
            assertThat(ready.await(30, TimeUnit.SECONDS)).as("all threads at the gate").isTrue();
            start.countDown();
            List<Response> responses = new ArrayList<>();
            for (Future<Response> answer : answers) {
                responses.add(answer.get(60, TimeUnit.SECONDS));
            }
            return responses;
        } catch (Exception e) {
            throw new AssertionError("a racing request did not answer", e);
        } finally {
            threads.shutdownNow();
        }
    }

    /** How many answers had each status, e.g. {@code {200=19, 500=1}}. */
    static Map<Integer, Long> statuses(List<Response> responses) {
        Map<Integer, Long> counts = new TreeMap<>();
        responses.forEach(response -> counts.merge(response.statusCode(), 1L, Long::sum));
        return counts;
    }

    static void assertNoServerError(List<Response> responses) {
        assertThat(responses).as("statuses %s; first 5xx body: %s", statuses(responses), firstServerError(responses))
                .allSatisfy(response -> assertThat(response.statusCode()).isLessThan(500));
    }

    private static String firstServerError(List<Response> responses) {
        return responses.stream().filter(r -> r.statusCode() >= 500).findFirst().map(Response::asString).orElse("none");
    }

    /** Platform API as the demo user, JSON, no contract filter. */
    static RequestSpecification platform(EmulatorRuntimeInfo emulator) {
        return platformAt(emulator.platformUrl(), emulator.username(), emulator.password());
    }

    /** Platform API of {@code accountId} as {@code user}, JSON, no contract filter. */
    static RequestSpecification platform(EmulatorRuntimeInfo emulator, String accountId, String user, String password) {
        return platformAt(emulator.platformUrl(accountId), user, password);
    }

    private static RequestSpecification platformAt(String url, String user, String password) {
        return given().baseUri(url).auth().preemptive().basic(user, password)
                .contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    /** Data Integration API of the demo account with {@code token}, no contract filter. */
    static RequestSpecification dataIntegration(EmulatorRuntimeInfo emulator, String accountId, String token) {
        return given().baseUri(emulator.dataIntegrationUrl() + "/accounts/" + accountId)
                .auth().oauth2(token)
                .contentType(ContentType.JSON).accept(ContentType.JSON);
    }
}
