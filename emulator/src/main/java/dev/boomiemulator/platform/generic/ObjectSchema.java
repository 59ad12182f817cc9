package dev.boomiemulator.platform.generic;

import com.fasterxml.jackson.databind.JsonNode;
import dev.boomiemulator.platform.xml.OfficialSchemas;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One schema of the official document seen as an object: its properties and required names, {@code allOf} parts
 * merged ({@code Component} is {@code ComponentMetadata} plus its own) and {@code $ref}s followed.
 */
final class ObjectSchema {
    private final OfficialSchemas document;
    private final Map<String, JsonNode> properties = new LinkedHashMap<>();
    private final List<String> required = new ArrayList<>();

    ObjectSchema(OfficialSchemas document, JsonNode schema) {
        this.document = document;
        collect(schema, 0);
    }

    private void collect(JsonNode schema, int depth) {
        JsonNode resolved = resolve(schema);
        if (resolved == null || depth > 8) {
            return;
        }
        resolved.path("allOf").forEach(part -> collect(part, depth + 1));
        resolved.path("properties").fields().forEachRemaining(p -> properties.putIfAbsent(p.getKey(), p.getValue()));
        resolved.path("required").forEach(name -> {
            if (!required.contains(name.asText())) {
                required.add(name.asText());
            }
        });
    }

    /** A schema with its {@code $ref} followed (repeatedly), or null when it names nothing the document has. */
    JsonNode resolve(JsonNode schema) {
        JsonNode at = schema;
        for (int hops = 0; at != null && at.has("$ref") && hops < 8; hops++) {
            at = document.referenced(at.get("$ref").asText());
        }
        return at;
    }

    /** A schema nested in this one (a property's), read the same way. */
    ObjectSchema nested(JsonNode schema) {
        return new ObjectSchema(document, schema);
    }

    Map<String, JsonNode> properties() {
        return properties;
    }

    List<String> required() {
        return required;
    }

    boolean has(String property) {
        return properties.containsKey(property);
    }

    /**
     * The property a name stands for, compared without case or underscores: the document's filters say
     * {@code ACCOUNTID}, {@code launcherId} or {@code ENVIRONMENT_MAP_EXTENSION_ID} for {@code accountId},
     * {@code launcherID} and {@code environmentMapExtensionId}.
     */
    Optional<String> propertyFor(String name) {
        if (properties.containsKey(name)) {
            return Optional.of(name);
        }
        String wanted = normalized(name);
        return properties.keySet().stream().filter(p -> normalized(p).equals(wanted)).findFirst();
    }

    static String normalized(String name) {
        return name.replace("_", "").toLowerCase(Locale.ROOT);
    }

    /** The schema of one property, {@code $ref} followed; null for an unknown property. */
    JsonNode propertySchema(String property) {
        JsonNode schema = properties.get(property);
        return schema == null ? null : resolve(schema);
    }
}
