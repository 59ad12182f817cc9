package dev.boomiemulator.platform.extensions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.boomiemulator.db.Transactions;
import dev.boomiemulator.platform.BulkGet;
import dev.boomiemulator.platform.PlatformException;
import dev.boomiemulator.platform.component.DeployedConnections;
import dev.boomiemulator.platform.environment.EnvironmentRepository;
import dev.boomiemulator.platform.generic.GenericObjects;
import dev.boomiemulator.platform.query.FilterComparisons;
import dev.boomiemulator.platform.query.QueryResult;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.jooq.DSLContext;

/**
 * The rules of EnvironmentExtensions. What an environment can extend comes from what is deployed there: the
 * connection components its deployed processes reference, with the fields of each ({@link ExtensibleConnection}).
 * An update sets values over those defaults: a partial update ({@code partial: true}) changes only what it names,
 * a full one resets everything it leaves out; a field sent with {@code useDefault: true} goes back to the
 * component's value; a field or connection the environment does not have is refused. A secret field's value is
 * never answered back: {@code encryptedValueSet} says one is set. The other sections (process properties,
 * operations, cross references, trading partners...) are kept as the last update gave them.
 */
public final class EnvironmentExtensionsService {
    /** Sections kept as written: the document's required ones, answered empty until written. */
    private static final List<String> KEPT_SECTIONS = List.of("operations", "tradingPartners", "sharedCommunications",
            "crossReferences", "PGPCertificates", "processProperties", "properties");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String EXTENSIONS = "EnvironmentExtensions";

    private final DeployedConnections deployed;
    private final EnvironmentRepository environments;
    /** The written extension values, by environment, kept as generic EnvironmentExtensions objects. */
    private final Supplier<GenericObjects> store;
    private final Transactions transactions;

    public EnvironmentExtensionsService(DSLContext dsl, EnvironmentRepository environments, Supplier<GenericObjects> store,
                                       Transactions transactions) {
        this.deployed = new DeployedConnections(dsl);
        this.environments = environments;
        this.store = store;
        this.transactions = transactions;
    }

    JsonNode get(String accountId, String environmentId) {
        requireEnvironment(accountId, environmentId);
        return render(accountId, environmentId, written(accountId, environmentId).orElse(NODES.objectNode()));
    }

    JsonNode update(String accountId, String environmentId, JsonNode body) {
        for (String key : new String[] {"environmentId", "id"}) {
            if (body.hasNonNull(key) && !body.get(key).asText().equals(environmentId)) {
                throw PlatformException.badRequest("The " + key + " in the body (" + body.get(key).asText()
                        + ") is not the environment in the path (" + environmentId + ").");
            }
        }
        return transactions.write(accountId, () -> {
            requireEnvironment(accountId, environmentId);
            boolean partial = body.path("partial").asBoolean(false);
            ObjectNode written = partial
                    ? (ObjectNode) written(accountId, environmentId).map(JsonNode::deepCopy).orElse(NODES.objectNode())
                    : NODES.objectNode();
            written.put("environmentId", environmentId);
            ObjectNode values = written.has("values") ? (ObjectNode) written.get("values") : written.putObject("values");
            Map<String, ExtensibleConnection> connections = new java.util.LinkedHashMap<>();
            connections(accountId, environmentId).forEach(c -> connections.put(c.id(), c));
            for (JsonNode connection : list(body.path("connections").path("connection"))) {
                String connectionId = connection.path("id").asText("");
                ExtensibleConnection known = connections.get(connectionId);
                if (known == null) {
                    throw PlatformException.badRequest("Connection " + connectionId + " is not extensible in environment "
                            + environmentId + ": no process deployed there uses it.");
                }
                ObjectNode fields = values.has(connectionId) ? (ObjectNode) values.get(connectionId)
                        : values.putObject(connectionId);
                for (JsonNode field : list(connection.path("field"))) {
                    String fieldId = field.path("id").asText("");
                    if (!known.fields().containsKey(fieldId)) {
                        throw PlatformException.badRequest("Connection " + known.name() + " (" + connectionId
                                + ") has no extensible field '" + fieldId + "'.");
                    }
                    if (field.path("useDefault").asBoolean(false)) {
                        fields.remove(fieldId);
                    } else if (field.has("value")) {
                        fields.put(fieldId, field.get("value").asText());
                    }
                }
            }
            for (String section : KEPT_SECTIONS) {
                if (body.has(section)) {
                    written.set(section, body.get(section));
                }
            }
            store.get().save(EXTENSIONS, accountId, environmentId, written);
            return render(accountId, environmentId, written);
        });
    }

