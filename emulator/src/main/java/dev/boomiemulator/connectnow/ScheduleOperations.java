package dev.boomiemulator.connectnow;

import com.fasterxml.jackson.databind.JsonNode;
import dev.boomiemulator.common.JsonFields;
import dev.boomiemulator.domain.schedule.ProcessSchedules;
import dev.boomiemulator.domain.schedule.ScheduleIds;
import dev.boomiemulator.domain.schedule.ScheduleInput;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * getProcessSchedules and upsertProcessSchedules: the Platform ProcessSchedules of an integration pack
 * process on each Atom of the environments its instance is attached to (the same state, the same ids).
 */
final class ScheduleOperations {
    private final dev.boomiemulator.domain.schedule.ScheduleService schedules;
    private final PackProcesses processes;

    ScheduleOperations(dev.boomiemulator.domain.schedule.ScheduleService schedules, PackProcesses processes) {
        this.schedules = schedules;
        this.processes = processes;
    }

    /** One entry per Atom the process runs on; an entry without schedules has {@code Schedule: []}. */
    Views.ListResult<ProcessSchedules> get(String accountId, JsonNode body) {
        PackProcesses.Resolved resolved = processes.resolve(accountId, ConnectNowRequests.required(body, "id"));
        String processId = resolved.process().processId();
        return Views.list(processes.atoms(accountId, resolved.instance()).stream()
                .map(placement -> schedules.ensure(accountId, placement.atom().id(), processId))
                .toList());
    }

    /** Replaces the schedules of each entry (checked all before any is stored); answers the stored entries. */
    Views.ListResult<ProcessSchedules> upsert(String accountId, JsonNode body) {
        JsonNode result = body.get("result");
        if (result == null || !result.isArray()) {
            throw ConnectNowException.badRequest("result is required: a list of ProcessSchedules as getProcessSchedules returns them.");
        }
        record Change(String atomId, String processId, ScheduleInput input) {
        }
        List<Change> changes = new ArrayList<>();
        for (int i = 0; i < result.size(); i++) {
            JsonNode entry = result.get(i);
            String at = "result[" + i + "]";
            if (!entry.isObject()) {
                throw ConnectNowException.badRequest(at + " must be a ProcessSchedules object.");
            }
            Optional<String> id = JsonFields.text(entry, "id");
            String atomId;
            String processId;
            if (id.isPresent()) {
                ScheduleIds.Pair pair = ScheduleIds.decode(id.get()).orElseThrow(() ->
                        ConnectNowException.badRequest(at + ".id '" + id.get() + "' is not a ProcessSchedules id."));
                atomId = pair.atomId();
                processId = pair.processId();
            } else {
                processId = JsonFields.text(entry, "processId").orElseThrow(() ->
                        ConnectNowException.badRequest(at + " needs id, or processId and atomId."));
                atomId = JsonFields.text(entry, "atomId").orElseThrow(() ->
                        ConnectNowException.badRequest(at + " needs id, or processId and atomId."));
            }
            PackProcesses.Resolved resolved = processes.find(accountId, processId).orElseThrow(() ->
                    ConnectNowException.badRequest(at + ": process " + processId + " is not a process of an installed "
                            + "integration pack instance."));
            String canonical = resolved.process().processId();
            boolean runsThere = processes.atoms(accountId, resolved.instance()).stream()
                    .anyMatch(placement -> placement.atom().id().equals(atomId));
            if (!runsThere) {
                throw ConnectNowException.badRequest(at + ": process " + canonical + " is not deployed to Atom " + atomId
                        + " (the Atom is not in an environment integration pack instance " + resolved.instance().id()
                        + " is attached to).");
            }
            changes.add(new Change(atomId, canonical, schedules.read(entry)));
        }
        return Views.list(changes.stream()
                .map(change -> schedules.upsert(accountId, change.atomId(), change.processId(), change.input()))
                .toList());
    }
}
