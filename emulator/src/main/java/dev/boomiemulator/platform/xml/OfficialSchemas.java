package dev.boomiemulator.platform.xml;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.boomiemulator.common.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * What Boomi's official Platform document ({@value #RESOURCE}) says about XML: for each operation, the schema of
 * its request body and of its successful answer, whose {@code xml} annotations name the elements, say which
 * properties are attributes and give the namespace. Only that much is kept: descriptions and examples (most of the
 * document's 4 MB) are dropped as it loads, so the emulator's idle memory barely notices it.
 */
public final class OfficialSchemas {
    public static final String RESOURCE = "reference/boomi-platform-openapi-3.0.3.json";
    private static final String SCHEMA_REF = "#/components/schemas/";
    /** Text only a reader of the document needs; the XML codec never looks at it. */
    private static final Set<String> PROSE = Set.of("description", "example", "examples", "summary");
    private static CompletableFuture<OfficialSchemas> loaded;

    private final Map<String, JsonNode> schemas;
    /** {@code "POST /Environment/{}"} (path parameters unnamed) to the operation's request and answer schemas. */
    private final Map<String, Operation> operations;

    /** The request body's schema and the 200 answer's schema, either possibly null (none, or not XML). */
    public record Operation(JsonNode request, JsonNode response) {
    }

    private OfficialSchemas(Map<String, JsonNode> schemas, Map<String, Operation> operations) {
        this.schemas = schemas;
        this.operations = operations;
    }

    /** Starts loading in the background (a few hundred ms, once per JVM), so the first XML request needn't wait. */
    public static synchronized CompletableFuture<OfficialSchemas> loadInBackground() {
        if (loaded == null) {
            loaded = CompletableFuture.supplyAsync(OfficialSchemas::load);
        }
        return loaded;
    }

    /** The document, once loaded (waiting for it if need be). */
    public static OfficialSchemas get() {
        return loadInBackground().join();
    }

    private static OfficialSchemas load() {
        JsonNode document;
        try (InputStream in = OfficialSchemas.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the classpath");
            }
            document = Json.mapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, JsonNode> schemas = new HashMap<>();
        document.path("components").path("schemas").fields()
                .forEachRemaining(schema -> schemas.put(schema.getKey(), withoutProse(schema.getValue())));
        Map<String, Operation> operations = new HashMap<>();
        document.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(verb -> {
            JsonNode operation = verb.getValue();
            if (operation.isObject() && operation.has("responses")) {
                operations.put(key(verb.getKey(), path.getKey()), new Operation(
                        bodySchema(operation.path("requestBody")),
                        bodySchema(operation.path("responses").path("200"))));
            }
        }));
        return new OfficialSchemas(Map.copyOf(schemas), Map.copyOf(operations));
    }

    /** The schema under {@code content}: the XML one where given, else the JSON one (the document pairs them). */
    private static JsonNode bodySchema(JsonNode withContent) {
        JsonNode content = withContent.path("content");
        for (String type : new String[] {"application/xml", "application/json"}) {
            JsonNode schema = content.path(type).path("schema");
            if (!schema.isMissingNode()) {
                return withoutProse(schema);
            }
        }
        return null;
    }

    private static JsonNode withoutProse(JsonNode node) {
        if (node instanceof ObjectNode object) {
            object.remove(PROSE);
            for (Iterator<JsonNode> children = object.elements(); children.hasNext(); ) {
                withoutProse(children.next());
            }
        } else if (node.isArray()) {
            node.forEach(OfficialSchemas::withoutProse);
        }
        return node;
    }

    /** The operation for a method and a path as the document writes it ({@code /Environment/{id}}). */
    public Optional<Operation> operation(String method, String documentPath) {
        return Optional.ofNullable(operations.get(key(method, documentPath)));
    }

    private static String key(String method, String path) {
        return method.toUpperCase(Locale.ROOT) + " " + path.replaceAll("\\{[^}]*}", "{}");
    }

    /** A reference to the schema called {@code name} ({@code Process}), or null when the document has none. */
    JsonNode named(String name) {
        return schemas.containsKey(name)
                ? Json.mapper().createObjectNode().put("$ref", SCHEMA_REF + name) : null;
    }

    /** The schema a {@code $ref} names, or null. */
    JsonNode referenced(String ref) {
        return ref.startsWith(SCHEMA_REF) ? schemas.get(ref.substring(SCHEMA_REF.length())) : null;
    }

    /** The name of the schema a {@code $ref} points to ({@code Environment}), for an element named after it. */
    static String refName(String ref) {
        return ref.substring(ref.lastIndexOf('/') + 1);
    }
}
