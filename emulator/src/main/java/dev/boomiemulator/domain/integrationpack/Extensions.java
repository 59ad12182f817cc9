package dev.boomiemulator.domain.integrationpack;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/**
 * An installed instance's extensible parts in one environment, with the values upserted there merged
 * over the pack's defaults: the members of the Platform {@code EnvironmentExtensions} and
 * {@code EnvironmentMapExtension} objects, in the shapes both families render. Encrypted values are
 * never carried, only whether one is set.
 */
public final class Extensions {
    private Extensions() {
    }

    @JsonPropertyOrder({"@type", "id", "name", "environmentId", "extensionGroupId", "field"})
    public record Connection(String id, String name, String environmentId, String extensionGroupId,
                             List<Field> field) {
        @JsonProperty("@type")
        public String type() {
            return "Connection";
        }
    }

    @JsonPropertyOrder({"@type", "id", "label", "value", "usesEncryption", "encryptedValueSet", "componentOverride",
            "useDefault", "isOAuth2", "oAuth2TokenURL"})
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Field(String id, String label, String value, boolean usesEncryption, boolean encryptedValueSet,
                        boolean componentOverride, boolean useDefault,
                        @JsonProperty("isOAuth2") boolean isOAuth2,
                        @JsonProperty("oAuth2TokenURL") String oAuth2TokenUrl) {
        @JsonProperty("@type")
        public String type() {
            return "Field";
        }
    }

    @JsonPropertyOrder({"@type", "id", "name", "environmentId", "extensionGroupId", "processProperties"})
    public record ProcessPropertyContainer(String id, String name, String environmentId, String extensionGroupId,
                                           List<PropertyValue> processProperties) {
        @JsonProperty("@type")
        public String type() {
            return "OverrideProcessProperty";
        }
    }

    @JsonPropertyOrder({"@type", "key", "label", "value", "usesEncryption", "encryptedValueSet", "useDefault"})
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record PropertyValue(String key, String label, String value, boolean usesEncryption,
                                boolean encryptedValueSet, boolean useDefault) {
        @JsonProperty("@type")
        public String type() {
            return "ProcessPropertyValue";
        }
    }

    @JsonPropertyOrder({"@type", "id", "name", "environmentId", "extensionGroupId", "overrideValues", "columnNames",
            "CrossReferenceRows"})
    public record CrossReference(String id, String name, String environmentId, String extensionGroupId,
                                 boolean overrideValues, String columnNames,
                                 @JsonProperty("CrossReferenceRows") Rows rows) {
        @JsonProperty("@type")
        public String type() {
            return "CrossReference";
        }
    }

    /** @param row each row as {@code {"@type":"CrossReferenceRow","ref1":...}}, the table's columns only */
    @JsonPropertyOrder({"@type", "row"})
    public record Rows(List<Map<String, String>> row) {
        @JsonProperty("@type")
        public String type() {
            return "CrossReferenceRows";
        }
    }

    @JsonPropertyOrder({"@type", "id", "mapId", "processId", "name", "environmentId", "extensionGroupId", "Map"})
    public record MapExtension(String id, String mapId, String processId, String name, String environmentId,
                               String extensionGroupId, @JsonProperty("Map") MapBody map) {
        @JsonProperty("@type")
        public String type() {
            return "EnvironmentMapExtension";
        }
    }

    /** The map in the Connect Now form; mappings and functions already carry their {@code @type}s. */
    @JsonPropertyOrder({"@type", "SourceProfileNodes", "DestinationProfileNodes", "ExtendedMappings", "ExtendedFunctions"})
    public record MapBody(@JsonProperty("SourceProfileNodes") List<ProfileNode> sourceProfileNodes,
                          @JsonProperty("DestinationProfileNodes") List<ProfileNode> destinationProfileNodes,
                          @JsonProperty("ExtendedMappings") JsonNode extendedMappings,
                          @JsonProperty("ExtendedFunctions") JsonNode extendedFunctions) {
        @JsonProperty("@type")
        public String type() {
            return "MapExtension";
        }
    }

    @JsonPropertyOrder({"@type", "name", "componentId", "xpath"})
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ProfileNode(String name, String componentId, String xpath) {
        @JsonProperty("@type")
        public String type() {
            return "MapExtensionsNode";
        }
    }

    /** A connection field's OAuth2 access-token URL (Connect Now getOAuth2AccessTokenURL). */
    @JsonPropertyOrder({"@type", "url", "connectionId", "fieldId", "environmentId", "extensionGroupId"})
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record OAuth2Url(String url, String connectionId, String fieldId, String environmentId,
                            String extensionGroupId) {
        @JsonProperty("@type")
        public String type() {
            return "OAuth2AccessTokenURL";
        }
    }
}
