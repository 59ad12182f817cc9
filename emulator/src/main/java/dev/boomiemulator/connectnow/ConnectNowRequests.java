package dev.boomiemulator.connectnow;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.boomiemulator.common.Json;
import dev.boomiemulator.common.JsonFields;
import io.javalin.http.Context;
import java.util.Optional;

/** What ws/simple handlers read off a request: a JSON object body, its account and its fields. */
final class ConnectNowRequests {
    private ConnectNowRequests() {
    }

    /** The body, which must be a JSON object. */
    static JsonNode body(Context ctx) {
        String text = ctx.body();
        if (text.isBlank()) {
            throw ConnectNowException.badRequest("The request body must be a JSON object with accountId.");
        }
        JsonNode body;
        try {
            body = Json.mapper().readTree(text);
        } catch (JsonProcessingException e) {
            throw ConnectNowException.badRequest("The request body is not valid JSON: " + e.getOriginalMessage());
        }
        if (body == null || !body.isObject()) {
            throw ConnectNowException.badRequest("The request body must be a JSON object with accountId.");
        }
        return body;
    }

    /** The body as authentication reads it: empty when it is not a JSON object (the handler says why later). */
    static Optional<JsonNode> lenientBody(Context ctx) {
        try {
            JsonNode body = Json.mapper().readTree(ctx.body());
            return body != null && body.isObject() ? Optional.of(body) : Optional.empty();
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }

    static String accountId(JsonNode body) {
        return required(body, "accountId");
    }

    static String required(JsonNode body, String field) {
        return JsonFields.text(body, field)
                .orElseThrow(() -> ConnectNowException.badRequest(field + " is required."));
    }

    static Optional<String> optional(JsonNode body, String field) {
        return JsonFields.text(body, field).map(String::strip).filter(s -> !s.isEmpty());
    }
}
