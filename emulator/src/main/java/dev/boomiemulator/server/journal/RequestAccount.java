package dev.boomiemulator.server.journal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.boomiemulator.common.Json;
import io.javalin.http.Context;
import java.util.Map;

/**
 * The account a request names, where its family puts it: the path for the Platform ({@code accountId}) and Data
 * Integration ({@code account_id}), the JSON body's {@code accountId} for Connect Now. Null when none is named.
 */
public final class RequestAccount {
    private RequestAccount() {
    }

    public static String of(Context ctx, String body) {
        Map<String, String> path = ctx.pathParamMap();
        if (path.containsKey("accountId")) {
            return path.get("accountId");
        }
        if (path.containsKey("account_id")) {
            return path.get("account_id");
        }
        if (body != null && body.startsWith("{") && body.contains("\"accountId\"")) {
            try {
                JsonNode account = Json.mapper().readTree(body).path("accountId");
                return account.isTextual() ? account.asText() : null;
            } catch (java.io.IOException notJson) {
                return null;
            }
        }
        return null;
    }
}
