package dev.boomiemulator.platform.xml;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One schema of the official document as the XML codec reads it: its {@code $ref} followed, its {@code allOf}
 * parts read as one, and a {@code oneOf} settled by the value at hand. A view without a schema (an answer the
 * document does not describe) knows nothing, and the codec then writes every field as an element.
 *
 * <p>Views are made once per schema node of the document ({@link OfficialSchemas#views}) and remember what they
 * looked up: the codec asks the same questions for every record of a page (a query's hundred ExecutionRecords), and
 * walking the schema's JSON for each field of each record was a fifth of writing a page as XML.
 */
final class SchemaView {
    static final SchemaView UNKNOWN = new SchemaView(null, null, null, null);

    private final OfficialSchemas document;
    /** The schema as written where it is used: its own {@code xml} annotation wins over the referenced one's. */
    private final JsonNode declared;
    /** The schema after following {@code $ref}s. */
    private final JsonNode resolved;
    /** The name of the last schema a {@code $ref} led to, if any. */
    private final String refName;
    /** {@code xml.name}, {@code xml.attribute}, {@code xml.wrapped}, as {@link #xml} reads them; the own {@code xml.name}. */
    private final String xmlName;
    private final boolean attribute;
    private final boolean wrapped;
    private final String ownXmlName;
    /** The declared properties looked up so far (undeclared ones are not kept: their names come from the answers). */
    private final Map<String, SchemaView> properties = new ConcurrentHashMap<>();
    private volatile SchemaView items;
    private volatile List<SchemaView> variants;

    private SchemaView(OfficialSchemas document, JsonNode declared, JsonNode resolved, String refName) {
        this.document = document;
        this.declared = declared;
        this.resolved = resolved;
        this.refName = refName;
        this.xmlName = xml("name");
        this.attribute = "true".equals(xml("attribute"));
        this.wrapped = "true".equals(xml("wrapped"));
        this.ownXmlName = declared == null ? null : declared.path("xml").path("name").asText(null);
    }

    /**
     * The schema for a nested value: as declared; where nothing is declared (inside an answer the document does not
     * describe), the schema its {@code @type} names, so a wrapped ExecutionRecord is still written as one.
     */
    SchemaView forValue(JsonNode value, OfficialSchemas fallback) {
        if (known() || fallback == null) {
            return this;
        }
        String type = value.path("@type").asText("");
        return type.isEmpty() ? this : of(fallback, fallback.named(type));
    }

    /** The view of {@code schema}, one of {@code document}'s nodes (or a reference {@link OfficialSchemas#named} made). */
    static SchemaView of(OfficialSchemas document, JsonNode schema) {
        if (schema == null || schema.isMissingNode() || document == null) {
            return UNKNOWN;
        }
        OfficialSchemas.Node node = new OfficialSchemas.Node(schema);
        SchemaView view = document.views.get(node);
        if (view == null) {
            view = resolve(document, schema);
            SchemaView raced = document.views.putIfAbsent(node, view);
            view = raced != null ? raced : view;
        }
        return view;
    }

    private static SchemaView resolve(OfficialSchemas document, JsonNode schema) {
        JsonNode resolved = schema;
        String refName = null;
        for (int hops = 0; resolved != null && resolved.has("$ref") && hops < 10; hops++) {
            String ref = resolved.get("$ref").asText();
            refName = OfficialSchemas.refName(ref);
            resolved = document.referenced(ref);
        }
        return resolved == null ? UNKNOWN : new SchemaView(document, schema, resolved, refName);
    }

    boolean known() {
        return resolved != null;
    }

    /** The element name the document gives this schema where it is the root: {@code xml.name}, else its own name. */
    String rootName(String fallback) {
        return xmlName != null ? xmlName : refName != null ? refName : fallback;
    }

    /** The element name of a property of this schema: its {@code xml.name}, else the property's name. */
    String elementName(String propertyName) {
        return ownXmlName != null ? ownXmlName : propertyName;
    }

    boolean isAttribute() {
        return attribute;
    }

    boolean isWrapped() {
        return wrapped;
    }

    private String xml(String annotation) {
        if (declared == null) {
            return null;
        }
        JsonNode own = declared.path("xml").path(annotation);
        JsonNode value = own.isMissingNode() ? resolved.path("xml").path(annotation) : own;
        return value.isMissingNode() ? null : value.asText();
    }

    /** {@code object}, {@code array}, {@code string}, {@code integer}, {@code number}, {@code boolean}, or null. */
    String type() {
        if (resolved == null) {
            return null;
        }
        if (resolved.has("type")) {
            return resolved.get("type").asText();
        }
        if (resolved.has("properties") || resolved.has("allOf")) {
            return "object";
        }
        return resolved.has("items") ? "array" : null;
    }

    SchemaView items() {
        if (resolved == null) {
            return UNKNOWN;
        }
        SchemaView made = items;
        if (made == null) {
            made = of(document, resolved.get("items"));
            items = made;
        }
        return made;
    }

    /** The schema of a property, looked up in this schema and its {@code allOf} parts; unknown when undeclared. */
    SchemaView property(String name) {
        if (resolved == null) {
            return UNKNOWN;
        }
        SchemaView found = properties.get(name);
        if (found == null) {
            found = lookUp(name);
            if (found.known()) {
                properties.put(name, found);
            }
        }
        return found;
    }

    private SchemaView lookUp(String name) {
        JsonNode own = resolved.path("properties").get(name);
        if (own != null) {
            return of(document, own);
        }
        for (JsonNode part : resolved.path("allOf")) {
            SchemaView found = of(document, part).property(name);
            if (found.known()) {
                return found;
            }
        }
        return UNKNOWN;
    }

    boolean declares(String name) {
        return property(name).known();
    }

    /**
     * This schema, or for a {@code oneOf} the variant {@code value} is: the one its {@code @type} names
     * ({@code GroupingExpression} names {@code EnvironmentGroupingExpression}), else the one declaring most of its
     * fields.
     */
    SchemaView settledFor(JsonNode value) {
        if (resolved == null || !resolved.has("oneOf")) {
            return this;
        }
        List<SchemaView> variants = variants();
        String type = value.path("@type").asText("");
        for (SchemaView variant : variants) {
            if (!type.isEmpty() && variant.refName != null && variant.refName.endsWith(type)) {
                return variant;
            }
        }
        SchemaView best = variants.isEmpty() ? this : variants.get(0);
        int bestCount = -1;
        for (SchemaView variant : variants) {
            int count = 0;
            for (Iterator<String> names = value.fieldNames(); names.hasNext(); ) {
                count += variant.declares(names.next()) ? 1 : 0;
            }
            if (count > bestCount) {
                best = variant;
                bestCount = count;
            }
        }
        return best;
    }

    private List<SchemaView> variants() {
        List<SchemaView> made = variants;
        if (made == null) {
            List<SchemaView> all = new ArrayList<>();
            resolved.get("oneOf").forEach(variant -> all.add(of(document, variant)));
            made = List.copyOf(all);
            variants = made;
        }
        return made;
    }
}
