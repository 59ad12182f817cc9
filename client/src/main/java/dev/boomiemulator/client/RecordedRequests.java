package dev.boomiemulator.client;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * The emulator's request journal seen from a test: what the code under test sent, newest first. The JUnit
 * extension clears it before each test (with the reset), so a test sees its own requests.
 *
 * <pre>{@code
 * emulator.control().requests().verify(1, RequestPattern.post("/api/rest/v1/*}{@code /DeployedPackage"));
 * }</pre>
 */
public final class RecordedRequests {
    /** The most a search returns (the journal's page limit). */
    private static final int MAX_PAGE = 1000;

    private final ControlHttp http;

    RecordedRequests(ControlHttp http) {
        this.http = http;
    }

    /** The recorded requests that match, newest first (at most 1000). */
    public List<RecordedRequest> matching(RequestPattern pattern) {
        JsonNode page = http.get("/requests?limit=" + MAX_PAGE + and(pattern));
        List<RecordedRequest> requests = new ArrayList<>();
        page.path("requests").forEach(entry -> requests.add(RecordedRequest.of(entry)));
        return requests;
    }

    public int count(RequestPattern pattern) {
        return http.get("/requests/count?" + pattern.query()).path("count").asInt();
    }

    /** Forgets every recorded request. */
    public void clear() {
        http.delete("/requests");
    }

    /**
     * Fails (an {@link AssertionError}, as a test expects) unless exactly {@code times} recorded requests match,
     * naming the requests that were recorded instead.
     */
    public void verify(int times, RequestPattern pattern) {
        int count = count(pattern);
        if (count != times) {
            List<RecordedRequest> recent = matching(RequestPattern.anyRequest());
            throw new AssertionError("expected " + times + " request(s) matching " + pattern + ", found " + count
                    + "; the journal holds, newest first: " + recent.subList(0, Math.min(recent.size(), 20)));
        }
    }

    private static String and(RequestPattern pattern) {
        String query = pattern.query();
        return query.isEmpty() ? "" : "&" + query;
    }
}
