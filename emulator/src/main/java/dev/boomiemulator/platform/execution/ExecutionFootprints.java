package dev.boomiemulator.platform.execution;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.boomiemulator.db.Transactions;
import dev.boomiemulator.domain.execution.ExecutionRecord;
import dev.boomiemulator.domain.execution.ExecutionService;
import dev.boomiemulator.domain.process.RuntimeRepository;
import dev.boomiemulator.platform.environment.Environment;
import dev.boomiemulator.platform.environment.EnvironmentRepository;
import dev.boomiemulator.platform.generic.GenericObjects;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * What a finished execution leaves behind, as on the real service: {@code ExecutionConnector} rows (its start shape's
 * documents in, its documents out), its share of the hourly {@code ExecutionSummaryRecord} of its process, Atom and
 * status, and, when it failed, a {@code process.execution} {@code Event}. Executions finish on the emulator clock
 * whenever it passes their end, so these records are written when they are next read: every read of one of those
 * objects first brings the account's finished executions up to date ({@link #bringUpToDate}).
 */
public final class ExecutionFootprints {
    /** The objects read through {@link #bringUpToDate}. */
    public static final Set<String> OBJECTS = Set.of("ExecutionConnector", "ExecutionSummaryRecord", "Event");
    /** Executions handled per read; a backlog beyond it is taken up by the next reads. */
    private static final int BATCH = 10_000;
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final ExecutionService executions;
    private final RuntimeRepository runtime;
    private final EnvironmentRepository environments;
    /** Where the records are kept: the generic engine's objects. */
    private final Supplier<GenericObjects> store;
    private final Transactions transactions;

    public ExecutionFootprints(ExecutionService executions, RuntimeRepository runtime,
                               EnvironmentRepository environments, Supplier<GenericObjects> store,
                               Transactions transactions) {
        this.executions = executions;
        this.runtime = runtime;
        this.environments = environments;
        this.store = store;
        this.transactions = transactions;
    }

    /** Writes the records of every execution of the account that finished since the last read, in a few statements. */
    public void bringUpToDate(String accountId) {
        if (executions.finishedWithoutFootprint(accountId, 1).isEmpty()) {
            return;
        }
        transactions.write(accountId, () -> {
            Map<String, JsonNode> connectors = new LinkedHashMap<>();
            Map<String, JsonNode> summaries = new LinkedHashMap<>();
            Map<String, JsonNode> events = new LinkedHashMap<>();
            List<ExecutionRecord> finished = executions.finishedWithoutFootprint(accountId, BATCH);
            for (ExecutionRecord run : finished) {
                connectors(run).forEach(connector -> connectors.put(connector.get("id").asText(), connector));
                addToSummary(accountId, run, summaries);
                if (run.status().equals("ERROR") || run.status().equals("ABORTED")) {
                    ObjectNode event = event(accountId, run);
                    events.put(event.get("eventId").asText(), event);
                }
            }
            store.get().saveAll("ExecutionConnector", accountId, connectors);
            store.get().saveAll("ExecutionSummaryRecord", accountId, summaries);
            store.get().saveAll("Event", accountId, events);
            executions.markFootprints(accountId, finished.stream().map(ExecutionRecord::executionId).toList());
        });
    }

    private static List<ObjectNode> connectors(ExecutionRecord run) {
        List<ObjectNode> rows = new ArrayList<>();
        rows.add(connector(run, "-start", "start", "Listen", true,
                run.inboundDocumentCount() - run.inboundErrorDocumentCount(), run.inboundErrorDocumentCount(),
                run.inboundDocumentSize()));
        if (run.outboundDocumentCount() > 0) {
            rows.add(connector(run, "-out", "return", "Send", false, run.outboundDocumentCount(), 0,
                    run.outboundDocumentSize()));
        }
        return rows;
    }

