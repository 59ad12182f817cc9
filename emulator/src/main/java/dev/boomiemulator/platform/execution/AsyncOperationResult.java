package dev.boomiemulator.platform.execution;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.boomiemulator.domain.execution.ExecutionRecord;
import java.util.List;

/**
 * The answer to {@code GET ExecutionRecord/async/{requestId}}: {@code responseStatusCode} 202 (and no
 * {@code result}) while the record does not exist yet, then 200 with the record(s).
 */
@JsonPropertyOrder({"@type", "responseStatusCode", "result"})
public record AsyncOperationResult(int responseStatusCode, List<ExecutionRecord> result) {
    public static AsyncOperationResult pending() {
        return new AsyncOperationResult(202, null);
    }

    @JsonProperty("@type")
    public String objectType() {
        return "AsyncOperationResult";
    }
}
