package dev.boomiemulator.dataintegration;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.boomiemulator.common.Json;
import dev.boomiemulator.dataintegration.DataIntegrationException.ValidationItem;
import dev.boomiemulator.dataintegration.PageRequest.Paged;
import io.javalin.http.Context;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What Data Integration handlers read off a request (the caller the token named, path ids, query
 * parameters the way Pydantic reads them, the JSON body) and how they write a paged answer.
 */
public final class DiRequests {
    static final String CALLER = "dataintegration.caller";

    private DiRequests() {
    }

    public static Caller caller(Context ctx) {
        Caller caller = ctx.attribute(CALLER);
        if (caller == null) {
            throw new IllegalStateException("the request was not authenticated");
        }
        return caller;
    }

    public static String environmentId(Context ctx) {
        return ctx.pathParam("environment_id").toLowerCase(Locale.ROOT);
    }

    /** A 24- or 32-hex path id, in the lower case the store keeps. */
    public static String id(Context ctx, String name) {
        return ctx.pathParam(name).toLowerCase(Locale.ROOT);
    }

    public static Optional<String> query(Context ctx, String name) {
        return Optional.ofNullable(ctx.queryParam(name)).filter(value -> !value.isEmpty());
    }

    /** Every value of a repeatable query parameter. */
    public static List<String> queryAll(Context ctx, String name) {
        return ctx.queryParams(name).stream().filter(value -> !value.isEmpty()).toList();
    }

    /** A boolean as Pydantic reads it ({@code true}, {@code 1}, {@code yes}, {@code on}, ...); absent is false. */
    public static boolean bool(Context ctx, String name) {
        return query(ctx, name).map(value -> switch (value.toLowerCase(Locale.ROOT)) {
            case "true", "1", "yes", "on", "t", "y" -> true;
            case "false", "0", "no", "off", "f", "n" -> false;
            default -> throw DataIntegrationException.validation(List.of(new ValidationItem("bool_parsing",
                    List.of("query", name), "Input should be a valid boolean, unable to interpret input")));
        }).orElse(false);
    }

    public static Optional<Instant> time(Context ctx, String name) {
        return query(ctx, name).map(value -> DiTime.parseQuery(name, value));
    }

    public static PageRequest page(Context ctx) {
        return new PageRequest(integer(ctx, "page", 1), integer(ctx, "items_per_page", PageRequest.DEFAULT_ITEMS_PER_PAGE));
    }

    private static int integer(Context ctx, String name, int fallback) {
        return query(ctx, name).map(value -> {
            try {
                return Integer.parseInt(value.trim());
            } catch (NumberFormatException e) {
                throw DataIntegrationException.validation(List.of(new ValidationItem("int_parsing",
                        List.of("query", name), "Input should be a valid integer, unable to parse string as an integer")));
            }
        }).orElse(fallback);
    }

    /**
     * The JSON body, which must be an object (the OpenAPI validation has already judged its shape). Like
     * FastAPI, the body is JSON only under a JSON content type or none: anything else (curl's form default,
     * text/plain) reaches the model as bytes, which is no object.
     */
    public static ObjectNode objectBody(Context ctx) {
        if (!isJsonOrAbsent(ctx.header("Content-Type"))) {
            throw notAnObject();
        }
        String text = ctx.body();
        JsonNode body;
        try {
            body = text.isBlank() ? null : Json.mapper().readTree(text);
        } catch (JsonProcessingException e) {
            throw DataIntegrationException.validation(List.of(new ValidationItem("json_invalid",
                    List.of("body", 0), "JSON decode error: " + e.getOriginalMessage())));
        }
        if (body == null || body.isNull()) {
            throw DataIntegrationException.validation(List.of(ValidationItem.missing("body")));
        }
        if (!body.isObject()) {
            throw notAnObject();
        }
        return (ObjectNode) body;
    }

    private static DataIntegrationException notAnObject() {
        return DataIntegrationException.validation(List.of(new ValidationItem("model_attributes_type",
                List.of("body"), "Input should be a valid dictionary or object to extract fields from")));
    }

    /** {@code application/json}, {@code application/*+json} (parameters allowed), or no Content-Type at all. */
    private static boolean isJsonOrAbsent(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return true;
        }
        String type = contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        return type.equals("application/json") || (type.startsWith("application/") && type.endsWith("+json"));
    }

    /** Answers 200 with the JSON literal {@code null}, as the real service does for deletions. */
    public static void jsonNull(Context ctx) {
        ctx.status(200).contentType("application/json").result("null");
    }

    /**
     * The paging envelope: {@code items, page, current_page_size, total_items, next_page, previous_page,
     * account_id[, environment_id]} and any {@code extra} fields. The page links are absolute URLs built
     * from the request's own scheme and Host header, same path and query with {@code page} replaced.
     */
    public static ObjectNode envelope(Context ctx, Paged<?> paged, Caller caller, String environmentId,
                                      Map<String, ?> extra) {
        ObjectNode body = Json.mapper().createObjectNode();
        body.putPOJO("items", paged.items());
        body.put("page", paged.page());
        body.put("current_page_size", paged.items().size());
        body.put("total_items", paged.totalItems());
        body.put("next_page", paged.hasNext() ? pageUrl(ctx, paged.page() + 1) : null);
        body.put("previous_page", paged.hasPrevious() ? pageUrl(ctx, paged.page() - 1) : null);
        body.put("account_id", caller.diAccountId());
        if (environmentId != null) {
            body.put("environment_id", environmentId);
        }
        extra.forEach((name, value) -> body.set(name, Json.mapper().valueToTree(value)));
        return body;
    }

    static String pageUrl(Context ctx, int page) {
        String host = Optional.ofNullable(ctx.header("Host")).filter(h -> !h.isBlank()).orElse(ctx.host());
        List<String> parameters = new ArrayList<>();
        boolean replaced = false;
        String query = ctx.queryString();
        if (query != null && !query.isEmpty()) {
            for (String part : query.split("&")) {
                if (part.equals("page") || part.startsWith("page=")) {
                    if (!replaced) {
                        parameters.add("page=" + page);
                        replaced = true;
                    }
                } else if (!part.isEmpty()) {
                    parameters.add(part);
                }
            }
        }
        if (!replaced) {
            parameters.add("page=" + page);
        }
        return ctx.scheme() + "://" + host + ctx.path() + "?" + String.join("&", parameters);
    }
}
