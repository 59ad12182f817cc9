package dev.boomiemulator.dataintegration.connection;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.boomiemulator.dataintegration.DiTime;

/** One connection with its settings, secrets left out (Get, Add and Update Connection). */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonPropertyOrder({"account_id", "environment_id", "cross_id", "_id", "connection_name", "connection_type",
        "connection_type_id", "is_test_connection", "connection_update_by", "connection_update_time",
        "description", "properties"})
public record ConnectionDetailView(String accountId, String environmentId, String crossId,
                                   @JsonProperty("_id") String id, String connectionName, String connectionType,
                                   String connectionTypeId, boolean isTestConnection, String connectionUpdateBy,
                                   String connectionUpdateTime, String description, ObjectNode properties) {
    static ConnectionDetailView of(DiConnection connection, String diAccountId) {
        return new ConnectionDetailView(diAccountId, connection.environmentId(), connection.id(), connection.id(),
                connection.name(), connection.typeLabel(), connection.typeId(), connection.isTest(),
                connection.updateBy(), DiTime.format(connection.updateTime()), connection.description(),
                Secrets.redact(connection.settings()));
    }
}
