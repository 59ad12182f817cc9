package dev.boomiemulator.domain.execution;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.Instant;

/**
 * A process execution as the Platform {@code ExecutionRecord} object shows it (and the Connect Now family
 * lists it). {@code duration} repeats {@code executionDuration} under the seed's name. While the execution
 * runs (INPROCESS) {@code recordedDate} and the durations are absent.
 */
@JsonPropertyOrder({"@type", "account", "executionId", "executionTime", "status", "executionType", "processName",
        "processId", "atomName", "atomId", "inboundDocumentCount", "inboundErrorDocumentCount", "outboundDocumentCount",
        "executionDuration", "duration", "inboundDocumentSize", "outboundDocumentSize", "recordedDate", "message",
        "reportKey", "launcherID", "nodeId", "originalExecutionId", "parentExecutionId", "topLevelExecutionId"})
public record ExecutionRecord(
        String account,
        String executionId,
        Instant executionTime,
        String status,
        String executionType,
        String processName,
        String processId,
        String atomName,
        String atomId,
        int inboundDocumentCount,
        int inboundErrorDocumentCount,
        int outboundDocumentCount,
        Long executionDuration,
        long inboundDocumentSize,
        long outboundDocumentSize,
        Instant recordedDate,
        String message,
        String reportKey,
        @JsonProperty("launcherID") String launcherId,
        String nodeId,
        String originalExecutionId,
        String parentExecutionId,
        String topLevelExecutionId) {

    @JsonProperty("@type")
    public String type() {
        return "ExecutionRecord";
    }

    /** The seed's name for {@link #executionDuration()}. */
    @JsonProperty("duration")
    public Long duration() {
        return executionDuration;
    }
}
