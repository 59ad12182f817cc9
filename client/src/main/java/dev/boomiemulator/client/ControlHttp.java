package dev.boomiemulator.client;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Requests to one emulator's {@code /_emulator} API, answered as JSON or thrown as {@link EmulatorControlException}. */
final class ControlHttp {
    /**
     * One client for every emulator in the JVM: a client owns a selector thread and a connection pool, and
     * a test suite starts many emulators (one per test class).
     */
    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(30))
            .build();
    static final ObjectMapper JSON = new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    /** Loading a large fixture on a busy machine takes a while; a dead server must still not hang a test. */
    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    /**
     * A connection that could not be made carried no request, so it is safe to try again, even a POST: on a
     * machine running several parallel test classes (load 40 on 2 cores, measured) connecting to localhost
     * timed out now and then.
     */
    private static final int CONNECT_ATTEMPTS = 3;

    private final String controlUrl;
    private final String adminToken;

    ControlHttp(String baseUrl, String adminToken) {
        this.controlUrl = baseUrl + "/_emulator";
        this.adminToken = adminToken;
    }

    JsonNode get(String path) {
        return send(request(path).GET());
    }

    JsonNode post(String path, String jsonBody) {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(jsonBody == null ? "" : jsonBody)));
    }

    JsonNode delete(String path) {
        return send(request(path).DELETE());
    }

    <T> T convert(JsonNode node, com.fasterxml.jackson.core.type.TypeReference<T> type) {
        return JSON.convertValue(node, type);
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(controlUrl + path)).timeout(TIMEOUT)
                .header("Accept", "application/json");
        if (adminToken != null) {
            request.header("Authorization", "Bearer " + adminToken);
        }
        return request;
    }

    private static JsonNode send(HttpRequest.Builder builder) {
        HttpRequest request = builder.build();
        HttpResponse<String> response;
        try {
            response = sendConnecting(request);
        } catch (IOException e) {
            throw new UncheckedIOException(request.method() + " " + request.uri() + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted during " + request.method() + " " + request.uri(), e);
        }
        JsonNode body = parse(response.body());
        if (response.statusCode() / 100 != 2) {
            String message = body.path("message").asText(response.body());
            List<EmulatorControlException.Problem> problems = new ArrayList<>();
            body.path("problems").forEach(problem ->
                    problems.add(JSON.convertValue(problem, EmulatorControlException.Problem.class)));
            throw new EmulatorControlException(response.statusCode(),
                    request.method() + " " + request.uri().getPath() + " is " + response.statusCode() + ": " + message,
                    problems);
        }
        return body;
    }

    private static HttpResponse<String> sendConnecting(HttpRequest request) throws IOException, InterruptedException {
        for (int attempt = 1; ; attempt++) {
            try {
                return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
            } catch (java.net.http.HttpConnectTimeoutException | java.net.ConnectException notConnected) {
                if (attempt == CONNECT_ATTEMPTS) {
                    throw notConnected;
                }
            } catch (IOException closed) {
                // a pooled keep-alive connection the server closed as idle just as this request went out: the server
                // never read the request, so it is sent once more on a new connection (the JDK does so for a GET only)
                if (attempt > 1 || closed.getMessage() == null || !closed.getMessage().contains("received no bytes")) {
                    throw closed;
                }
            }
        }
    }

    private static JsonNode parse(String text) {
        if (text == null || text.isBlank()) {
            return JSON.createObjectNode();
        }
        try {
            return JSON.readTree(text);
        } catch (IOException notJson) {
            return JSON.createObjectNode();
        }
    }
}
