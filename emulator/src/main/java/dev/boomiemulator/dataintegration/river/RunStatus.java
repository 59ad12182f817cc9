package dev.boomiemulator.dataintegration.river;

/** The run statuses on the wire (ActivityStatusEnum) the emulator uses. */
final class RunStatus {
    static final String PENDING = "pending";
    static final String RUNNING = "running";
    static final String SUCCEEDED = "succeeded";
    static final String FAILED = "failed";

    private RunStatus() {
    }
}
