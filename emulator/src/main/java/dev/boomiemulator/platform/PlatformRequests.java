package dev.boomiemulator.platform;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import dev.boomiemulator.accounts.BasicCredentials;
import dev.boomiemulator.common.Json;
import dev.boomiemulator.common.JsonFields;
import dev.boomiemulator.common.AsSent;
import dev.boomiemulator.platform.xml.PlatformXml;
import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/** What every Platform handler reads off a request: the account it acts on and the JSON body. */
public final class PlatformRequests {
    /** Set when a Partner API request acts on a sub-account ({@code overrideAccount}). */
    private static final String EFFECTIVE_ACCOUNT = "platform.effectiveAccount";
    private static final String BODY_READ_AHEAD = "platform.bodyReadAhead";
    /** A route's account prefix, on the main path or the Partner path. */
    private static final Pattern ROUTE_PREFIX = Pattern.compile("^(?:/partner)?/api/rest/v1/\\{accountId}");

    private PlatformRequests() {
    }

    /** A matched route without its account prefix, as Boomi's document writes paths: {@code /Environment/{id}}. */
    public static String objectRoute(String route) {
        return ROUTE_PREFIX.matcher(route).replaceFirst("");
    }

    /** The account the request acts on: the one in the path, or the Partner API's {@code overrideAccount}. */
    public static String accountId(Context ctx) {
        String override = ctx.attribute(EFFECTIVE_ACCOUNT);
        return override != null ? override : ctx.pathParam("accountId");
    }

    /** Makes the request act on {@code accountId} instead of the path's account; authorization is the caller's job. */
    static void actOn(Context ctx, String accountId) {
        ctx.attribute(EFFECTIVE_ACCOUNT, accountId);
    }

    public static String id(Context ctx) {
        return ctx.pathParam("id");
    }

    /** The user the request authenticated as (without the {@code BOOMI_TOKEN.} prefix), or null. */
    public static String user(Context ctx) {
        return BasicCredentials.fromHeader(ctx.header("Authorization")).map(BasicCredentials::user).orElse(null);
    }

    /**
     * The URL of {@code relativePath} under the account, as the caller addresses it, for URLs in responses:
     * {@code http://host:port/api/rest/v1/{accountId}/relativePath}; on the Partner path, the partner's
     * path with its {@code overrideAccount}, so the caller can follow the URL with the same credentials.
     */
    public static String urlOf(Context ctx, String relativePath) {
        boolean partner = AsSent.path(ctx).startsWith(PlatformModule.PARTNER_PREFIX + "/");
        String url = ctx.scheme() + "://" + ctx.host() + (partner ? PlatformModule.PARTNER_PREFIX : PlatformModule.PREFIX)
                + "/" + ctx.pathParam("accountId") + "/" + relativePath;
        String override = ctx.attribute(EFFECTIVE_ACCOUNT);
        return override == null ? url
                : url + "?" + PlatformModule.OVERRIDE_ACCOUNT + "=" + URLEncoder.encode(override, StandardCharsets.UTF_8);
    }

    /**
     * Reads the body ahead of the handler, for its first {@link #body} to take: the audit trail runs a change's handler
     * in the account's turn, and the body need not be read there. A body that does not read is left for the handler
     * to refuse.
     */
    public static void readBodyAhead(Context ctx) {
        try {
            ctx.attribute(BODY_READ_AHEAD, body(ctx));
        } catch (PlatformException unreadable) {
            // the handler reads it again and answers the error
        }
    }

    /** The JSON body (an XML body read as JSON); an absent or blank body reads as JSON {@code null}. */
    public static JsonNode body(Context ctx) {
        JsonNode readAhead = ctx.attribute(BODY_READ_AHEAD);
        if (readAhead != null) {
            // taken once: a handler that changes the tree it was given and reads the body again reads it as sent
            ctx.attribute(BODY_READ_AHEAD, null);
            return readAhead;
        }
        String text = PlatformXml.jsonBody(ctx);
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

    /**
     * A body property that must be there: its text, stripped, or a 400 naming it (and, when {@code what} is given,
     * what it is: "userId is required: the user's email address.").
     */
    public static String requiredText(JsonNode body, String property, String what) {
        return JsonFields.text(body, property).map(String::strip).filter(value -> !value.isEmpty())
                .orElseThrow(() -> PlatformException.badRequest(property + " is required"
                        + (what == null ? "." : ": " + what + ".")));
    }

    /** A body that names the object's key ({@code id}, {@code atomId}) must name the one in the path. */
    public static void keyMatchesPath(JsonNode body, String property, String pathValue) {
        JsonNode given = body.get(property);
        if (given != null && !given.isNull() && !given.asText().equals(pathValue)) {
            throw PlatformException.badRequest("The " + property + " in the body (" + given.asText()
                    + ") is not the one in the path (" + pathValue + ").");
        }
    }
}
