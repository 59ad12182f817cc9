package dev.boomiemulator.client;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Which recorded requests a check is about, built fluently: {@code RequestPattern.post("/api/rest/v1/*}{@code
 * /DeployedPackage").status("2xx")}. Paths are globs: {@code *} is any run of characters but {@code /}, {@code **}
 * any run at all. Matching happens in the emulator ({@code GET /_emulator/requests}).
 */
public final class RequestPattern {
    private final Map<String, String> criteria;

    private RequestPattern(Map<String, String> criteria) {
        this.criteria = criteria;
    }

    public static RequestPattern anyRequest() {
        return new RequestPattern(new LinkedHashMap<>());
    }

    public static RequestPattern get(String pathGlob) {
        return anyRequest().method("GET").path(pathGlob);
    }

    public static RequestPattern post(String pathGlob) {
        return anyRequest().method("POST").path(pathGlob);
    }

    public static RequestPattern put(String pathGlob) {
        return anyRequest().method("PUT").path(pathGlob);
    }

    public static RequestPattern delete(String pathGlob) {
        return anyRequest().method("DELETE").path(pathGlob);
    }

    public RequestPattern method(String method) {
        return with("method", method);
    }

    public RequestPattern path(String glob) {
        return with("path", glob);
    }

    /** {@code platform}, {@code connectnow} or {@code dataintegration}. */
    public RequestPattern family(String family) {
        return with("family", family);
    }

    public RequestPattern account(String accountId) {
        return with("account", accountId);
    }

    /** A code ({@code "404"}) or a class ({@code "4xx"}). */
    public RequestPattern status(String codeOrClass) {
        return with("status", codeOrClass);
    }

    private RequestPattern with(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(criteria);
        more.put(name, value);
        return new RequestPattern(more);
    }

    Map<String, String> criteria() {
        return criteria;
    }

    String query() {
        return criteria.entrySet().stream()
                .map(c -> c.getKey() + "=" + URLEncoder.encode(c.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    @Override
    public String toString() {
        return criteria.isEmpty() ? "any request" : criteria.toString();
    }
}
