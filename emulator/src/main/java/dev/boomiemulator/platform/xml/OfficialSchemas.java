package dev.boomiemulator.platform.xml;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.boomiemulator.common.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

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
    /** Every operation, in the document's order. */
    private final List<Listed> listed;
    /** A reference per schema name, made once ({@link #named}), so that its view is made once too. */
    private final Map<String, JsonNode> references = new ConcurrentHashMap<>();
    /**
     * The XML codec's view of each schema node it met ({@link SchemaView#of}): the document's nodes and
     * {@link #named}'s references, so at most a few thousand, made as answers need them.
     */
    final Map<Node, SchemaView> views = new ConcurrentHashMap<>();

    /** A schema node by identity: the document's nodes never change, and their own equality walks the subtree. */
    record Node(JsonNode schema) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Node node && node.schema == schema;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(schema);
        }
    }

    /**
     * The request body's schema and the 200 answer's schema, either possibly null (none, or not XML); whether the
     * answer has an XML form only (a component's XML), so it is XML whatever the caller accepts; and the JSON
     * answer's schema where it differs from the XML one's (the document's ConnectorDocument says two things).
     */
    public record Operation(JsonNode request, JsonNode response, boolean xmlOnly, JsonNode jsonResponse) {
    }

    /**
     * One operation as the document lists it: {@code POST /Folder/{id}}, {@code UpdateFolder}, tagged {@code Folder}
     * (the object it belongs to), with its request and answer schemas.
     */
    public record Listed(String method, String path, String operationId, String tag, Operation schemas) {
    }

    private OfficialSchemas(Map<String, JsonNode> schemas, Map<String, Operation> operations, List<Listed> listed) {
        this.schemas = schemas;
        this.operations = operations;
        this.listed = listed;
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
        // read through a factory of its own: a factory keeps every field name its parsers met for the JVM's life, and
        // the document's thousands (200 KB) would stay in the shared mapper's, which reads only small bodies after it
        JsonFactory ownFieldNames = Json.mapper().getFactory().copy();
        try (InputStream in = OfficialSchemas.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the classpath");
            }
            try (JsonParser parser = ownFieldNames.createParser(in)) {
                document = Json.mapper().readTree(parser);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // kept for the server's life, read-only: equal subtrees once (3.5 -> 2 MB of an idle server's heap)
        SharedSubtrees shared = new SharedSubtrees();
        Map<String, JsonNode> schemas = new HashMap<>();
        document.path("components").path("schemas").fields()
                .forEachRemaining(schema -> schemas.put(schema.getKey(), shared.share(withoutProse(schema.getValue()))));
        Map<String, Operation> operations = new HashMap<>();
        List<Listed> listed = new ArrayList<>();
        document.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(verb -> {
            JsonNode operation = verb.getValue();
            if (operation.isObject() && operation.has("responses")) {
                JsonNode answers = operation.path("responses").path("200").path("content");
                Operation schemasOf = new Operation(
                        shared.share(bodySchema(operation.path("requestBody"))),
                        shared.share(bodySchema(operation.path("responses").path("200"))),
                        answers.has("application/xml") && !answers.has("application/json"),
                        shared.share(withoutProse(answers.path("application/json").path("schema"))));
                operations.put(key(verb.getKey(), path.getKey()), schemasOf);
                listed.add(new Listed(verb.getKey().toUpperCase(Locale.ROOT), path.getKey(),
                        operation.path("operationId").asText(), operation.path("tags").path(0).asText(), schemasOf));
            }
        }));
        return new OfficialSchemas(Map.copyOf(schemas), Map.copyOf(operations), List.copyOf(listed));
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
            for (Iterator<Map.Entry<String, JsonNode>> children = object.fields(); children.hasNext(); ) {
                Map.Entry<String, JsonNode> child = children.next();
                if (child.getKey().equals("properties") && child.getValue().isObject()) {
                    // a property may be called "description" or "example": keep the names, drop their prose
                    child.getValue().forEach(OfficialSchemas::withoutProse);
                } else {
                    withoutProse(child.getValue());
                }
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

    /** Every operation of the document, in its order. */
    public List<Listed> operations() {
        return listed;
    }

    /** The schema called {@code name}, or null. */
    public JsonNode schema(String name) {
        return schemas.get(name);
    }

    /** A reference to the schema called {@code name} ({@code Process}), or null when the document has none. */
    JsonNode named(String name) {
        return schemas.containsKey(name)
                ? references.computeIfAbsent(name, known -> Json.mapper().createObjectNode().put("$ref", SCHEMA_REF + known))
                : null;
    }

    /** The schema a {@code $ref} names, or null. */
    public JsonNode referenced(String ref) {
        return ref.startsWith(SCHEMA_REF) ? schemas.get(ref.substring(SCHEMA_REF.length())) : null;
    }

    /** The name of the schema a {@code $ref} points to ({@code Environment}), for an element named after it. */
    public static String refName(String ref) {
        return ref.substring(ref.lastIndexOf('/') + 1);
    }
}
