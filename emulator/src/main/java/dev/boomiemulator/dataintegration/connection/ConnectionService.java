package dev.boomiemulator.dataintegration.connection;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.boomiemulator.common.EmulatorClock;
import dev.boomiemulator.common.IdGenerator;
import dev.boomiemulator.common.InvalidInput;
import dev.boomiemulator.common.Json;
import dev.boomiemulator.common.JsonFields;
import dev.boomiemulator.dataintegration.Caller;
import dev.boomiemulator.dataintegration.DataIntegrationException.ValidationItem;
import dev.boomiemulator.dataintegration.DataIntegrationException;
import dev.boomiemulator.dataintegration.PageRequest.Paged;
import dev.boomiemulator.dataintegration.PageRequest;
import dev.boomiemulator.dataintegration.environment.EnvironmentService;
import dev.boomiemulator.db.Transactions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** The rules of connections: secrets kept but never answered, names unique per environment, no deleting what a data flow uses. */
public final class ConnectionService {
    /** Request fields that are not settings: what the connection is, and read-only fields a GET answers. */
    private static final Set<String> NOT_SETTINGS = Set.of("connection_name", "connection_type_id", "connection_type",
            "description", "is_test_connection", "properties", "cross_id", "_id", "account_id", "environment_id",
            "connection_update_by", "connection_update_time");

    private final ConnectionRepository connections;
    private final EnvironmentService environments;
    private final ConnectionUsers users;
    private final IdGenerator ids;
    private final EmulatorClock clock;
    private final Transactions transactions;

    public ConnectionService(ConnectionRepository connections, EnvironmentService environments, ConnectionUsers users,
                             IdGenerator ids, EmulatorClock clock, Transactions transactions) {
        this.transactions = transactions;
        this.connections = connections;
        this.environments = environments;
        this.users = users;
        this.ids = ids;
        this.clock = clock;
    }

    public Paged<ConnectionView> list(Caller caller, String environmentId, PageRequest page) {
        environments.require(caller, environmentId);
        ConnectionRepository.ConnectionPage found = connections.page(caller.accountId(), environmentId, page.offset(),
                page.itemsPerPage());
        return page.of(found.connections().stream()
                .map(connection -> ConnectionView.of(connection, caller.diAccountId()))
                .toList(), found.total());
    }

    public ConnectionDetailView get(Caller caller, String environmentId, String id) {
        return ConnectionDetailView.of(require(caller, environmentId, id), caller.diAccountId());
    }

    public ConnectionDetailView create(Caller caller, String environmentId, ObjectNode body) {
        return transactions.write(caller.accountId(), () -> {
            environments.require(caller, environmentId);
            List<ValidationItem> missing = new ArrayList<>();
            Optional<String> name = JsonFields.text(body, "connection_name");
            if (name.isEmpty()) {
                missing.add(ValidationItem.missing("body", "connection_name"));
            }
            Optional<String> typeId = JsonFields.text(body, "connection_type_id");
            Optional<String> typeLabel = JsonFields.text(body, "connection_type");
            if (typeId.isEmpty() && typeLabel.isEmpty()) {
                missing.add(ValidationItem.missing("body", "connection_type_id"));
            }
            if (!missing.isEmpty()) {
                throw DataIntegrationException.validation(missing);
            }
            if (connections.nameTaken(caller.accountId(), environmentId, name.get(), null)) {
                throw duplicateName(name.get(), environmentId);
            }
            String type = typeId.map(given -> given.toLowerCase(Locale.ROOT)).orElseGet(() -> ConnectionTypes.idFor(typeLabel.get()));
            ObjectNode settings = Json.mapper().createObjectNode();
            mergeSettings(settings, body);
            DiConnection connection = new DiConnection(ids.hex24(), environmentId, name.get(), type,
                    typeLabel.orElseGet(() -> ConnectionTypes.label(type)),
                    JsonFields.text(body, "description").orElse(null),
                    bool(body, "is_test_connection").orElse(false),
                    settings, emptyCatalog(), caller.user(), clock.instant());
            connections.insert(caller.accountId(), connection);
            return ConnectionDetailView.of(connection, caller.diAccountId());
        });
    }

    /** Fields given replace the stored ones; settings left out (secrets a GET never shows) keep their values. */
    public ConnectionDetailView update(Caller caller, String environmentId, String id, ObjectNode body) {
        return transactions.write(caller.accountId(), () -> {
            DiConnection current = require(caller, environmentId, id);
            String name = JsonFields.text(body, "connection_name").orElse(current.name());
            if (!name.equals(current.name()) && connections.nameTaken(caller.accountId(), environmentId, name, id)) {
                throw duplicateName(name, environmentId);
            }
            String typeId = JsonFields.text(body, "connection_type_id").map(given -> given.toLowerCase(Locale.ROOT))
                    .or(() -> JsonFields.text(body, "connection_type").map(ConnectionTypes::idFor))
                    .orElse(current.typeId());
            String typeLabel = JsonFields.text(body, "connection_type")
                    .orElse(typeId.equals(current.typeId()) ? current.typeLabel() : ConnectionTypes.label(typeId));
            String description = body.has("description") ? JsonFields.text(body, "description").orElse(null)
                    : current.description();
            ObjectNode settings = current.settings().deepCopy();
            mergeSettings(settings, body);
            DiConnection updated = new DiConnection(id, environmentId, name, typeId, typeLabel, description,
                    bool(body, "is_test_connection").orElse(current.isTest()), settings, current.catalog(),
                    caller.user(), clock.instant());
            connections.update(caller.accountId(), updated);
            return ConnectionDetailView.of(updated, caller.diAccountId());
        });
    }

