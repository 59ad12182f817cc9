package dev.boomiemulator.client;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** A request as the emulator's journal recorded it (credentials in headers read {@code "***"}). */
public record RecordedRequest(long id, Instant time, String method, String path, String query, String family,
                              String account, Map<String, String> headers, String body, int status, String response,
                              double latencyMs) {
    static RecordedRequest of(JsonNode entry) {
        Map<String, String> headers = new LinkedHashMap<>();
        entry.path("headers").fields().forEachRemaining(header -> headers.put(header.getKey(), header.getValue().asText()));
        return new RecordedRequest(entry.path("id").asLong(), Instant.parse(entry.path("time").asText()),
                entry.path("method").asText(), entry.path("path").asText(), text(entry, "query"),
                entry.path("family").asText(), text(entry, "account"), headers, text(entry, "body"),
                entry.path("status").asInt(), text(entry, "response"), entry.path("latencyMs").asDouble());
    }

    private static String text(JsonNode entry, String field) {
        JsonNode value = entry.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    @Override
    public String toString() {
        return method + " " + path + (query == null ? "" : "?" + query) + " -> " + status;
    }
}
