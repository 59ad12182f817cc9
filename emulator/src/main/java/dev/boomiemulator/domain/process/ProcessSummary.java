package dev.boomiemulator.domain.process;

/** What executing and scheduling need to know about a process. */
public record ProcessSummary(String id, String name, int currentVersion, Simulation simulation) {
}
