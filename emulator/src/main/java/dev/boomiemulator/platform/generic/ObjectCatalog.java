package dev.boomiemulator.platform.generic;

import com.fasterxml.jackson.databind.JsonNode;
import dev.boomiemulator.platform.query.ValueType;
import dev.boomiemulator.platform.xml.OfficialSchemas;
import dev.boomiemulator.platform.xml.OfficialSchemas.Listed;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every object of Boomi's official Platform document, read from the document itself: its operations, its schema,
 * the property its path's {@code {id}} names and its filterable properties. The generic engine serves objects from
 * this and nothing else, so an object the document adds tomorrow is served the day the document is updated.
 */
public final class ObjectCatalog {
    private static final Pattern PATH_PARAMETER = Pattern.compile("\\{([^}]+)}");
    /**
     * Keys for objects whose path says {@code {id}} but whose schema has no {@code id}: what the {@code {id}} is,
     * in order of preference ({@code SharedServerInformation/{id}} is an Atom's id, {@code Account/{id}} the account's).
     */
    private static final List<String> KEY_CANDIDATES = List.of("componentId", "atomId", "runtimeId", "containerId",
            "documentId", "eventId", "accountId", "requestId", "executionId", "packageId", "listenerId", "type");

    private final Map<String, OfficialObject> objects;
    private final List<Listed> operations;

    private ObjectCatalog(Map<String, OfficialObject> objects, List<Listed> operations) {
        this.objects = objects;
        this.operations = operations;
    }

    public static ObjectCatalog of(OfficialSchemas document) {
        Map<String, List<Listed>> byTag = new LinkedHashMap<>();
        document.operations().forEach(op -> byTag.computeIfAbsent(op.tag(), tag -> new ArrayList<>()).add(op));
        Map<String, OfficialObject> objects = new LinkedHashMap<>();
        byTag.forEach((tag, listed) -> objects.put(tag, object(document, tag, listed)));
        return new ObjectCatalog(objects, document.operations());
    }

    public Optional<OfficialObject> object(String name) {
        return Optional.ofNullable(objects.get(name));
    }

    public Collection<OfficialObject> objects() {
        return objects.values();
    }

    /** Every operation of the document, in its order. */
    public List<Listed> operations() {
        return operations;
    }

    private static OfficialObject object(OfficialSchemas document, String tag, List<Listed> listed) {
        Map<OperationKind, Listed> byKind = new EnumMap<>(OperationKind.class);
        listed.forEach(op -> byKind.putIfAbsent(OperationKind.of(op), op));
        ObjectSchema schema = new ObjectSchema(document, objectSchema(document, tag, byKind));
        return new OfficialObject(tag, schema, keyProperty(schema, byKind), byKind, filterable(document, tag, schema));
    }

    /** The object's own schema: what its create, get or update carries, else the schema named after it. */
    private static JsonNode objectSchema(OfficialSchemas document, String tag, Map<OperationKind, Listed> byKind) {
        for (OperationKind kind : new OperationKind[] {OperationKind.GET, OperationKind.UPDATE, OperationKind.CREATE}) {
            Listed op = byKind.get(kind);
            JsonNode schema = op == null ? null
                    : kind == OperationKind.GET ? op.schemas().response() : op.schemas().request();
            if (schema != null && schema.has("$ref")) {
                return schema;
            }
        }
        JsonNode named = document.schema(tag);
        return named == null ? document.schema("Error") : named;
    }

    /**
     * The property the path's {@code {id}} names: the parameter's own name where the schema has it
     * ({@code {componentId}}), else {@code id}, else the likeliest candidate, else the parameter's name even though
     * the schema lacks it (an {@code AtomDiskSpace} is addressed by its Atom's id but does not carry it: a fixture
     * names it so, and it is kept beside the object, not in it). Null for a record no path addresses.
     */
    private static String keyProperty(ObjectSchema schema, Map<OperationKind, Listed> byKind) {
        Matcher parameter = null;
        for (OperationKind kind : new OperationKind[] {OperationKind.GET, OperationKind.UPDATE, OperationKind.DELETE,
                OperationKind.ASYNC_GET}) {
            Listed op = byKind.get(kind);
            if (op != null) {
                parameter = PATH_PARAMETER.matcher(op.path());
                break;
            }
        }
        if (parameter == null || !parameter.find()) {
            return schema.has("id") ? "id" : null;
        }
        String named = parameter.group(1);
        Optional<String> inSchema = schema.propertyFor(named);
        if (inSchema.isPresent()) {
            return inSchema.get();
        }
        if (schema.has("id")) {
            return "id";
        }
        return KEY_CANDIDATES.stream().filter(schema::has).findFirst().orElse(named);
    }

    private static List<OfficialObject.Filterable> filterable(OfficialSchemas document, String tag,
                                                             ObjectSchema schema) {
        JsonNode expression = document.schema(tag + "SimpleExpression");
        List<OfficialObject.Filterable> filterable = new ArrayList<>();
        if (expression == null) {
            return filterable;
        }
        for (JsonNode name : expression.path("properties").path("property").path("enum")) {
            String filterName = name.asText();
            Optional<String> property = schema.propertyFor(filterName);
            JsonNode propertySchema = property.map(schema::propertySchema).orElse(null);
            filterable.add(new OfficialObject.Filterable(filterName, property.orElse(null),
                    valueType(filterName, propertySchema)));
        }
        return filterable;
    }

    private static ValueType valueType(String name, JsonNode schema) {
        if (schema == null) {
            return name.toLowerCase(Locale.ROOT).endsWith("date") ? ValueType.DATE : ValueType.STRING;
        }
        String type = schema.path("type").asText("");
        String format = schema.path("format").asText("");
        if (type.equals("boolean")) {
            return ValueType.BOOLEAN;
        }
        if (type.equals("integer") || type.equals("number")) {
            return ValueType.NUMBER;
        }
        if (format.equals("date-time") || format.equals("date")) {
            return ValueType.DATE;
        }
        return schema.has("enum") ? ValueType.ENUM : ValueType.STRING;
    }
}
