package dev.boomiemulator.domain.integrationpack;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Optional;

/**
 * What a pack brings, as its fixture describes it: processes and extensible connections, process
 * properties, cross-reference tables and maps. Read from and stored as JSON (the fixture's own field
 * names), so the records double as the fixture format.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record IntegrationPackDefinition(List<Process> processes, List<Connection> connections,
                                        List<PropertyComponent> processProperties,
                                        List<CrossReferenceTable> crossReferenceTables, List<MapDefinition> maps) {
    /** Cross-reference tables have at most this many columns (ref1..ref20). */
    public static final int MAX_CROSS_REFERENCE_COLUMNS = 20;

    public IntegrationPackDefinition {
        processes = listOf(processes);
        connections = listOf(connections);
        processProperties = listOf(processProperties);
        crossReferenceTables = listOf(crossReferenceTables);
        maps = listOf(maps);
    }

    /**
     * A process of the pack.
     *
     * @param simulation how executions of it end (outcome, duration, message), in the Platform process
     *                   fixture's form; null means the defaults
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Process(String id, String name, JsonNode simulation) {
    }

    public record Connection(String id, String name, List<Field> fields) {
        public Connection {
            fields = listOf(fields);
        }

        public Optional<Field> field(String fieldId) {
            return fields.stream().filter(f -> f.id().equals(fieldId)).findFirst();
        }
    }

    /**
     * An extensible connection field.
     *
     * @param value          the pack's default value (for encrypted fields: whether a default secret is set)
     * @param oauth2TokenUrl for OAuth2 fields, where a user obtains the access token
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Field(String id, String label, String value, boolean encrypted, boolean oauth2,
                        String oauth2TokenUrl) {
    }

    public record PropertyComponent(String id, String name, List<Property> properties) {
        public PropertyComponent {
            properties = listOf(properties);
        }

        public Optional<Property> property(String key) {
            return properties.stream().filter(p -> p.key().equals(key)).findFirst();
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Property(String key, String label, String value, boolean encrypted) {
    }

    /** A cross-reference table: up to 20 named columns and the pack's default rows. */
    public record CrossReferenceTable(String id, String name, List<String> columns, List<List<String>> rows) {
        public CrossReferenceTable {
            columns = listOf(columns);
            rows = listOf(rows);
        }
    }

    /**
     * An extensible map of one of the pack's processes.
     *
     * @param mappings  default ExtendedMappings (Connect Now form)
     * @param functions default ExtendedFunctions (Connect Now form)
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record MapDefinition(String id, String processId, String name, Profile sourceProfile,
                                Profile destinationProfile, JsonNode mappings, JsonNode functions) {
    }

    public record Profile(String componentId, String name, List<ProfileNode> nodes) {
        public Profile {
            nodes = listOf(nodes);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ProfileNode(String name, String xpath) {
    }

    public Optional<Process> process(String id) {
        return processes.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    public Optional<Connection> connection(String id) {
        return connections.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    public Optional<PropertyComponent> propertyComponent(String id) {
        return processProperties.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    public Optional<CrossReferenceTable> crossReferenceTable(String id) {
        return crossReferenceTables.stream().filter(t -> t.id().equals(id)).findFirst();
    }

    private static <T> List<T> listOf(List<T> given) {
        return given == null ? List.of() : List.copyOf(given);
    }
}
