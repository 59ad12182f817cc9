package dev.boomiemulator.domain.schedule;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/** Retry schedules of a process on an Atom and how often a failed run is retried (0 to 5). */
@JsonPropertyOrder({"@type", "Schedule", "maxRetry"})
public record ScheduleRetry(@JsonProperty("Schedule") List<Schedule> schedule, int maxRetry) {
    @JsonProperty("@type")
    public String type() {
        return "ScheduleRetry";
    }
}