    public void delete(Caller caller, String environmentId, String id) {
        transactions.write(caller.accountId(), () -> {
            require(caller, environmentId, id);
            List<String> usedBy = users.riversUsing(caller.accountId(), environmentId, id);
            if (!usedBy.isEmpty()) {
                throw DataIntegrationException.badRequest("Connection " + id + " is used by data flows: "
                        + String.join(", ", usedBy) + "; change or delete them first");
            }
            connections.delete(caller.accountId(), environmentId, id);
        });
    }

    /** The connection's name, when the environment has it. */
    public Optional<String> nameOf(Caller caller, String environmentId, String id) {
        return connections.find(caller.accountId(), environmentId, id.toLowerCase(Locale.ROOT)).map(DiConnection::name);
    }

    /** The catalogue's schemas, by name: {@code {name, tables_count}}. */
    public Paged<ObjectNode> schemas(Caller caller, String environmentId, String id, PageRequest page) {
        DiConnection connection = require(caller, environmentId, id);
        List<ObjectNode> schemas = new ArrayList<>();
        for (JsonNode schema : connection.catalog().path("schemas")) {
            ObjectNode item = Json.mapper().createObjectNode();
            item.put("name", schema.path("name").asText());
            item.put("tables_count", schema.path("tables").size());
            schemas.add(item);
        }
        schemas.sort(Comparator.comparing(item -> item.path("name").asText()));
        return page.of(schemas);
    }

    /** The tables of one schema, or of all, by schema and name: {@code {name, schema_name, columns, increment_columns}}. */
    public Paged<ObjectNode> tables(Caller caller, String environmentId, String id, String schemaName, PageRequest page) {
        DiConnection connection = require(caller, environmentId, id);
        List<ObjectNode> tables = new ArrayList<>();
        boolean schemaFound = false;
        for (JsonNode schema : connection.catalog().path("schemas")) {
            String name = schema.path("name").asText();
            if (schemaName != null && !schemaName.equals(name)) {
                continue;
            }
            schemaFound = true;
            for (JsonNode table : schema.path("tables")) {
                ObjectNode item = Json.mapper().createObjectNode();
                item.put("name", table.path("name").asText());
                item.put("schema_name", name);
                item.set("columns", table.has("columns") ? table.get("columns") : Json.mapper().createArrayNode());
                item.set("increment_columns", table.has("increment_columns") ? table.get("increment_columns")
                        : Json.mapper().createArrayNode());
                tables.add(item);
            }
        }
        if (schemaName != null && !schemaFound) {
            throw DataIntegrationException.notFound("Schema " + schemaName + " not found in connection " + id);
        }
        tables.sort(Comparator.comparing((ObjectNode item) -> item.path("schema_name").asText())
                .thenComparing(item -> item.path("name").asText()));
        return page.of(tables);
    }

    /** The connection, or 404 (the environment too). */
    private DiConnection require(Caller caller, String environmentId, String id) {
        environments.require(caller, environmentId);
        return connections.find(caller.accountId(), environmentId, id)
                .orElseThrow(() -> DataIntegrationException.notFound("Connection " + id + " not found"));
    }

    /** {@code properties} and unknown top-level fields become settings; a null value removes one. */
    private static void mergeSettings(ObjectNode settings, ObjectNode body) {
        JsonNode properties = body.get("properties");
        if (properties != null && properties.isObject()) {
            properties.fields().forEachRemaining(field -> put(settings, field.getKey(), field.getValue()));
        }
        body.fields().forEachRemaining(field -> {
            if (!NOT_SETTINGS.contains(field.getKey())) {
                put(settings, field.getKey(), field.getValue());
            }
        });
    }

    private static void put(ObjectNode settings, String name, JsonNode value) {
        if (value == null || value.isNull()) {
            settings.remove(name);
        } else {
            settings.set(name, value);
        }
    }

    private static Optional<Boolean> bool(JsonNode body, String field) {
        try {
            return JsonFields.bool(body, field);
        } catch (InvalidInput e) {
            throw DataIntegrationException.validation(List.of(new ValidationItem("bool_parsing",
                    List.of("body", field), "Input should be a valid boolean")));
        }
    }

    static ObjectNode emptyCatalog() {
        ObjectNode catalog = Json.mapper().createObjectNode();
        catalog.putArray("schemas");
        return catalog;
    }

    private static DataIntegrationException duplicateName(String name, String environmentId) {
        return DataIntegrationException.badRequest("A connection named '" + name
                + "' already exists in environment " + environmentId + " (duplicate)");
    }
}
