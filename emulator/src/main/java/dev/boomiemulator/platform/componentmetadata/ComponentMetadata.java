package dev.boomiemulator.platform.componentmetadata;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.Instant;

/** One version of a component; {@code currentVersion} is true for the latest. */
@JsonPropertyOrder({"@type", "componentId", "version", "name", "type", "subType", "createdDate", "createdBy",
        "modifiedDate", "modifiedBy", "deleted", "currentVersion", "folderName", "folderId", "copiedFromComponentId",
        "copiedFromComponentVersion", "branchName", "branchId"})
public record ComponentMetadata(String componentId, int version, String name, String type, String subType,
                                Instant createdDate, String createdBy, Instant modifiedDate, String modifiedBy,
                                boolean deleted, boolean currentVersion, String folderName, String folderId,
                                String copiedFromComponentId, Integer copiedFromComponentVersion, String branchName,
                                String branchId) {
    @JsonProperty("@type")
    public String objectType() {
        return "ComponentMetadata";
    }
}
