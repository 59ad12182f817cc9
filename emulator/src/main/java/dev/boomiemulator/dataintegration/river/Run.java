package dev.boomiemulator.dataintegration.river;

import java.time.Instant;
import java.util.List;

/**
 * A run of a data flow (or of one of its sub-rivers). Its status follows the clock: pending until
 * {@code runningAt}, running until {@code endAt}, then {@code outcome}.
 */
public record Run(long seq, String id, String groupId, String environmentId, String riverId, String subRiverId,
                  String targetName, String sourceName, String datasourceId, Instant requestedAt,
                  Instant runningAt, Instant endAt, String outcome, String message, double units,
                  List<String> tables) {
    public String statusAt(Instant now) {
        if (now.isBefore(runningAt)) {
            return RunStatus.PENDING;
        }
        return now.isBefore(endAt) ? RunStatus.RUNNING : outcome;
    }

    public boolean finishedAt(Instant now) {
        return !now.isBefore(endAt);
    }
}
