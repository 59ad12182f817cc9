package dev.boomiemulator.platform;

import com.fasterxml.jackson.databind.JsonNode;
import dev.boomiemulator.common.DomainException;
import dev.boomiemulator.common.EmulatorClock;
import dev.boomiemulator.common.FixtureInstants;
import dev.boomiemulator.common.FixtureProblem;
import dev.boomiemulator.common.IdGenerator;
import dev.boomiemulator.common.InvalidInput;
import dev.boomiemulator.common.JsonFields;
import dev.boomiemulator.domain.execution.ExecutionRecord;
import dev.boomiemulator.domain.execution.ExecutionRepository;
import dev.boomiemulator.domain.process.AtomSummary;
import dev.boomiemulator.domain.process.ProcessSummary;
import dev.boomiemulator.domain.process.RuntimeRepository;
import dev.boomiemulator.domain.process.Simulation;
import dev.boomiemulator.domain.schedule.ScheduleIds;
import dev.boomiemulator.domain.schedule.ScheduleInput;
import dev.boomiemulator.domain.schedule.ScheduleRepository;
import dev.boomiemulator.platform.atom.Atom;
import dev.boomiemulator.platform.atom.AtomRepository;
import dev.boomiemulator.platform.attachment.AttachmentRepository;
import dev.boomiemulator.platform.attachment.EnvironmentAtomAttachment;
import dev.boomiemulator.platform.deployment.DeployedPackage;
import dev.boomiemulator.platform.deployment.DeploymentRepository;
import dev.boomiemulator.platform.environment.Environment;
import dev.boomiemulator.platform.environment.EnvironmentRepository;
import dev.boomiemulator.platform.packagedcomponent.PackagedComponent;
import dev.boomiemulator.platform.packagedcomponent.PackagedComponentRepository;
import dev.boomiemulator.platform.process.Process;
import dev.boomiemulator.platform.process.ProcessRepository;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import dev.boomiemulator.db.jooq.tables.records.ExecutionRecordRecord;
import org.jooq.DSLContext;

/**
 * Loads the runtime parts of a fixture account's {@code platform} section, after its environments:
 * processes (with versions and simulation settings), Atoms (attached to an environment by
 * {@code environmentId}), packaged components, deployments, process schedules and execution history.
 * Every reference must name something of the same account.
 */
final class RuntimeFixtures {
    private final IdGenerator ids;
    private final EmulatorClock clock;

    RuntimeFixtures(IdGenerator ids, EmulatorClock clock) {
        this.ids = ids;
        this.clock = clock;
    }

    void load(DSLContext tx, String accountId, JsonNode section, String path) {
        RuntimeRepository runtime = new RuntimeRepository(tx);
        loadProcesses(tx, runtime, accountId, section.path("processes"), path + ".processes");
        loadAtoms(tx, runtime, accountId, section.path("atoms"), path + ".atoms");
        loadPackages(tx, runtime, accountId, section.path("packagedComponents"), path + ".packagedComponents");
        loadDeployments(tx, accountId, section.path("deployments"), path + ".deployments");
        ScheduleRepository schedules = new ScheduleRepository(tx);
        schedules.synchronizeDeployments(accountId);
        loadSchedules(schedules, accountId, section.path("processSchedules"), path + ".processSchedules");
        loadExecutions(tx, runtime, accountId, section.path("executionRecords"), path + ".executionRecords");
    }

    private void loadProcesses(DSLContext tx, RuntimeRepository runtime, String accountId, JsonNode processes, String path) {
        ProcessRepository repository = new ProcessRepository(tx);
        for (int i = 0; i < processes.size(); i++) {
            JsonNode process = processes.get(i);
            String at = path + "[" + i + "]";
            String id = JsonFields.text(process, "id").orElseGet(ids::uuid);
            if (runtime.process(accountId, id).isPresent()) {
                throw new FixtureProblem(at + ".id", "duplicate process id '" + id + "'");
            }
            int version = JsonFields.integer(process, "currentVersion").map(Long::intValue).orElse(1);
            Instant created = FixtureInstants.of(process, "createdDate", at, clock::instant);
            Simulation simulation;
            try {
                simulation = Simulation.fromJson(process.get("simulation"));
            } catch (InvalidInput wrong) {
                throw new FixtureProblem(at + ".simulation", wrong.getMessage());
            }
            String createdBy = JsonFields.text(process, "createdBy").orElse(null);
            repository.insert(accountId, new Process(id, process.get("name").asText(),
                    JsonFields.text(process, "folderId").orElse(null),
                    JsonFields.text(process, "folderName").orElse(null),
                    JsonFields.text(process, "description").orElse(null), false, String.valueOf(version),
                    created, createdBy, FixtureInstants.of(process, "modifiedDate", at, () -> created),
                    JsonFields.text(process, "modifiedBy").orElse(createdBy)), version, simulation);
        }
    }

