package dev.boomiemulator.dataintegration.river;

import dev.boomiemulator.common.EmulatorClock;
import dev.boomiemulator.common.IdGenerator;
import dev.boomiemulator.dataintegration.Caller;
import dev.boomiemulator.dataintegration.DataIntegrationException;
import dev.boomiemulator.dataintegration.DiTime;
import dev.boomiemulator.dataintegration.PageRequest.Paged;
import dev.boomiemulator.dataintegration.PageRequest;
import dev.boomiemulator.dataintegration.river.RunGroupView.RunStart;
import dev.boomiemulator.db.Transactions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Running data flows: the preconditions, the throttling windows, the runs' lifecycle and their logs. */
public final class RunService {
    /** How long a new run stays pending before it starts running. */
    static final Duration PENDING = Duration.ofSeconds(2);
    static final Duration WINDOW = Duration.ofMinutes(1);
    static final int RUNS_PER_RIVER = 2;
    static final int RUNS_PER_TOKEN = 15;
    static final Duration LOG_RETENTION = Duration.ofDays(14);
    static final String IN_PROGRESS = "The river is already in progress.";

    private final RiverService rivers;
    private final RunRepository runs;
    private final IdGenerator ids;
    private final EmulatorClock clock;
    private final Transactions transactions;

    public RunService(RiverService rivers, RunRepository runs, IdGenerator ids, EmulatorClock clock, Transactions transactions) {
        this.transactions = transactions;
        this.rivers = rivers;
        this.runs = runs;
        this.ids = ids;
        this.clock = clock;
    }

    /**
     * Runs a data flow now (or each of its active sub-rivers). A (sub-)river already pending or running
     * is not started again: its run is answered with {@link #IN_PROGRESS}.
     */
    public RunGroupView run(Caller caller, String environmentId, String riverId, boolean runSubRivers) {
        return transactions.write(caller.accountId(), () -> {
            River river = rivers.require(caller, environmentId, riverId);
            if (!river.isActive()) {
                throw DataIntegrationException.badRequest("Data flow " + riverId + " is not active: activate the data "
                        + "flow first (activate_river, then wait for the operation to end D)");
            }
            List<River> targets = runSubRivers ? rivers.activeSubRivers(caller, river) : List.of();
            if (targets.isEmpty()) {
                targets = List.of(river);
            }
            for (River target : targets) {
                RiverDefinition.runProblem(target).ifPresent(problem -> {
                    throw DataIntegrationException.badRequest(problem);
                });
            }
            // the windows are read-then-write: the account lock (Transactions) makes concurrent runs count exactly
            Instant now = clock.instant();
            String riverKey = environmentId + ":" + riverId;
            throttle(runs.riverRequestsSince(caller.accountId(), riverKey, now.minus(WINDOW)), RUNS_PER_RIVER, now,
                    "Data flow " + riverId + " can be run up to " + RUNS_PER_RIVER + " times per minute");
            throttle(runs.tokenRequestsSince(caller.accountId(), caller.tokenSeq(), now.minus(WINDOW)), RUNS_PER_TOKEN,
                    now, "Each user can run data flows up to " + RUNS_PER_TOKEN + " times per minute");
            runs.recordRequest(caller.accountId(), caller.tokenSeq(), riverKey, now);

            String groupId = ids.hex32();
            String answeredGroup = null;
            List<RunStart> started = new ArrayList<>();
            for (River target : targets) {
                String subRiverId = target == river ? null : target.id();
                Optional<Run> running = runs.inProgress(caller.accountId(), environmentId, riverId, subRiverId, now);
                if (running.isPresent()) {
                    started.add(new RunStart(subRiverId, running.get().id(), running.get().statusAt(now), IN_PROGRESS));
                    if (answeredGroup == null) {
                        answeredGroup = running.get().groupId();
                    }
                    continue;
                }
                Run run = newRun(river, target, subRiverId, groupId, now);
                runs.insert(caller.accountId(), run);
                started.add(new RunStart(subRiverId, run.id(), run.statusAt(now), null));
                answeredGroup = groupId;
            }
            return new RunGroupView(riverId, answeredGroup, started);
        });
    }

    /** The filters and order of a runs list; the time frame is inclusive at both ends. */
    public record RunQuery(Instant start, Instant end, String targetName, String runGroupId, String subRiverId,
                           String sortBy, boolean ascending) {
    }

    public Paged<RunView> list(Caller caller, String environmentId, String riverId, RunQuery query, PageRequest page) {
        rivers.require(caller, environmentId, riverId);
        if (query.start().isAfter(query.end())) {
            throw DataIntegrationException.badRequest("start_time (" + DiTime.format(query.start())
                    + ") is after end_time (" + DiTime.format(query.end()) + ")");
        }
        Instant now = clock.instant();
        RunRepository.RunPage found = runs.page(caller.accountId(), environmentId, riverId, query, now, page.offset(),
                page.itemsPerPage());
        return page.of(found.runs().stream().map(run -> RunView.of(run, now)).toList(), found.total());
    }

    /** One run, by its id or by its group's id. */
    public RunView get(Caller caller, String environmentId, String riverId, String runId) {
        rivers.require(caller, environmentId, riverId);
        return RunView.of(requireRun(caller, environmentId, riverId, runId), clock.instant());
    }

    /**
     * The run's log as CSV ({@code timestamp,level,message}); empty while the run has not finished and
     * once its logs are older than two weeks.
     */
    public Optional<String> logs(Caller caller, String environmentId, String riverId, String runId) {
        River river = rivers.require(caller, environmentId, riverId);
        Run run = requireRun(caller, environmentId, riverId, runId);
        Instant now = clock.instant();
        if (!run.finishedAt(now) || now.isAfter(run.endAt().plus(LOG_RETENTION))) {
            return Optional.empty();
        }
        return Optional.of(RunLog.csv(run, river));
    }

    private Run requireRun(Caller caller, String environmentId, String riverId, String runId) {
        return runs.findByIdOrGroup(caller.accountId(), environmentId, riverId, runId)
                .orElseThrow(() -> DataIntegrationException.notFound("Run " + runId + " of data flow " + riverId
                        + " not found"));
    }

    private Run newRun(River main, River target, String subRiverId, String groupId, Instant now) {
        Simulation simulation = target.simulation();
        Instant runningAt = now.plus(PENDING);
        List<String> tables = RiverDefinition.runTables(target);
        String source = RiverDefinition.sourceName(target.definition()).orElse(target.type());
        return new Run(0, ids.hex32(), groupId, main.environmentId(), main.id(), subRiverId,
                RiverDefinition.runTargetName(target), source, source, now, runningAt,
                runningAt.plus(simulation.duration()), simulation.fails() ? RunStatus.FAILED : RunStatus.SUCCEEDED,
                simulation.errorDescription(), simulation.unitsFor(tables.size()), tables);
    }

    private static void throttle(List<Instant> counted, int limit, Instant now, String detail) {
        if (counted.size() >= limit) {
            Instant free = counted.get(counted.size() - limit).plus(WINDOW);
            long seconds = Math.max(1, (Duration.between(now, free).toMillis() + 999) / 1000);
            throw DataIntegrationException.tooManyRequests(detail + "; retry in " + seconds + " seconds", seconds);
        }
    }
}
