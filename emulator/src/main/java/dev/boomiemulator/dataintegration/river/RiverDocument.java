package dev.boomiemulator.dataintegration.river;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.boomiemulator.common.Json;
import dev.boomiemulator.dataintegration.DiTime;

/** A data flow as GET, POST and PUT answer it; a client can PUT it back unchanged. */
final class RiverDocument {
    private RiverDocument() {
    }

    static ObjectNode of(River river, String diAccountId, String environmentName) {
        ObjectNode out = Json.mapper().createObjectNode();
        out.put("cross_id", river.id());
        out.put("account_id", diAccountId);
        out.put("kind", river.kind());
        out.put("type", river.type());
        out.put("name", river.name());
        out.put("environment_id", river.environmentId());
        out.put("environment_name", environmentName);
        out.put("group_id", river.groupId());
        out.put("group_name", river.groupName());

        ObjectNode metadata = out.putObject("metadata");
        ObjectNode given = RiverDefinition.metadata(river.definition());
        metadata.set("description", given.has("description") ? given.get("description") : Json.mapper().nullNode());
        metadata.put("river_status", river.status());
        metadata.put("current_version_id", river.currentVersionId());
        metadata.put("created_by", river.createdBy());
        metadata.put("last_updated_by", river.lastUpdatedBy());
        metadata.put("created_at", DiTime.format(river.createdAt()));
        metadata.put("last_updated_at", DiTime.format(river.lastUpdatedAt()));
        metadata.put("is_deleted", river.isDeleted());
        given.fields().forEachRemaining(field -> {
            if (!metadata.has(field.getKey())) {
                metadata.set(field.getKey(), field.getValue());
            }
        });

        out.set("properties", RiverDefinition.properties(river.definition()));
        JsonNode settings = RiverDefinition.settings(river.definition());
        out.set("settings", settings.isMissingNode() || settings.isNull() ? Json.mapper().createObjectNode() : settings);
        out.set("schedulers", RiverDefinition.schedulers(river.definition()));
        if (river.mainRiverId() != null) {
            out.put("main_river_id", river.mainRiverId());
        }
        RiverDefinition.extra(river.definition()).fields().forEachRemaining(field -> {
            if (!out.has(field.getKey())) {
                out.set(field.getKey(), field.getValue());
            }
        });
        return out;
    }
}
