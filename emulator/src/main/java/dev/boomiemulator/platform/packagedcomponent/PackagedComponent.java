package dev.boomiemulator.platform.packagedcomponent;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.Instant;

/**
 * A packaged component: one version of a component, frozen for deployment. {@code componentVersion} is a
 * number, or a string when the creating caller sent it as one ({@code "3"}): the form the caller used.
 * Boomi's document marks {@code branchName}, {@code notes} and {@code createdBy} required: {@code ""} when
 * there is none (no branches are emulated).
 */
@JsonPropertyOrder({"@type", "packageId", "packageVersion", "componentId", "componentVersion", "componentType",
        "createdDate", "createdBy", "notes", "shareable", "deleted", "branchName"})
public record PackagedComponent(String packageId, String packageVersion, String componentId, Object componentVersion,
                                String componentType, Instant createdDate, String createdBy, String notes,
                                boolean shareable, boolean deleted, String branchName) {
    public PackagedComponent {
        createdBy = createdBy == null ? "" : createdBy;
        notes = notes == null ? "" : notes;
        branchName = branchName == null ? "" : branchName;
    }

    @JsonProperty("@type")
    public String objectType() {
        return "PackagedComponent";
    }

    /** The component version as a number, whichever form it is shown in. */
    public int version() {
        return Integer.parseInt(String.valueOf(componentVersion));
    }

    public boolean versionAsText() {
        return componentVersion instanceof String;
    }
}
