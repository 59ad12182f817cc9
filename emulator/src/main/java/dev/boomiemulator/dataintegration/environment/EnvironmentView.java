package dev.boomiemulator.dataintegration.environment;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.boomiemulator.dataintegration.DiTime;
import java.util.Map;

/** An environment on the wire (List Environments). */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonPropertyOrder({"_id", "account", "user_created", "created_at", "cross_id", "updated_at", "environment_name",
        "color", "description", "variables", "is_deleted", "deleted_by", "deleted_at", "is_default", "updated_by",
        "is_delete_lock"})
public record EnvironmentView(@JsonProperty("_id") String id, String account, String userCreated, String createdAt,
                              String crossId, String updatedAt, String environmentName, String color,
                              String description, Map<String, String> variables, boolean isDeleted,
                              String deletedBy, String deletedAt, boolean isDefault, String updatedBy,
                              boolean isDeleteLock) {
    static EnvironmentView of(DiEnvironment environment, String diAccountId, Map<String, String> variables) {
        return new EnvironmentView(environment.id(), diAccountId, environment.userCreated(),
                DiTime.format(environment.createdAt()), environment.id(), DiTime.format(environment.updatedAt()),
                environment.name(), environment.color(), environment.description(), variables,
                environment.isDeleted(), environment.deletedBy(), DiTime.format(environment.deletedAt()),
                environment.isDefault(), environment.updatedBy(), environment.isDeleteLock());
    }
}
