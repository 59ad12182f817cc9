package dev.boomiemulator.dataintegration.connection;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.boomiemulator.common.FixtureProblem;
import dev.boomiemulator.common.Json;
import dev.boomiemulator.common.JsonFields;
import java.time.Instant;
import java.util.Locale;
import org.jooq.DSLContext;

/** Loads the connections of a fixture environment (schema: fixtures/schema/dataintegration.schema.json). */
public final class ConnectionFixtures {
    private ConnectionFixtures() {
    }

    public static void load(DSLContext tx, String accountId, String environmentId, JsonNode connection, String id,
                            Instant now, String at) {
        if (ConnectionRepository.exists(tx, accountId, environmentId, id)) {
            throw new FixtureProblem(at + ".id", "duplicate connection id '" + id + "' in environment " + environmentId);
        }
        String type = connection.get("type").asText().toLowerCase(Locale.ROOT);
        JsonNode properties = connection.get("properties");
        JsonNode catalog = connection.get("catalog");
        ConnectionRepository.insert(tx, accountId, new DiConnection(id, environmentId,
                connection.get("name").asText(), type,
                JsonFields.text(connection, "typeLabel").orElseGet(() -> ConnectionTypes.label(type)),
                JsonFields.text(connection, "description").orElse(null),
                connection.path("isTestConnection").asBoolean(false),
                properties instanceof ObjectNode object ? object : Json.mapper().createObjectNode(),
                catalog instanceof ObjectNode object ? object : ConnectionService.emptyCatalog(),
                JsonFields.text(connection, "updatedBy").orElse(null), now));
    }
}
