package dev.boomiemulator.domain.execution;

import dev.boomiemulator.common.DomainException;
import dev.boomiemulator.common.EmulatorClock;
import dev.boomiemulator.common.IdGenerator;
import dev.boomiemulator.db.jooq.tables.records.ExecutionRequestRecord;
import dev.boomiemulator.domain.process.AtomSummary;
import dev.boomiemulator.domain.process.ProcessSummary;
import dev.boomiemulator.domain.process.RuntimeRepository;
import dev.boomiemulator.domain.process.Simulation;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;

/**
 * Executing processes and reading their records, for every family. An execution's life is derived from
 * the emulator clock: its record appears (INPROCESS) when the simulated start is reached and ends
 * (COMPLETE, ERROR, ...) when the simulated duration has passed. Every read settles the account first,
 * so freezing and advancing the clock drives executions without threads or sleeping.
 */
public final class ExecutionService {
    public static final String REQUEST_PREFIX = "executionrecord-";
    private static final DateTimeFormatter EXECUTION_DAY = DateTimeFormatter.ofPattern("yyyy.MM.dd").withZone(ZoneOffset.UTC);

    private final DSLContext dsl;
    private final ExecutionRepository executions;
    private final RuntimeRepository runtime;
    private final IdGenerator ids;
    private final EmulatorClock clock;

    public ExecutionService(DSLContext dsl, IdGenerator ids, EmulatorClock clock) {
        this.dsl = dsl;
        this.executions = new ExecutionRepository(dsl);
        this.runtime = new RuntimeRepository(dsl);
        this.ids = ids;
        this.clock = clock;
    }

    /**
     * Runs a deployed process on an Atom, as the Platform's ExecutionRequest does: the process and the Atom
     * must exist in the account, the Atom must be able to run (ONLINE or WARNING), and the process must be
     * deployed to the Atom's environment. Each broken rule is a 400 saying which.
     */
    public ExecutionStarted execute(String accountId, String processId, String atomId, String reportKey) {
        if (processId == null || processId.isBlank()) {
            throw DomainException.badRequest("processId is required.");
        }
        if (atomId == null || atomId.isBlank()) {
            throw DomainException.badRequest("atomId is required.");
        }
        ProcessSummary process = runtime.process(accountId, processId).orElseThrow(() ->
                DomainException.badRequest("Process " + processId + " does not exist in account " + accountId + "."));
        AtomSummary atom = runtime.atom(accountId, atomId).orElseThrow(() ->
                DomainException.badRequest("Atom " + atomId + " does not exist in account " + accountId + "."));
        if (!atom.canRun()) {
            throw DomainException.badRequest("Atom " + atom.name() + " (" + atomId + ") is " + atom.status()
                    + "; processes run only on an ONLINE Atom.");
        }
        if (atom.environmentId() == null) {
            throw DomainException.badRequest("Atom " + atom.name() + " (" + atomId + ") is not attached to an environment, "
                    + "so process " + process.name() + " (" + processId + ") is not deployed to it.");
        }
        if (!runtime.isDeployed(accountId, processId, atom.environmentId())) {
            throw DomainException.badRequest("Process " + process.name() + " (" + processId + ") is not deployed to "
                    + "environment " + atom.environmentId() + " of Atom " + atom.name() + " (" + atomId + "): deploy it first.");
        }
        ExecutionStarted started = start(accountId, new ExecutionPlan(process.id(), process.name(), atom.id(), atom.name(),
                "exec_manual", reportKey, process.simulation()));
        return new ExecutionStarted(started.requestId(), started.executionId(), started.processId(), started.processName(),
                started.atomId(), started.atomName(), atom.environmentId());
    }

