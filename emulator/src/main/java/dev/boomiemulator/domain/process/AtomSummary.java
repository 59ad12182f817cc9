package dev.boomiemulator.domain.process;

/**
 * What executing and scheduling need to know about an Atom: its status (ONLINE, OFFLINE, WARNING,
 * UNKNOWN) and the environment it is attached to (null when it is attached to none).
 */
public record AtomSummary(String id, String name, String status, String environmentId) {
    /** ONLINE and WARNING Atoms run processes. */
    public boolean canRun() {
        return "ONLINE".equals(status) || "WARNING".equals(status);
    }
}