    private void loadAtoms(DSLContext tx, RuntimeRepository runtime, String accountId, JsonNode atoms, String path) {
        AtomRepository repository = new AtomRepository(tx);
        AttachmentRepository attachments = new AttachmentRepository(tx);
        EnvironmentRepository environments = new EnvironmentRepository(tx);
        for (int i = 0; i < atoms.size(); i++) {
            JsonNode atom = atoms.get(i);
            String at = path + "[" + i + "]";
            String id = JsonFields.text(atom, "id").orElseGet(ids::uuid);
            if (runtime.atom(accountId, id).isPresent()) {
                throw new FixtureProblem(at + ".id", "duplicate Atom id '" + id + "'");
            }
            List<String> capabilities = new ArrayList<>();
            atom.path("capabilities").forEach(capability -> capabilities.add(capability.asText()));
            repository.insert(accountId, new Atom(id, atom.get("name").asText(),
                    JsonFields.text(atom, "status").orElse("ONLINE").toUpperCase(Locale.ROOT),
                    JsonFields.text(atom, "type").orElse("ATOM").toUpperCase(Locale.ROOT),
                    JsonFields.text(atom, "hostName").orElse(null),
                    JsonFields.text(atom, "currentVersion").orElse(null),
                    FixtureInstants.of(atom, "dateInstalled", at, clock::instant),
                    JsonFields.text(atom, "createdBy").orElse(null),
                    JsonFields.integer(atom, "purgeHistoryDays").map(Long::intValue).orElse(30),
                    JsonFields.bool(atom, "purgeImmediate").orElse(false),
                    JsonFields.integer(atom, "forceRestartTime").orElse(0L),
                    capabilities,
                    JsonFields.text(atom, "cloudId").orElse(null),
                    JsonFields.text(atom, "cloudName").orElse(null),
                    JsonFields.text(atom, "cloudMoleculeId").orElse(null),
                    JsonFields.text(atom, "instanceId").orElse(null),
                    JsonFields.bool(atom, "isCloudAttachment").orElse(false)));
            String environmentId = JsonFields.text(atom, "environmentId").orElse(null);
            if (environmentId != null) {
                if (!environments.exists(accountId, environmentId)) {
                    throw new FixtureProblem(at + ".environmentId", "no environment '" + environmentId
                            + "' in account '" + accountId + "'");
                }
                attachments.insert(accountId, EnvironmentAtomAttachment.of(id, environmentId));
            }
        }
    }

    private void loadPackages(DSLContext tx, RuntimeRepository runtime, String accountId, JsonNode packages, String path) {
        PackagedComponentRepository repository = new PackagedComponentRepository(tx);
        for (int i = 0; i < packages.size(); i++) {
            JsonNode pkg = packages.get(i);
            String at = path + "[" + i + "]";
            String id = JsonFields.text(pkg, "id").orElseGet(ids::uuid);
            if (repository.find(accountId, id).isPresent()) {
                throw new FixtureProblem(at + ".id", "duplicate packaged component id '" + id + "'");
            }
            String componentId = pkg.get("componentId").asText();
            ProcessSummary process = runtime.process(accountId, componentId).orElseThrow(() ->
                    new FixtureProblem(at + ".componentId", "no process '" + componentId + "' in account '" + accountId + "'"));
            int version = JsonFields.integer(pkg, "componentVersion").map(Long::intValue).orElse(process.currentVersion());
            if (version < 1 || version > process.currentVersion()) {
                throw new FixtureProblem(at + ".componentVersion", "process '" + componentId + "' has versions 1 to "
                        + process.currentVersion());
            }
            String packageVersion = JsonFields.text(pkg, "packageVersion").orElse(version + ".0");
            if (repository.findVersion(accountId, componentId, packageVersion).isPresent()) {
                throw new FixtureProblem(at + ".packageVersion", "duplicate packageVersion '" + packageVersion
                        + "' for component '" + componentId + "'");
            }
            repository.insert(accountId, new PackagedComponent(id, packageVersion, componentId, version, "process",
                    FixtureInstants.of(pkg, "createdDate", at, clock::instant),
                    JsonFields.text(pkg, "createdBy").orElse(null),
                    JsonFields.text(pkg, "notes").orElse(null), JsonFields.bool(pkg, "shareable").orElse(false),
                    false, null));
        }
    }