    /** A query names one environment ({@code environmentId EQUALS}), as the real service requires. */
    QueryResult query(String accountId, JsonNode body) {
        String environmentId = FilterComparisons.equalsArgument(body.path("QueryFilter").path("expression"),
                "environmentId");
        if (environmentId == null) {
            throw PlatformException.badRequest("An EnvironmentExtensions query needs environmentId EQUALS an environment.");
        }
        return new QueryResult(List.of(get(accountId, environmentId)), null, 1);
    }

    BulkGet.BulkResult bulk(String accountId, JsonNode body) {
        return BulkGet.run(body, id -> get(accountId, id));
    }

    private JsonNode render(String accountId, String environmentId, JsonNode written) {
        ObjectNode answer = NODES.objectNode();
        answer.put("@type", "EnvironmentExtensions");
        answer.put("environmentId", environmentId);
        answer.put("id", environmentId);
        answer.put("extensionGroupId", "");
        ArrayNode connections = answer.putObject("connections").put("@type", "Connections").putArray("connection");
        for (ExtensibleConnection connection : connections(accountId, environmentId)) {
            ObjectNode rendered = connections.addObject().put("@type", "Connection").put("id", connection.id())
                    .put("name", connection.name());
            ArrayNode fields = rendered.putArray("field");
            JsonNode set = written.path("values").path(connection.id());
            for (ExtensibleConnection.Field field : connection.fields().values()) {
                boolean overridden = set.has(field.id());
                ObjectNode out = fields.addObject().put("@type", "Field").put("id", field.id());
                if (!field.usesEncryption()) {
                    out.put("value", overridden ? set.get(field.id()).asText() : field.defaultValue());
                }
                out.put("useDefault", !overridden);
                out.put("usesEncryption", field.usesEncryption());
                out.put("encryptedValueSet", field.usesEncryption() && overridden);
                out.put("componentOverride", false);
            }
        }
        for (String section : KEPT_SECTIONS) {
            answer.set(section, written.has(section) ? written.get(section) : NODES.objectNode());
        }
        return answer;
    }

    /** The environment's extensible connections, each once, in id order. */
    private List<ExtensibleConnection> connections(String accountId, String environmentId) {
        Map<String, ExtensibleConnection> byId = new java.util.LinkedHashMap<>();
        for (DeployedConnections.Use use : deployed.in(accountId, environmentId)) {
            byId.putIfAbsent(use.componentId(), ExtensibleConnection.of(use.componentId(), use.name(), use.objectXml()));
        }
        return List.copyOf(byId.values());
    }

    private Optional<JsonNode> written(String accountId, String environmentId) {
        return store.get().find(EXTENSIONS, accountId, environmentId);
    }

    private void requireEnvironment(String accountId, String environmentId) {
        if (!environments.exists(accountId, environmentId)) {
            throw PlatformException.notFound("Environment", environmentId);
        }
    }

    /** A list, or one item the XML form gave alone. */
    private static Iterable<JsonNode> list(JsonNode node) {
        if (node.isArray()) {
            return node;
        }
        return node.isMissingNode() || node.isNull() ? List.of() : List.of(node);
    }
}
