package dev.boomiemulator.domain.process;

import com.fasterxml.jackson.databind.JsonNode;
import dev.boomiemulator.common.InvalidInput;
import dev.boomiemulator.common.JsonFields;
import java.util.List;
import java.util.Locale;

/**
 * How executions of a process end in the emulator, from the fixture's {@code simulation} settings:
 * the record appears {@code startDelayMs} after the request (status INPROCESS), then ends with
 * {@code outcome} (and {@code message}) {@code durationMs} later, all on the emulator clock.
 */
public record Simulation(String outcome, long durationMs, long startDelayMs, String message) {
    public static final List<String> OUTCOMES = List.of("COMPLETE", "COMPLETE_WARN", "ERROR", "ABORTED");
    /** Start at once, complete after two seconds. */
    public static final Simulation DEFAULT = new Simulation("COMPLETE", 2000, 0, null);

    /**
     * Reads {@code {outcome, durationMs, message, startDelayMs}}, each optional (defaults of
     * {@link #DEFAULT}); numbers may be strings.
     *
     * @throws InvalidInput naming the field that is wrong
     */
    public static Simulation fromJson(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return DEFAULT;
        }
        String outcome = JsonFields.text(node, "outcome").map(text -> text.toUpperCase(Locale.ROOT))
                .orElse(DEFAULT.outcome());
        if (!OUTCOMES.contains(outcome)) {
            throw new InvalidInput("outcome must be one of " + String.join(", ", OUTCOMES) + ", not '" + outcome + "'");
        }
        long duration = JsonFields.integer(node, "durationMs").orElse(DEFAULT.durationMs());
        long delay = JsonFields.integer(node, "startDelayMs").orElse(DEFAULT.startDelayMs());
        if (duration < 0) {
            throw new InvalidInput("durationMs must not be negative");
        }
        if (delay < 0) {
            throw new InvalidInput("startDelayMs must not be negative");
        }
        return new Simulation(outcome, duration, delay, JsonFields.text(node, "message").orElse(null));
    }

    /** The record's message when the execution has ended: the configured one, or a default for failures. */
    public String finalMessage() {
        if (message != null) {
            return message;
        }
        return switch (outcome) {
            case "ERROR" -> "The process failed (simulated by the emulator).";
            case "ABORTED" -> "The process was aborted (simulated by the emulator).";
            case "COMPLETE_WARN" -> "The process completed with warnings (simulated by the emulator).";
            default -> null;
        };
    }
}