    /** In order: a later active deployment of a component to an environment deactivates the earlier one. */
    private void loadDeployments(DSLContext tx, String accountId, JsonNode deployments, String path) {
        DeploymentRepository repository = new DeploymentRepository(tx);
        PackagedComponentRepository packages = new PackagedComponentRepository(tx);
        EnvironmentRepository environments = new EnvironmentRepository(tx);
        RuntimeRepository runtime = new RuntimeRepository(tx);
        for (int i = 0; i < deployments.size(); i++) {
            JsonNode deployment = deployments.get(i);
            String at = path + "[" + i + "]";
            String id = JsonFields.text(deployment, "id").orElseGet(ids::uuid);
            if (repository.find(accountId, id).isPresent()) {
                throw new FixtureProblem(at + ".id", "duplicate deployment id '" + id + "'");
            }
            String environmentId = deployment.get("environmentId").asText();
            Environment environment = environments.find(accountId, environmentId).orElseThrow(() ->
                    new FixtureProblem(at + ".environmentId", "no environment '" + environmentId + "' in account '" + accountId + "'"));
            String packageId = deployment.get("packageId").asText();
            PackagedComponent pkg = packages.find(accountId, packageId).orElseThrow(() ->
                    new FixtureProblem(at + ".packageId", "no packaged component '" + packageId + "' in account '" + accountId + "'"));
            boolean active = JsonFields.bool(deployment, "active").orElse(true);
            if (active) {
                repository.active(accountId, pkg.componentId(), environmentId)
                        .ifPresent(previous -> repository.deactivate(accountId, previous.deploymentId()));
            }
            DeployedPackage deployed = new DeployedPackage(id, repository.nextVersion(accountId, pkg.componentId(), environmentId),
                    packageId, pkg.packageVersion(), environmentId, pkg.componentId(), pkg.componentType(),
                    pkg.componentVersion(), JsonFields.text(deployment, "notes").orElse(null),
                    FixtureInstants.of(deployment, "deployedDate", at, clock::instant),
                    JsonFields.text(deployment, "deployedBy").orElse(null), active, null);
            repository.insert(accountId, deployed, pkg, environment.name(),
                    runtime.process(accountId, pkg.componentId()).map(ProcessSummary::name).orElse(null));
        }
    }

    private void loadSchedules(ScheduleRepository schedules, String accountId, JsonNode entries, String path) {
        for (int i = 0; i < entries.size(); i++) {
            JsonNode entry = entries.get(i);
            String at = path + "[" + i + "]";
            String atomId = entry.get("atomId").asText();
            String processId = entry.get("processId").asText();
            String id = ScheduleIds.of(atomId, processId);
            if (schedules.find(accountId, id).isEmpty()) {
                throw new FixtureProblem(at, "process '" + processId + "' is not deployed to the environment of Atom '"
                        + atomId + "', so it has no schedules there");
            }
            try {
                schedules.replace(accountId, id, ScheduleInput.read(entry));
            } catch (DomainException wrong) {
                throw new FixtureProblem(at, wrong.getMessage());
            }
            JsonFields.bool(entry, "enabled").ifPresent(enabled -> schedules.setEnabled(accountId, id, enabled));
        }
    }

    private void loadExecutions(DSLContext tx, RuntimeRepository runtime, String accountId, JsonNode records, String path) {
        ExecutionRepository repository = new ExecutionRepository(tx);
        Set<String> executionIds = repository.executionIds(accountId);
        Map<String, Optional<String>> processNames = new HashMap<>();
        Map<String, Optional<String>> atomNames = new HashMap<>();
        List<ExecutionRecordRecord> rows = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            JsonNode record = records.get(i);
            String at = path + "[" + i + "]";
            String executionId = JsonFields.text(record, "executionId").orElseGet(() -> "execution-" + ids.uuid());
            if (!executionIds.add(executionId)) {
                throw new FixtureProblem(at + ".executionId", "duplicate execution id '" + executionId + "'");
            }
            String processId = record.get("processId").asText();
            String atomId = record.get("atomId").asText();
            String processName = JsonFields.text(record, "processName")
                    .or(() -> processNames.computeIfAbsent(processId,
                            id -> runtime.process(accountId, id).map(ProcessSummary::name)))
                    .orElseThrow(() -> new FixtureProblem(at + ".processName",
                            "give processName: there is no process '" + processId + "' to take it from"));
            String atomName = JsonFields.text(record, "atomName")
                    .or(() -> atomNames.computeIfAbsent(atomId, id -> runtime.atom(accountId, id).map(AtomSummary::name)))
                    .orElseThrow(() -> new FixtureProblem(at + ".atomName",
                            "give atomName: there is no Atom '" + atomId + "' to take it from"));
            Instant started = FixtureInstants.of(record, "executionTime", at, clock::instant);
            String status = record.get("status").asText();
            boolean running = status.equals("INPROCESS") || status.equals("STARTED") || status.equals("ENQUEUED");
            Long duration = running ? null : JsonFields.integer(record, "executionDuration").orElse(0L);
            Instant recorded = running ? null
                    : FixtureInstants.of(record, "recordedDate", at, () -> started.plusMillis(duration));
            rows.add(repository.historyRow(accountId, new ExecutionRecord(accountId, executionId, started, status,
                    JsonFields.text(record, "executionType").orElse("exec_sched"), processName, processId, atomName,
                    atomId,
                    JsonFields.integer(record, "inboundDocumentCount").orElse(0L).intValue(),
                    JsonFields.integer(record, "inboundErrorDocumentCount").orElse(0L).intValue(),
                    JsonFields.integer(record, "outboundDocumentCount").orElse(0L).intValue(),
                    duration,
                    JsonFields.integer(record, "inboundDocumentSize").orElse(0L),
                    JsonFields.integer(record, "outboundDocumentSize").orElse(0L),
                    recorded,
                    JsonFields.text(record, "message").orElse(null),
                    JsonFields.text(record, "reportKey").orElse(null),
                    null, null, null, null, executionId),
                    JsonFields.text(record, "requestId").orElse(null)));
        }
        repository.insertAll(rows);
    }
}
