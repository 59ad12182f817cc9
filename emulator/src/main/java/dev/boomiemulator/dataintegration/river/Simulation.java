package dev.boomiemulator.dataintegration.river;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.boomiemulator.common.Json;
import java.time.Duration;

/**
 * How the runs of a data flow end, from its fixture: {@code outcome} ({@code succeeded} or {@code failed},
 * default succeeded), {@code durationSeconds} spent running (default 10), {@code message} (the failure's
 * error description) and {@code units} (RPU consumed; default half a unit per source table).
 */
public record Simulation(String outcome, long durationSeconds, String message, Double units) {
    public static final Simulation DEFAULT = new Simulation(RunStatus.SUCCEEDED, 10, null, null);
    static final String DEFAULT_FAILURE = "The run failed (simulated by the emulator)";

    public static Simulation from(JsonNode node) {
        if (node == null || node.isNull() || !node.isObject()) {
            return DEFAULT;
        }
        String outcome = node.path("outcome").asText(DEFAULT.outcome());
        long duration = node.has("durationSeconds") ? node.get("durationSeconds").asLong() : DEFAULT.durationSeconds();
        String message = node.hasNonNull("message") ? node.get("message").asText() : null;
        Double units = node.hasNonNull("units") ? node.get("units").asDouble() : null;
        return new Simulation(outcome, Math.max(0, duration), message, units);
    }

    public Duration duration() {
        return Duration.ofSeconds(durationSeconds);
    }

    public boolean fails() {
        return RunStatus.FAILED.equals(outcome);
    }

    /** The error description of a failed run; null for a successful one. */
    public String errorDescription() {
        return fails() ? (message != null ? message : DEFAULT_FAILURE) : null;
    }

    public double unitsFor(int tables) {
        return units != null ? units : 0.5 * Math.max(1, tables);
    }

    public ObjectNode toJson() {
        ObjectNode node = Json.mapper().createObjectNode();
        node.put("outcome", outcome);
        node.put("durationSeconds", durationSeconds);
        node.put("message", message);
        if (units != null) {
            node.put("units", units);
        }
        return node;
    }
}
