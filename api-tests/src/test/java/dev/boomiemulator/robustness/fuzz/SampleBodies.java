package dev.boomiemulator.robustness.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.boomiemulator.support.Demo;
import io.swagger.v3.oas.models.media.ComposedSchema;
import io.swagger.v3.oas.models.media.Schema;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Builds a plausible JSON value from a schema (enums, examples, real ids by field name), the starting
 * point a fuzz case then breaks in one place. Plausible bodies reach the services' rules, where the
 * interesting failures are; a body that is wrong everywhere only exercises the validator.
 */
final class SampleBodies {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final int MAX_DEPTH = 6;

    /** Field names whose value is best a real id or name of the demo fixtures. */
    private static final Map<String, String> BY_NAME = Map.ofEntries(
            Map.entry("accountId", Family.DEMO_ACCOUNT),
            Map.entry("environmentId", Demo.PRODUCTION),
            Map.entry("atomId", Demo.ONLINE_ATOM),
            Map.entry("processId", Demo.ORDER_SYNC),
            Map.entry("componentId", Demo.ORDER_SYNC),
            Map.entry("packageId", Demo.ORDER_SYNC_PACKAGE_3),
            Map.entry("integrationPackId", "89abcdef-0123-4567-89ab-cdef01234567"),
            Map.entry("integrationPackInstanceId", "SW50ZWdyYXRpb25QYWNrSW5zdGFuY2UyMA"),
            Map.entry("connection_id", "6650a1b2c3d4e5f6000000c1"),
            Map.entry("auth", java.util.Base64.getEncoder().encodeToString(
                    (Family.DEMO_USER + ":" + Family.DEMO_PASSWORD).getBytes(java.nio.charset.StandardCharsets.UTF_8))));

    private SampleBodies() {
    }

    static JsonNode sample(Schema<?> schema, Random random) {
        return sample(schema, null, random, 0);
    }

    private static JsonNode sample(Schema<?> schema, String name, Random random, int depth) {
        if (schema == null) {
            return NODES.textNode("fuzz");
        }
        schema = flatten(schema);
        if (schema.getExample() != null && random.nextInt(3) == 0) {
            JsonNode example = dev.boomiemulator.common.Json.mapper().valueToTree(schema.getExample());
            if (example != null && !example.isNull()) {
                return example;
            }
        }
        if (schema.getEnum() != null && !schema.getEnum().isEmpty()) {
            Object value = schema.getEnum().get(random.nextInt(schema.getEnum().size()));
            return value == null ? NODES.nullNode() : dev.boomiemulator.common.Json.mapper().valueToTree(value);
        }
        String type = schema.getType() != null ? schema.getType()
                : schema.getTypes() != null && !schema.getTypes().isEmpty() ? schema.getTypes().iterator().next()
                : schema.getProperties() != null ? "object" : schema.getItems() != null ? "array" : "string";
        return switch (type) {
            case "object" -> object(schema, random, depth);
            case "array" -> {
                ArrayNode array = NODES.arrayNode();
                if (depth < MAX_DEPTH) {
                    array.add(sample(schema.getItems(), name, random, depth + 1));
                }
                yield array;
            }
            case "integer" -> NODES.numberNode(schema.getMinimum() != null ? schema.getMinimum().longValue() : 1 + random.nextInt(5));
            case "number" -> NODES.numberNode(schema.getMinimum() != null ? schema.getMinimum().doubleValue() : 1.5);
            case "boolean" -> NODES.booleanNode(random.nextBoolean());
            default -> NODES.textNode(string(schema, name, random));
        };
    }

    private static ObjectNode object(Schema<?> schema, Random random, int depth) {
        ObjectNode object = NODES.objectNode();
        if (depth >= MAX_DEPTH || schema.getProperties() == null) {
            return object;
        }
        List<String> required = schema.getRequired() != null ? schema.getRequired() : List.of();
        schema.getProperties().forEach((property, propertySchema) -> {
            if (required.contains(property) || random.nextInt(3) > 0) {
                object.set(property, sample(propertySchema, property, random, depth + 1));
            }
        });
        return object;
    }

    private static String string(Schema<?> schema, String name, Random random) {
        if (name != null && BY_NAME.containsKey(name)) {
            return BY_NAME.get(name);
        }
        if ("date-time".equals(schema.getFormat())) {
            return "2026-01-01T00:00:00Z";
        }
        if ("date".equals(schema.getFormat())) {
            return "2026-01-01";
        }
        return "fuzz " + Integer.toHexString(random.nextInt(0x10000));
    }

    /** allOf merged into one object schema; oneOf/anyOf: the first choice. */
    @SuppressWarnings({"rawtypes", "unchecked"})
    static Schema<?> flatten(Schema<?> schema) {
        if (schema instanceof ComposedSchema composed) {
            if (composed.getAllOf() != null && !composed.getAllOf().isEmpty()) {
                Map<String, Schema> properties = new LinkedHashMap<>();
                List<String> required = new ArrayList<>();
                for (Schema part : composed.getAllOf()) {
                    Schema flat = flatten(part);
                    if (flat.getProperties() != null) {
                        properties.putAll(flat.getProperties());
                    }
                    if (flat.getRequired() != null) {
                        required.addAll(flat.getRequired());
                    }
                }
                Schema merged = new Schema().type("object");
                merged.setProperties(properties);
                merged.setRequired(required);
                return merged;
            }
            if (composed.getOneOf() != null && !composed.getOneOf().isEmpty()) {
                return flatten(composed.getOneOf().get(0));
            }
            if (composed.getAnyOf() != null && !composed.getAnyOf().isEmpty()) {
                return flatten(composed.getAnyOf().get(0));
            }
        }
        return schema;
    }
}
