package dev.boomiemulator.platform.execution;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * The answer to {@code POST ExecutionRequest} (and the legacy {@code executeProcess}): the request's id
 * ({@code executionrecord-<uuid>}) and the absolute URL to poll for its record, with the request's
 * process properties echoed.
 */
@JsonPropertyOrder({"@type", "requestId", "recordUrl", "processId", "processName", "atomId", "environmentId",
        "DynamicProcessProperties", "ProcessProperties"})
public record ExecutionRequestResult(String requestId, String recordUrl, String processId, String processName,
                                     String atomId, String environmentId,
                                     @JsonProperty("DynamicProcessProperties") JsonNode dynamicProcessProperties,
                                     @JsonProperty("ProcessProperties") JsonNode processProperties) {
    @JsonProperty("@type")
    public String objectType() {
        return "ExecutionRequest";
    }
}
