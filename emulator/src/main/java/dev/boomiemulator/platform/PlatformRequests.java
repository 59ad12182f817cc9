package dev.boomiemulator.platform;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import dev.boomiemulator.accounts.BasicCredentials;
import dev.boomiemulator.common.Json;
import io.javalin.http.Context;

/** What every Platform handler reads off a request: the account in the path and the JSON body. */
public final class PlatformRequests {
    private PlatformRequests() {
    }

    public static String accountId(Context ctx) {
        return ctx.pathParam("accountId");
    }

    public static String id(Context ctx) {
        return ctx.pathParam("id");
    }

    /** The user the request authenticated as (without the {@code BOOMI_TOKEN.} prefix), or null. */
    public static String user(Context ctx) {
        return BasicCredentials.fromHeader(ctx.header("Authorization")).map(BasicCredentials::user).orElse(null);
    }

    /** {@code http://host:port/api/rest/v1/{accountId}} as the caller addressed it, for URLs in responses. */
    public static String accountUrl(Context ctx) {
        return ctx.scheme() + "://" + ctx.host() + PlatformModule.PREFIX + "/" + accountId(ctx);
    }

    /** The JSON body; an absent or blank body reads as JSON {@code null}. */
    public static JsonNode body(Context ctx) {
        String text = ctx.body();
        if (text.isBlank()) {
            return NullNode.getInstance();
        }
        try {
            return Json.mapper().readTree(text);
        } catch (JsonProcessingException e) {
            throw PlatformException.badRequest("The request body is not valid JSON: " + e.getOriginalMessage());
        }
    }

    /** A body that must be a JSON object, e.g. for create and update. */
    public static JsonNode objectBody(Context ctx) {
        JsonNode body = body(ctx);
        if (!body.isObject()) {
            throw PlatformException.badRequest("The request body must be a JSON object.");
        }
        return body;
    }
}
