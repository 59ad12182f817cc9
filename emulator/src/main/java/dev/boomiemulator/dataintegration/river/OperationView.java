package dev.boomiemulator.dataintegration.river;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.boomiemulator.dataintegration.DiTime;
import java.time.Instant;

/** An operation on the wire, as it stands at one instant. */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonPropertyOrder({"operation_id", "operation_type", "run_id", "last_update_date", "status", "result",
        "error_message", "river_cross_id"})
public record OperationView(String operationId, String operationType, String runId, String lastUpdateDate,
                            String status, String result, String errorMessage, String riverCrossId) {
    static OperationView of(Operation operation, Instant now) {
        String status = operation.statusAt(now);
        return new OperationView(operation.id(), operation.type(), operation.runId(),
                DiTime.format(operation.lastUpdateAt(now)), status,
                Operation.DONE.equals(status) ? "true" : null,
                Operation.ERROR.equals(status) ? operation.errorMessage() : null,
                operation.riverId());
    }
}
