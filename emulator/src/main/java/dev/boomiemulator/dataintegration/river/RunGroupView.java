package dev.boomiemulator.dataintegration.river;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;

/** The answer to a run request: the group and one entry per (sub-)river run. */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonPropertyOrder({"river_cross_id", "run_group_id", "runs"})
public record RunGroupView(String riverCrossId, String runGroupId, List<RunStart> runs) {
    /** One run the request started, or found already in progress. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonPropertyOrder({"sub_river_id", "run_id", "status", "message"})
    public record RunStart(String subRiverId, String runId, String status, String message) {
    }
}
