package dev.boomiemulator.domain.schedule;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * The run schedules of one process on one Atom (Platform {@code ProcessSchedules}). An empty
 * {@code Schedule} list means no schedule is in effect.
 */
@JsonPropertyOrder({"@type", "Schedule", "Retry", "processId", "atomId", "id"})
public record ProcessSchedules(
        @JsonProperty("Schedule") List<Schedule> schedule,
        @JsonProperty("Retry") ScheduleRetry retry,
        String processId,
        String atomId,
        String id) {

    @JsonProperty("@type")
    public String type() {
        return "ProcessSchedules";
    }
}
