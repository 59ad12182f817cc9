package dev.boomiemulator.platform.process;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.Instant;

/**
 * A Platform process: the seed's fields ({@code currentVersion} as a string, as the seed has it) and the
 * real service's {@code Description}, which Boomi's document marks required: {@code ""} when there is none.
 */
@JsonPropertyOrder({"@type", "id", "name", "type", "folderId", "folderName", "Description", "deleted", "currentVersion",
        "createdDate", "createdBy", "modifiedDate", "modifiedBy"})
public record Process(String id, String name, String folderId, String folderName,
                      @JsonProperty("Description") String description, boolean deleted, String currentVersion,
                      Instant createdDate, String createdBy, Instant modifiedDate, String modifiedBy) {
    public Process {
        description = description == null ? "" : description;
    }

    @JsonProperty("@type")
    public String objectType() {
        return "Process";
    }

    /** The component type, always {@code process}. */
    @JsonProperty("type")
    public String componentType() {
        return "process";
    }
}
