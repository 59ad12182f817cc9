package dev.boomiemulator.platform.execution;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

/**
 * The answer to {@code POST ExecutionRequest} (and the legacy {@code executeProcess}): the request's id
 * ({@code executionrecord-<uuid>}) and the absolute URL to poll for its record, with the request's
 * process properties echoed. Boomi's document marks both property lists required, so a request without them
 * is answered with empty ones, typed as the real service types them.
 */
@JsonPropertyOrder({"@type", "requestId", "recordUrl", "processId", "processName", "atomId", "environmentId",
        "DynamicProcessProperties", "ProcessProperties"})
public record ExecutionRequestResult(String requestId, String recordUrl, String processId, String processName,
                                     String atomId, String environmentId,
                                     @JsonProperty("DynamicProcessProperties") JsonNode dynamicProcessProperties,
                                     @JsonProperty("ProcessProperties") JsonNode processProperties) {
    public ExecutionRequestResult {
        dynamicProcessProperties = dynamicProcessProperties != null ? dynamicProcessProperties
                : emptyList("ExecutionRequestDynamicProcessProperties");
        processProperties = processProperties != null ? processProperties
                : emptyList("ExecutionRequestProcessProperties");
    }

    private static JsonNode emptyList(String type) {
        return JsonNodeFactory.instance.objectNode().put("@type", type);
    }

    @JsonProperty("@type")
    public String objectType() {
        return "ExecutionRequest";
    }
}
