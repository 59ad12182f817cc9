package dev.boomiemulator.dataintegration.river;

import java.time.Instant;

/**
 * An activation or disabling of a data flow. Its status follows the clock: {@code W} until
 * {@code runningAt}, {@code R} until {@code dueAt}, then {@code outcome} ({@code D} or {@code E}).
 */
public record Operation(String id, String environmentId, String riverId, String type, String runId,
                        Instant createdAt, Instant runningAt, Instant dueAt, String outcome, String errorMessage) {
    public static final String ACTIVATE = "activate_river";
    public static final String DISABLE = "disable_river";
    public static final String WAITING = "W";
    public static final String RUNNING = "R";
    public static final String DONE = "D";
    public static final String ERROR = "E";

    public String statusAt(Instant now) {
        if (now.isBefore(runningAt)) {
            return WAITING;
        }
        return now.isBefore(dueAt) ? RUNNING : outcome;
    }

    public Instant lastUpdateAt(Instant now) {
        return switch (statusAt(now)) {
            case WAITING -> createdAt;
            case RUNNING -> runningAt;
            default -> dueAt;
        };
    }

    /** The river status the operation leads to when it ends {@code D}. */
    String resultingRiverStatus() {
        return ACTIVATE.equals(type) ? River.ACTIVE : River.DISABLED;
    }
}
