package dev.boomiemulator.platform.integrationpack;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.boomiemulator.domain.integrationpack.IntegrationPackInstance;
import java.util.List;

/** The Platform {@code IntegrationPackInstance}; {@code integrationPackOverrideName} for MULTI packs only. */
@JsonPropertyOrder({"@type", "id", "integrationPackId", "integrationPackOverrideName", "ProcessId"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record IntegrationPackInstanceView(String id, String integrationPackId, String integrationPackOverrideName,
                                          @JsonProperty("ProcessId") List<ProcessId> processIds) {
    @JsonProperty("@type")
    public String type() {
        return "IntegrationPackInstance";
    }

    /** {@code wrapperProcessId} for MULTI packs only. */
    @JsonPropertyOrder({"@type", "originalProcessId", "wrapperProcessId", "name"})
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ProcessId(String originalProcessId, String wrapperProcessId, String name) {
        @JsonProperty("@type")
        public String type() {
            return "ProcessId";
        }
    }

    public static IntegrationPackInstanceView of(IntegrationPackInstance instance) {
        return new IntegrationPackInstanceView(instance.id(), instance.integrationPackId(), instance.overrideName(),
                instance.processes().stream()
                        .map(p -> new ProcessId(p.originalProcessId(), p.wrapperProcessId(), p.name()))
                        .toList());
    }
}
