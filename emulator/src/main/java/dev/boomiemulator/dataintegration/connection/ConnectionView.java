package dev.boomiemulator.dataintegration.connection;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.boomiemulator.dataintegration.DiTime;

/** A connection in a list: never any settings, so never a secret. */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonPropertyOrder({"account_id", "environment_id", "cross_id", "_id", "connection_name", "connection_type",
        "connection_type_id", "is_test_connection", "connection_update_by", "connection_update_time"})
public record ConnectionView(String accountId, String environmentId, String crossId, @JsonProperty("_id") String id,
                             String connectionName, String connectionType, String connectionTypeId,
                             boolean isTestConnection, String connectionUpdateBy, String connectionUpdateTime) {
    static ConnectionView of(DiConnection connection, String diAccountId) {
        return new ConnectionView(diAccountId, connection.environmentId(), connection.id(), connection.id(),
                connection.name(), connection.typeLabel(), connection.typeId(), connection.isTest(),
                connection.updateBy(), DiTime.format(connection.updateTime()));
    }
}
