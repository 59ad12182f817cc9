package dev.boomiemulator.platform;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A Platform {@code bulk} request: {@code {"type":"GET","request":[{"id":"..."}]}}, at most 100 ids,
 * answered item by item; an id that fails carries its own status and message instead of failing the
 * whole request.
 */
public final class BulkGet {
    public static final int MAX_IDS = 100;

    private BulkGet() {
    }

    @JsonPropertyOrder({"@type", "response"})
    public record BulkResult(List<BulkResponse> response) {
        @JsonProperty("@type")
        public String type() {
            return "BulkResult";
        }
    }

    @JsonPropertyOrder({"@type", "index", "id", "statusCode", "errorMessage", "Result"})
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record BulkResponse(int index, String id, int statusCode, String errorMessage,
                               @JsonProperty("Result") Object result) {
        @JsonProperty("@type")
        public String type() {
            return "BulkResponse";
        }
    }

    public static BulkResult run(JsonNode body, Function<String, Object> get) {
        if (body == null || !body.isObject()) {
            throw PlatformException.badRequest("A bulk request is {\"type\":\"GET\",\"request\":[{\"id\":\"...\"}]}.");
        }
        String type = body.path("type").asText("GET");
        if (!type.equalsIgnoreCase("GET")) {
            throw PlatformException.badRequest("Bulk type '" + type + "' is not supported here; use GET.");
        }
        JsonNode request = body.path("request");
        List<JsonNode> items = new ArrayList<>();
        if (request.isArray()) {
            request.forEach(items::add);
        } else if (request.isObject()) {
            items.add(request);
        }
        if (items.isEmpty()) {
            throw PlatformException.badRequest("A bulk request needs at least one id in 'request'.");
        }
        if (items.size() > MAX_IDS) {
            throw PlatformException.badRequest("A bulk request takes at most " + MAX_IDS + " ids, got " + items.size() + ".");
        }
        List<BulkResponse> responses = new ArrayList<>();
        for (int index = 0; index < items.size(); index++) {
            String id = items.get(index).path("id").asText("");
            try {
                if (id.isEmpty()) {
                    throw PlatformException.badRequest("Missing id.");
                }
                responses.add(new BulkResponse(index, id, 200, null, get.apply(id)));
            } catch (PlatformException failure) {
                int status = failure.status() == 404 ? 400 : failure.status();
                responses.add(new BulkResponse(index, id, status, failure.getMessage(), null));
            }
        }
        return new BulkResult(responses);
    }
}
