package dev.boomiemulator.platform.atom;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.Instant;
import java.util.List;

/** A Platform Atom (runtime): the seed's fields and the real service's that are cheap to fill. */
@JsonPropertyOrder({"@type", "id", "name", "status", "type", "hostName", "currentVersion", "dateInstalled", "createdBy",
        "purgeHistoryDays", "purgeImmediate", "forceRestartTime", "capabilities", "cloudId", "cloudName",
        "cloudMoleculeId", "instanceId", "isCloudAttachment"})
public record Atom(String id, String name, String status, String type, String hostName, String currentVersion,
                   Instant dateInstalled, String createdBy, int purgeHistoryDays, boolean purgeImmediate,
                   long forceRestartTime, List<String> capabilities, String cloudId, String cloudName,
                   String cloudMoleculeId, String instanceId, boolean isCloudAttachment) {
    @JsonProperty("@type")
    public String objectType() {
        return "Atom";
    }
}
