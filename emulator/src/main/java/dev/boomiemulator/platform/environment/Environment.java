package dev.boomiemulator.platform.environment;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.Instant;

/**
 * A Platform environment. {@code classification} is echoed as the caller sent it: {@code PROD} (the real
 * service's form) or {@code PRODUCTION} (the seed's), or {@code TEST}.
 */
@JsonPropertyOrder({"@type", "id", "name", "classification", "createdDate"})
public record Environment(String id, String name, String classification, Instant createdDate) {
    @JsonProperty("@type")
    public String type() {
        return "Environment";
    }
}
