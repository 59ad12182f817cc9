package dev.boomiemulator.dataintegration.river;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.boomiemulator.dataintegration.DiTime;
import java.time.Instant;

/** A run on the wire, as it stands at one instant: the end, units and error appear once it has finished. */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonPropertyOrder({"run_id", "river_cross_id", "datasource_id", "error_description", "units", "rpu", "run_group_id",
        "status", "source_name", "target_name", "start_date_utc", "start_date_in_milliseconds", "end_date_utc",
        "end_date_in_milliseconds", "sub_river_id", "is_sub_river_run", "is_high_frequency", "pricing_category"})
public record RunView(String runId, String riverCrossId, String datasourceId, String errorDescription, double units,
                      double rpu, String runGroupId, String status, String sourceName, String targetName,
                      String startDateUtc, long startDateInMilliseconds, String endDateUtc,
                      Long endDateInMilliseconds, String subRiverId, boolean isSubRiverRun, boolean isHighFrequency,
                      String pricingCategory) {
    static RunView of(Run run, Instant now) {
        boolean finished = run.finishedAt(now);
        double units = finished ? run.units() : 0;
        return new RunView(run.id(), run.riverId(), run.datasourceId(),
                finished && RunStatus.FAILED.equals(run.outcome()) ? run.message() : null,
                units, units, run.groupId(), run.statusAt(now), run.sourceName(), run.targetName(),
                DiTime.format(run.requestedAt()), run.requestedAt().toEpochMilli(),
                finished ? DiTime.format(run.endAt()) : null, finished ? run.endAt().toEpochMilli() : null,
                run.subRiverId(), run.subRiverId() != null, false, "standard");
    }
}
