package dev.boomiemulator.dataintegration.river;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.boomiemulator.dataintegration.DiTime;
import java.util.List;

/** A data flow in a list (List Data Flows). */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonPropertyOrder({"name", "river_status", "group_name", "group_id", "river_schedulers", "datasource_id",
        "last_user_name_modified", "river_cross_id", "last_updated_at", "description", "is_api_v2", "river_type",
        "created_at", "kind", "is_deleted"})
public record RiverSummary(String name, String riverStatus, String groupName, String groupId,
                           List<String> riverSchedulers, String datasourceId, String lastUserNameModified,
                           String riverCrossId, String lastUpdatedAt, String description, boolean isApiV2,
                           String riverType, String createdAt, String kind, boolean isDeleted) {
    static RiverSummary of(River river) {
        return new RiverSummary(river.name(), river.status(), river.groupName(), river.groupId(),
                RiverDefinition.cronExpressions(river.definition()),
                RiverDefinition.sourceName(river.definition()).orElse(null), river.lastUpdatedBy(), river.id(),
                DiTime.format(river.lastUpdatedAt()), RiverDefinition.description(river.definition()),
                river.isApiV2(), river.type(), DiTime.format(river.createdAt()), river.kind(), river.isDeleted());
    }
}