    private static ObjectNode connector(ExecutionRecord run, String suffix, String type, String action, boolean start,
                                        int successes, int errors, long size) {
        ObjectNode connector = NODES.objectNode();
        connector.put("@type", "ExecutionConnector");
        connector.put("id", run.executionId() + suffix);
        connector.put("executionId", run.executionId());
        connector.put("executionConnector", start ? "Start" : "Return Documents");
        connector.put("connectorType", type);
        connector.put("actionType", action);
        connector.put("isStartShape", start);
        connector.put("recordType", "tracked");
        connector.put("successCount", successes);
        connector.put("errorCount", errors);
        connector.put("size", size);
        return connector;
    }

    /** Adds the run to the hourly summary of its process, Atom and status (read from the store once per batch). */
    private void addToSummary(String accountId, ExecutionRecord run, Map<String, JsonNode> summaries) {
        Instant block = run.executionTime().truncatedTo(ChronoUnit.HOURS);
        String id = String.join("|", run.processId(), run.atomId(), run.status(), block.toString());
        long elapsed = run.executionDuration() == null ? 0 : run.executionDuration();
        ObjectNode summary = (ObjectNode) summaries.computeIfAbsent(id, key -> store.get().find("ExecutionSummaryRecord",
                accountId, key).<JsonNode>map(JsonNode::deepCopy).orElseGet(() -> {
                    ObjectNode fresh = NODES.objectNode();
                    fresh.put("@type", "ExecutionSummaryRecord");
                    fresh.put("accountID", accountId);
                    fresh.put("processID", run.processId());
                    fresh.put("processName", run.processName());
                    fresh.put("atomID", run.atomId());
                    fresh.put("atomName", run.atomName());
                    fresh.put("status", run.status());
                    fresh.put("timeBlock", block.toString());
                    fresh.put("reportKey", run.reportKey());
                    fresh.put("launcherID", run.launcherId());
                    return fresh;
                }));
        summary.put("executionCount", summary.path("executionCount").asInt() + 1);
        summary.put("elapsedTime", summary.path("elapsedTime").asLong() + elapsed);
        summary.put("maxElapsedTime", Math.max(summary.path("maxElapsedTime").asInt(), (int) Math.min(elapsed, Integer.MAX_VALUE)));
        summary.put("inboundDocCount", summary.path("inboundDocCount").asInt() + run.inboundDocumentCount());
        summary.put("inboundDocSize", summary.path("inboundDocSize").asLong() + run.inboundDocumentSize());
        summary.put("outboundDocCount", summary.path("outboundDocCount").asInt() + run.outboundDocumentCount());
        summary.put("outboundDocSize", summary.path("outboundDocSize").asLong() + run.outboundDocumentSize());
    }

    private ObjectNode event(String accountId, ExecutionRecord run) {
        Optional<Environment> environment = runtime.atom(accountId, run.atomId())
                .map(atom -> atom.environmentId()).flatMap(id -> id == null ? Optional.empty()
                        : environments.find(accountId, id));
        String end = run.recordedDate().truncatedTo(ChronoUnit.SECONDS).toString();
        ObjectNode event = NODES.objectNode();
        event.put("@type", "Event");
        event.put("eventId", "event-" + run.executionId());
        event.put("accountId", accountId);
        event.put("atomId", run.atomId());
        event.put("atomName", run.atomName());
        event.put("classification", environment.map(Environment::classification).orElse(""));
        event.put("environment", environment.map(Environment::name).orElse(""));
        event.put("eventType", "process.execution");
        event.put("eventLevel", "ERROR");
        event.put("eventDate", end);
        event.put("recordDate", end);
        event.put("updateDate", end);
        event.put("startTime", run.executionTime().truncatedTo(ChronoUnit.SECONDS).toString());
        event.put("endTime", end);
        event.put("status", run.status());
        event.put("title", "Process " + run.processName() + " ended " + run.status());
        event.put("error", run.message());
        event.put("errorType", "PROCESS");
        event.put("erroredStepLabel", "");
        event.put("erroredStepType", "");
        event.put("errorDocumentCount", run.inboundErrorDocumentCount());
        event.put("inboundDocumentCount", run.inboundDocumentCount());
        event.put("outboundDocumentCount", run.outboundDocumentCount());
        event.put("executionId", run.executionId());
        event.put("processId", run.processId());
        event.put("processName", run.processName());
        event.put("topLevelProcessId", run.processId());
        return event;
    }
}
