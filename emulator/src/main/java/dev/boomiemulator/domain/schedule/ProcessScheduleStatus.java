package dev.boomiemulator.domain.schedule;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** Whether the schedules of one process on one Atom are in effect; same id as its {@link ProcessSchedules}. */
@JsonPropertyOrder({"@type", "enabled", "processId", "atomId", "id"})
public record ProcessScheduleStatus(boolean enabled, String processId, String atomId, String id) {
    @JsonProperty("@type")
    public String type() {
        return "ProcessScheduleStatus";
    }
}
