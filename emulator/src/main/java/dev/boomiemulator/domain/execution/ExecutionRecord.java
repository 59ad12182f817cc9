package dev.boomiemulator.domain.execution;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.Instant;

/**
 * A process execution as the Platform {@code ExecutionRecord} object shows it (and the Connect Now family
 * lists it). {@code duration} repeats {@code executionDuration} under the seed's name. While the execution
 * runs (INPROCESS) the durations are absent.
 *
 * <p>Boomi's document marks {@code launcherID}, {@code nodeId}, {@code originalExecutionId},
 * {@code parentExecutionId}, {@code topLevelExecutionId}, {@code message}, {@code reportKey} and
 * {@code recordedDate} required, and clients generated from it refuse a record without them; so they are
 * always present, as the real service fills them: the empty string where there is nothing to say, the run's
 * own id as {@code topLevelExecutionId} of a top-level run, and {@code recordedDate} from the moment the
 * record exists (its start while it runs, then the time it ended).
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

    public ExecutionRecord {
        recordedDate = recordedDate != null ? recordedDate : executionTime;
        message = orEmpty(message);
        reportKey = orEmpty(reportKey);
        launcherId = orEmpty(launcherId);
        nodeId = orEmpty(nodeId);
        originalExecutionId = orEmpty(originalExecutionId);
        parentExecutionId = orEmpty(parentExecutionId);
        topLevelExecutionId = topLevelExecutionId == null || topLevelExecutionId.isEmpty()
                ? executionId : topLevelExecutionId;
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

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
