package dev.boomiemulator.platform.connector;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.Instant;
import java.util.Map;

/**
 * A version of a connector group, as the Connector API's create answers it and its query lists it
 * ({@code ConnectorVersionQuery}); fields with nothing to say are left out.
 */
@JsonPropertyOrder({"@type", "groupType", "versionId", "displayVersion", "changeLog", "uploadedBy", "uploadedDate",
        "deleted", "deletedBy", "deletedDate", "reviewStatus", "pendingConnectorReview", "releaseVersion",
        "ConnectorVersionMetadata"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ConnectorVersion(String groupType, String versionId, String displayVersion, String changeLog,
                               User uploadedBy, Instant uploadedDate, boolean deleted, User deletedBy,
                               Instant deletedDate, String reviewStatus, PendingReview pendingConnectorReview,
                               Boolean releaseVersion,
                               @JsonProperty("ConnectorVersionMetadata") Map<String, String> metadata) {
    @JsonProperty("@type")
    public String type() {
        return "ConnectorVersion";
    }

    /** A Platform user as the Connector API names one: by email (the emulator knows no first and last names). */
    @JsonPropertyOrder({"@type", "email"})
    public record User(String email) {
        @JsonProperty("@type")
        public String type() {
            return "User";
        }
    }

    @JsonPropertyOrder({"@type", "submittedBy", "submittedDate"})
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record PendingReview(User submittedBy, Instant submittedDate) {
        @JsonProperty("@type")
        public String type() {
            return "PendingConnectorReview";
        }
    }
}