    /**
     * Starts an execution the caller has already resolved and checked (e.g. a Connect Now integration pack
     * process): no rule is applied here. The record appears after the plan's start delay.
     */
    public ExecutionStarted start(String accountId, ExecutionPlan plan) {
        Simulation simulation = plan.simulation() == null ? Simulation.DEFAULT : plan.simulation();
        ExecutionPlan resolved = new ExecutionPlan(plan.processId(), plan.processName(), plan.atomId(), plan.atomName(),
                plan.executionType() == null ? "exec_manual" : plan.executionType(), plan.reportKey(), simulation);
        String uuid = ids.uuid();
        Instant now = clock.instant();
        String requestId = REQUEST_PREFIX + uuid;
        String executionId = "execution-" + uuid + "-" + EXECUTION_DAY.format(now);
        if (simulation.startDelayMs() == 0) {
            executions.insertRunning(accountId, requestId, executionId, resolved, now);
        } else {
            executions.insertPending(accountId, requestId, executionId, resolved, now.plusMillis(simulation.startDelayMs()));
        }
        return new ExecutionStarted(requestId, executionId, resolved.processId(), resolved.processName(),
                resolved.atomId(), resolved.atomName(), null);
    }

    /** The record(s) of a request, once they exist. */
    public ExecutionPoll poll(String accountId, String requestId) {
        settle(accountId);
        List<ExecutionRecord> records = executions.byRequest(accountId, requestId);
        if (!records.isEmpty()) {
            return new ExecutionPoll.Ready(records);
        }
        return executions.pendingExists(accountId, requestId) ? new ExecutionPoll.Pending() : new ExecutionPoll.Unknown();
    }

    /** Up to {@code limit} records whose executionTime is at or after {@code from} (all when null), oldest first. */
    public List<ExecutionRecord> since(String accountId, Instant from, int limit) {
        settle(accountId);
        return executions.since(accountId, from, limit);
    }

    /** One execution's record as it stands now. */
    public Optional<ExecutionRecord> find(String accountId, String executionId) {
        settle(accountId);
        return executions.byExecutionId(accountId, executionId);
    }

    /**
     * Cancels a running execution: it ends now, ABORTED, as when a user cancels it on the real service.
     * An unknown execution is a 404, one that has ended a 400.
     */
    public ExecutionRecord cancel(String accountId, String executionId, String user) {
        ExecutionRecord run = find(accountId, executionId)
                .orElseThrow(() -> DomainException.notFound("Execution " + executionId + " was not found."));
        Instant now = clock.instant();
        long duration = Math.max(0, java.time.Duration.between(run.executionTime(), now).toMillis());
        if (!executions.abort(accountId, executionId, now, duration, "Execution canceled by " + user + ".")) {
            throw DomainException.badRequest("Execution " + executionId + " is not running (" + run.status()
                    + "): only a running execution can be canceled.");
        }
        return executions.byExecutionId(accountId, executionId).orElseThrow();
    }

    /**
     * Finished executions not yet handed to {@link #markFootprints} (the Platform writes its execution records from
     * them), as they stand now.
     */
    public List<ExecutionRecord> finishedWithoutFootprint(String accountId, int limit) {
        settle(accountId);
        return executions.finishedWithoutFootprint(accountId, limit);
    }

    public void markFootprints(String accountId, List<String> executionIds) {
        executions.markFootprints(accountId, executionIds);
    }

    /** The executions an Atom started within {@code [from, to)}, as they stand now. */
    public List<ExecutionRecord> onAtom(String accountId, String atomId, Instant from, Instant to) {
        settle(accountId);
        return executions.onAtom(accountId, atomId, from, to);
    }

    /** Brings the account's executions up to the clock: due starts become records, due ends finish them. */
    public void settle(String accountId) {
        Instant now = clock.instant();
        if (!executions.anythingDue(accountId, now)) {
            // the common case (a client polling a run between its start and its end): one indexed read, not a select
            // and an update
            return;
        }
        for (ExecutionRequestRecord due : executions.due(accountId, now)) {
            // the thread-bound transaction: the repository's statements run in it (a repository made here would
            // render its kept SQL again for every due request)
            dsl.transaction(() -> {
                if (executions.deletePending(accountId, due.getRequestId())) {
                    executions.insertRunning(accountId, due.getRequestId(), due.getExecutionId(),
                            new ExecutionPlan(due.getProcessId(), due.getProcessName(), due.getAtomId(), due.getAtomName(),
                                    due.getExecutionType(), due.getReportKey(),
                                    new Simulation(due.getFinalStatus(), due.getDurationMs(), 0, due.getFinalMessage())),
                            due.getStartsAt().toInstant());
                }
            });
        }
        executions.finishRunning(accountId, now);
    }
}
