package dev.boomiemulator.connectnow;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;
import dev.boomiemulator.common.InvalidInput;
import dev.boomiemulator.domain.execution.ExecutionPlan;
import dev.boomiemulator.domain.execution.ExecutionRecord;
import dev.boomiemulator.domain.execution.ExecutionStarted;
import dev.boomiemulator.domain.integrationpack.IntegrationPackInstance;
import dev.boomiemulator.domain.integrationpack.IntegrationPackService;
import dev.boomiemulator.domain.process.AtomSummary;
import dev.boomiemulator.domain.process.Simulation;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * executeIntegrationProcess and getProcessExecutionRecords over the shared execution domain: an
 * execution started here is a Platform ExecutionRecord, and the records listed here include the
 * Platform's.
 */
final class ExecutionOperations {
    /** getProcessExecutionRecords answers at most this many records. */
    static final int MAX_RECORDS = 1000;

    private final IntegrationPackService packs;
    private final dev.boomiemulator.domain.execution.ExecutionService executions;
    private final PackProcesses processes;

    ExecutionOperations(IntegrationPackService packs, dev.boomiemulator.domain.execution.ExecutionService executions,
                     PackProcesses processes) {
        this.packs = packs;
        this.executions = executions;
        this.processes = processes;
    }

    /** The Platform ExecutionRequest answer, with where the process runs. */
    @JsonPropertyOrder({"@type", "requestId", "recordUrl", "processId", "processName", "atomId", "environmentId"})
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ExecutionRequest(String requestId, String recordUrl, String processId, String processName, String atomId,
                            String environmentId) {
        @JsonProperty("@type")
        public String type() {
            return "ExecutionRequest";
        }
    }

    /**
     * Runs process {@code id} of an installed instance on an ONLINE Atom of an environment the instance is
     * attached to: the one {@code environmentId}/{@code atomId} name, else the first by environment name,
     * then Atom name.
     *
     * @param serverUrl {@code http://host:port} as the caller addressed the server, for {@code recordUrl}
     */
    ExecutionRequest execute(String accountId, JsonNode body, String serverUrl, String user) {
        PackProcesses.Resolved resolved = processes.resolve(accountId, ConnectNowRequests.required(body, "id"));
        PackProcesses.Placement placement = processes.place(accountId, resolved.instance(),
                ConnectNowRequests.optional(body, "environmentId"), ConnectNowRequests.optional(body, "atomId"));
        IntegrationPackInstance.Process process = resolved.process();
        Simulation simulation = packs.pack(accountId, resolved.instance().integrationPackId())
                .flatMap(pack -> pack.definition().process(process.originalProcessId()))
                .map(p -> Simulation.fromJson(p.simulation()))
                .orElse(Simulation.DEFAULT);
        AtomSummary atom = placement.atom();
        ExecutionStarted started = executions.start(accountId, new ExecutionPlan(process.processId(), process.name(),
                atom.id(), atom.name(), "exec_manual", user, simulation));
        return new ExecutionRequest(started.requestId(),
                serverUrl + "/api/rest/v1/" + accountId + "/ExecutionRecord/async/" + started.requestId(),
                process.processId(), process.name(), atom.id(), placement.environmentId());
    }

    /** Up to 1000 records whose executionTime is at or after {@code date}, oldest first. */
    Views.ListResult<ExecutionRecord> records(String accountId, JsonNode body) {
        Instant from = ConnectNowRequests.optional(body, "date").map(ExecutionOperations::instant).orElse(null);
        return Views.list(executions.since(accountId, from, MAX_RECORDS));
    }

    /**
     * The seed's {@code yyyy-MM-dd'T'hh:mm:ss.nnn} (hours 00-23, UTC when no zone is given), with or without
     * a fraction, an RFC 3339 offset, or a bare date (midnight UTC).
     */
    static Instant instant(String text) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException notWithOffset) {
            try {
                return LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException notLocal) {
                try {
                    return LocalDate.parse(text).atStartOfDay().toInstant(ZoneOffset.UTC);
                } catch (DateTimeParseException notADate) {
                    throw new InvalidInput("date must be yyyy-MM-dd'T'HH:mm:ss.SSS (UTC), with an optional zone, "
                            + "or yyyy-MM-dd; not '" + text + "'");
                }
            }
        }
    }

}
