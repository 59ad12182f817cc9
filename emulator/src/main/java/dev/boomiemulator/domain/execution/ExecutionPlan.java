package dev.boomiemulator.domain.execution;

import dev.boomiemulator.domain.process.Simulation;

/**
 * An execution to start, as a family resolved it: which process (id and name) on which Atom, how it was
 * started ({@code executionType}, e.g. {@code exec_manual}), who asked ({@code reportKey}, may be null)
 * and how it ends.
 */
public record ExecutionPlan(String processId, String processName, String atomId, String atomName,
                            String executionType, String reportKey, Simulation simulation) {
}
