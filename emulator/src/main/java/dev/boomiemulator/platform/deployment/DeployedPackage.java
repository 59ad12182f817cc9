package dev.boomiemulator.platform.deployment;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.Instant;

/**
 * A packaged component deployed to an environment. {@code active} is false once a newer deployment of the
 * component replaced it there, or once it was undeployed. {@code version} counts the deployments of the
 * component to the environment (1, 2, ...). {@code componentVersion} is shown in the package's form.
 */
@JsonPropertyOrder({"@type", "deploymentId", "version", "packageId", "packageVersion", "environmentId", "componentId",
        "componentType", "componentVersion", "notes", "deployedDate", "deployedBy", "active", "listenerStatus"})
public record DeployedPackage(String deploymentId, int version, String packageId, String packageVersion,
                              String environmentId, String componentId, String componentType, Object componentVersion,
                              String notes, Instant deployedDate, String deployedBy, boolean active,
                              String listenerStatus) {
    @JsonProperty("@type")
    public String objectType() {
        return "DeployedPackage";
    }
}
