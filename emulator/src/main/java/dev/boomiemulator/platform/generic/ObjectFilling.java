package dev.boomiemulator.platform.generic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * What the engine writes into an object beside what the caller sent, as the real service does: the {@code @type},
 * the key, creation and modification times and users where the schema has such properties, and a value for every
 * property the document marks required, so an answer always carries the document's required fields.
 */
final class ObjectFilling {
    private static final Set<String> CREATED = Set.of("created", "createddate", "datecreated", "createdon",
            "creationdate");
    private static final Set<String> MODIFIED = Set.of("modified", "modifieddate", "modifiedon", "updated",
            "updateddate", "lastmodified", "lastmodifieddate");
    private static final int MAX_DEPTH = 4;
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private ObjectFilling() {
    }

    /** A new object of the account from a create's body; it names its account where the schema has an accountId. */
    static ObjectNode created(OfficialObject object, JsonNode body, String id, String accountId, Instant now,
                              String user) {
        ObjectNode filled = typed(object);
        copy(body, filled);
        placeKey(object, filled, id);
        if (object.schema().has("accountId") && !filled.hasNonNull("accountId")) {
            filled.put("accountId", accountId);
        }
        stamp(object, filled, CREATED, "createdby", now, user, false);
        stamp(object, filled, MODIFIED, "modifiedby", now, user, false);
        required(object.schema(), filled, now, 0);
        return filled;
    }

    /**
     * The stored object with an update's properties over it: a property sent replaces the stored one, a property
     * sent as {@code null} is removed, a property left out is kept (so a rename need not resend the rest). The key
     * and the creation fields stay as they were.
     */
    static ObjectNode updated(OfficialObject object, JsonNode stored, JsonNode changes, String id, Instant now,
                              String user) {
        ObjectNode filled = typed(object);
        copy(stored, filled);
        for (Iterator<Map.Entry<String, JsonNode>> fields = changes.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            String name = field.getKey();
            if (name.equals("@type") || name.equals(object.keyProperty())
                    || CREATED.contains(name.toLowerCase(java.util.Locale.ROOT))
                    || name.equalsIgnoreCase("createdBy")) {
                continue;
            }
            if (field.getValue().isNull()) {
                filled.remove(name);
            } else {
                filled.set(name, field.getValue());
            }
        }
        placeKey(object, filled, id);
        stamp(object, filled, MODIFIED, "modifiedby", now, user, true);
        required(object.schema(), filled, now, 0);
        return filled;
    }

    /** The key in its property, or, for an object that does not carry it, nowhere in the object. */
    private static void placeKey(OfficialObject object, ObjectNode filled, String id) {
        if (object.carriesKey()) {
            filled.put(object.keyProperty(), id);
        } else if (object.keyProperty() != null) {
            filled.remove(object.keyProperty());
        }
    }

    private static ObjectNode typed(OfficialObject object) {
        ObjectNode node = NODES.objectNode();
        node.put("@type", object.name());
        return node;
    }

    private static void copy(JsonNode from, ObjectNode into) {
        from.fields().forEachRemaining(field -> {
            if (!field.getKey().equals("@type")) {
                into.set(field.getKey(), field.getValue());
            }
        });
    }

    /** Sets the schema's time properties of a kind to now, and its user property to the caller. */
    private static void stamp(OfficialObject object, ObjectNode filled, Set<String> times, String byName, Instant now,
                              String user, boolean overwrite) {
        for (String property : object.schema().properties().keySet()) {
            String name = property.toLowerCase(java.util.Locale.ROOT);
            boolean set = overwrite || !filled.hasNonNull(property);
            if (set && times.contains(name)) {
                filled.put(property, timestamp(now));
            } else if (set && name.equals(byName) && user != null) {
                filled.put(property, user);
            }
        }
    }

    static String timestamp(Instant now) {
        return now.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    /** A value for each required property the object lacks, down nested objects. */
    private static void required(ObjectSchema schema, ObjectNode object, Instant now, int depth) {
        for (String property : schema.required()) {
            JsonNode propertySchema = schema.propertySchema(property);
            if (!object.hasNonNull(property) && propertySchema != null) {
                object.set(property, defaultValue(schema, propertySchema, now, depth));
            }
        }
    }

    private static JsonNode defaultValue(ObjectSchema context, JsonNode schema, Instant now, int depth) {
        String type = schema.path("type").asText(schema.has("properties") || schema.has("allOf") ? "object" : "");
        return switch (type) {
            case "boolean" -> NODES.booleanNode(false);
            case "integer", "number" -> NODES.numberNode(0);
            case "array" -> NODES.arrayNode();
            case "object" -> {
                ObjectNode nested = NODES.objectNode();
                if (depth < MAX_DEPTH) {
                    required(context.nested(schema), nested, now, depth + 1);
                }
                yield nested;
            }
            default -> schema.has("enum") ? schema.get("enum").get(0)
                    : schema.path("format").asText("").startsWith("date") ? NODES.textNode(timestamp(now))
                    : NODES.textNode("");
        };
    }
}
