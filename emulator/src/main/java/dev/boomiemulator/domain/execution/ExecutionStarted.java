package dev.boomiemulator.domain.execution;

/**
 * An accepted execution: {@code requestId} ({@code executionrecord-<uuid>}) is what
 * {@code GET ExecutionRecord/async/{requestId}} takes; {@code executionId} is the record's id.
 * {@code environmentId} is the Atom's environment, when known.
 */
public record ExecutionStarted(String requestId, String executionId, String processId, String processName,
                               String atomId, String atomName, String environmentId) {
}
