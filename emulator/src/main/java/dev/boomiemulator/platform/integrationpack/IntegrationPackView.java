package dev.boomiemulator.platform.integrationpack;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.boomiemulator.domain.integrationpack.IntegrationPack;

/** The Platform {@code IntegrationPack}: a pack available to the account. */
@JsonPropertyOrder({"@type", "id", "name", "Description", "installationType"})
public record IntegrationPackView(String id, String name, @JsonProperty("Description") String description,
                                  String installationType) {
    @JsonProperty("@type")
    public String type() {
        return "IntegrationPack";
    }

    public static IntegrationPackView of(IntegrationPack pack) {
        return new IntegrationPackView(pack.id(), pack.name(), pack.description(), pack.installationType().name());
    }
}
