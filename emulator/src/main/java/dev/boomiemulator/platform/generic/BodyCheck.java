package dev.boomiemulator.platform.generic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.boomiemulator.platform.PlatformException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Checks a create or update body against the object's schema in the official document: every property it gives
 * that the document describes has the document's type, an enumeration's value is one the document lists, and so
 * down nested objects and lists. Properties the document does not describe are kept, as the real service ignores
 * them; what the document marks required is filled by the engine where the caller leaves it out
 * ({@link ObjectFilling}), because the document marks read-only fields (an {@code id}) required too. A boolean or
 * number sent as text is read as its type, in place.
 */
final class BodyCheck {
    private static final int MAX_DEPTH = 12;
    private static final int MAX_PROBLEMS = 10;

    private BodyCheck() {
    }

    static void check(OfficialObject object, JsonNode body) {
        if (!body.isObject()) {
            throw PlatformException.badRequest("The request body must be a " + object.name() + " object.");
        }
        List<String> problems = new ArrayList<>();
        properties(object.schema(), body, object.name(), problems, 0);
        if (!problems.isEmpty()) {
            throw PlatformException.badRequest("Invalid request: " + String.join("; ", problems));
        }
    }

    private static void properties(ObjectSchema schema, JsonNode body, String at, List<String> problems, int depth) {
        for (Map.Entry<String, JsonNode> property : schema.properties().entrySet()) {
            JsonNode value = body.get(property.getKey());
            if (value != null && value.isTextual() && body instanceof ObjectNode object) {
                value = typed(schema.propertySchema(property.getKey()), value);
                object.set(property.getKey(), value);
            }
            if (value != null && !value.isNull()) {
                value(schema, schema.propertySchema(property.getKey()), value, at + "." + property.getKey(),
                        problems, depth + 1);
            }
        }
    }

    private static void value(ObjectSchema context, JsonNode schema, JsonNode value, String at, List<String> problems,
                              int depth) {
        if (schema == null || depth > MAX_DEPTH || problems.size() >= MAX_PROBLEMS) {
            return;
        }
        String type = schema.path("type").asText(schema.has("properties") || schema.has("allOf") ? "object" : "");
        switch (type) {
            case "string" -> {
                if (!value.isTextual()) {
                    problems.add(at + ": expected a string");
                } else if (schema.has("enum") && !listed(schema.get("enum"), value.asText())) {
                    problems.add(at + ": '" + value.asText() + "' is not one of " + schema.get("enum"));
                } else if ("date-time".equals(schema.path("format").asText()) && !isInstant(value.asText())) {
                    problems.add(at + ": '" + value.asText() + "' is not a date and time (ISO 8601, e.g. "
                            + "2026-01-31T09:00:00Z)");
                }
            }
            case "boolean" -> {
                if (!value.isBoolean()) {
                    problems.add(at + ": expected true or false");
                }
            }
            case "integer" -> {
                if (!value.isIntegralNumber()) {
                    problems.add(at + ": expected an integer");
                }
            }
            case "number" -> {
                if (!value.isNumber()) {
                    problems.add(at + ": expected a number");
                }
            }
            case "array" -> {
                if (!value.isArray()) {
                    problems.add(at + ": expected a list");
                    return;
                }
                JsonNode items = context.resolve(schema.path("items"));
                for (int i = 0; i < value.size(); i++) {
                    value(context, items, value.get(i), at + "[" + i + "]", problems, depth + 1);
                }
            }
            case "object" -> {
                if (!value.isObject()) {
                    problems.add(at + ": expected an object");
                    return;
                }
                properties(context.nested(schema), value, at, problems, depth);
            }
            default -> {
                // oneOf and untyped schemas: the document leaves the shape open
            }
        }
    }

    /**
     * A boolean or number the caller sent as text ({@code "overrideUrl": "true"}, as boomicicd-cli's JSON templates
     * write them) read as the type the document gives it, as the real service reads it; other text stays text.
     */
    private static JsonNode typed(JsonNode schema, JsonNode text) {
        String value = text.asText().strip();
        String type = schema == null ? "" : schema.path("type").asText();
        if (type.equals("boolean") && (value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false"))) {
            return BooleanNode.valueOf(Boolean.parseBoolean(value));
        }
        if (type.equals("integer") && value.matches("-?\\d{1,18}")) {
            return LongNode.valueOf(Long.parseLong(value));
        }
        if (type.equals("number") && value.matches("-?\\d{1,18}(\\.\\d{1,18})?")) {
            return DecimalNode.valueOf(new java.math.BigDecimal(value));
        }
        return text;
    }

    private static boolean isInstant(String text) {
        try {
            java.time.OffsetDateTime.parse(text);
            return true;
        } catch (java.time.format.DateTimeParseException notAnInstant) {
            return false;
        }
    }

    private static boolean listed(JsonNode values, String value) {
        for (JsonNode listed : values) {
            if (listed.asText().equals(value)) {
                return true;
            }
        }
        return false;
    }
}
