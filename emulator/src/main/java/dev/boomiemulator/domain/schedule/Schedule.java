package dev.boomiemulator.domain.schedule;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** One run schedule in the Advanced (cron-like) syntax of Boomi's Scheduling dialog. */
@JsonPropertyOrder({"@type", "minutes", "hours", "daysOfWeek", "daysOfMonth", "months", "years"})
public record Schedule(String minutes, String hours, String daysOfWeek, String daysOfMonth, String months, String years) {
    @JsonProperty("@type")
    public String type() {
        return "Schedule";
    }
}
