package dev.boomiemulator.connectnow;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.boomiemulator.domain.integrationpack.Extensions;
import dev.boomiemulator.domain.integrationpack.IntegrationPack;
import dev.boomiemulator.domain.integrationpack.IntegrationPackInstance;
import java.time.Instant;
import java.util.List;

/**
 * The ws/simple response objects (openapi/ws-simple.yaml): thin wrappers over the Platform objects, a
 * list being a {@code QueryResult}-like object without paging.
 */
final class Views {
    private Views() {
    }

    /** A ws/simple list: never paged, so {@code numberOfResults} is the length of {@code result}. */
    @JsonPropertyOrder({"@type", "numberOfResults", "result"})
    record ListResult<T>(List<T> result) {
        @JsonProperty("@type")
        public String type() {
            return "QueryResult";
        }

        @JsonProperty("numberOfResults")
        public int numberOfResults() {
            return result.size();
        }
    }

    static <T> ListResult<T> list(List<T> items) {
        return new ListResult<>(List.copyOf(items));
    }

    @JsonPropertyOrder({"@type", "id", "name", "Description", "installationType"})
    record Pack(String id, String name, @JsonProperty("Description") String description, String installationType) {
        @JsonProperty("@type")
        public String type() {
            return "IntegrationPack";
        }

        static Pack of(IntegrationPack pack) {
            return new Pack(pack.id(), pack.name(), pack.description(), pack.installationType().name());
        }
    }

    @JsonPropertyOrder({"@type", "originalProcessId", "wrapperProcessId", "name"})
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ProcessId(String originalProcessId, String wrapperProcessId, String name) {
        @JsonProperty("@type")
        public String type() {
            return "ProcessId";
        }
    }

    /** The Platform IntegrationPackInstance plus integrationPackName, installationType and environmentIds. */
    @JsonPropertyOrder({"@type", "id", "integrationPackId", "integrationPackOverrideName", "integrationPackName",
            "installationType", "environmentIds", "ProcessId"})
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Instance(String id, String integrationPackId, String integrationPackOverrideName, String integrationPackName,
                    String installationType, List<String> environmentIds,
                    @JsonProperty("ProcessId") List<ProcessId> processIds) {
        @JsonProperty("@type")
        public String type() {
            return "IntegrationPackInstance";
        }

        static Instance of(IntegrationPackInstance instance) {
            return new Instance(instance.id(), instance.integrationPackId(), instance.overrideName(),
                    instance.integrationPackName(), instance.installationType().name(), instance.environmentIds(),
                    instance.processes().stream()
                            .map(p -> new ProcessId(p.originalProcessId(), p.wrapperProcessId(), p.name()))
                            .toList());
        }
    }

    @JsonPropertyOrder({"@type", "integrationPackId", "integrationPackInstanceId"})
    record ProcessPackInfo(String integrationPackId, String integrationPackInstanceId) {
        @JsonProperty("@type")
        public String type() {
            return "ProcessIntegrationPackInfo";
        }
    }

    /** The Platform Process: the id callers use (wrapper id for MULTI packs). */
    @JsonPropertyOrder({"@type", "id", "name", "IntegrationPack"})
    record Process(String id, String name, @JsonProperty("IntegrationPack") List<ProcessPackInfo> integrationPack) {
        @JsonProperty("@type")
        public String type() {
            return "Process";
        }
    }

    @JsonPropertyOrder({"@type", "id", "deleted"})
    record DeleteResult(String id) {
        @JsonProperty("@type")
        public String type() {
            return "DeleteResult";
        }

        @JsonProperty("deleted")
        public boolean deleted() {
            return true;
        }
    }

    @JsonPropertyOrder({"@type", "accountId", "name", "status", "dateCreated"})
    record Account(String accountId, String name, String status, Instant dateCreated) {
        @JsonProperty("@type")
        public String type() {
            return "Account";
        }
    }

    /** @param classification PROD or TEST (the stored canonical form) */
    @JsonPropertyOrder({"@type", "id", "name", "classification"})
    record Environment(String id, String name, String classification) {
        @JsonProperty("@type")
        public String type() {
            return "Environment";
        }
    }

    @JsonPropertyOrder({"@type", "iPackInstanceId", "processPropertyContainers", "connections", "crossReferenceTables"})
    record InstanceExtensions(@JsonProperty("iPackInstanceId") String instanceId,
                              List<Extensions.ProcessPropertyContainer> processPropertyContainers,
                              List<Extensions.Connection> connections,
                              List<Extensions.CrossReference> crossReferenceTables) {
        @JsonProperty("@type")
        public String type() {
            return "IntegrationPackInstanceExtensions";
        }
    }
}
