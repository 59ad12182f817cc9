package dev.boomiemulator.platform.process;

import com.fasterxml.jackson.databind.JsonNode;
import dev.boomiemulator.common.EmulatorClock;
import dev.boomiemulator.common.IdGenerator;
import dev.boomiemulator.common.JsonFields;
import dev.boomiemulator.db.Transactions;
import dev.boomiemulator.domain.process.RuntimeRepository;
import dev.boomiemulator.domain.process.Simulation;
import dev.boomiemulator.platform.BulkGet;
import dev.boomiemulator.platform.PlatformException;
import dev.boomiemulator.platform.query.QueryEngine;
import dev.boomiemulator.platform.query.QueryResult;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The rules of Platform processes. Every create and update is a new component version (1, 2, 3...);
 * a process deployed to an environment cannot be deleted until it is undeployed.
 */
public final class ProcessService {
    private final ProcessRepository processes;
    private final RuntimeRepository runtime;
    private final QueryEngine queries;
    private final IdGenerator ids;
    private final EmulatorClock clock;
    private final Transactions transactions;

    public ProcessService(ProcessRepository processes, RuntimeRepository runtime, QueryEngine queries, IdGenerator ids,
                          EmulatorClock clock, Transactions transactions) {
        this.transactions = transactions;
        this.processes = processes;
        this.runtime = runtime;
        this.queries = queries;
        this.ids = ids;
        this.clock = clock;
    }

    public Process create(String accountId, String user, JsonNode body) {
        return transactions.write(accountId, () -> {
            String name = JsonFields.text(body, "name")
                    .orElseThrow(() -> PlatformException.badRequest("Process name is required."));
            Instant now = clock.instant();
            Process process = new Process(ids.uuid(), name, JsonFields.text(body, "folderId").orElse(null),
                    JsonFields.text(body, "folderName").orElse(null), description(body).orElse(null), false, "1",
                    now, user, now, user);
            processes.insert(accountId, process, 1, Simulation.DEFAULT);
            return process;
        });
    }

    public Process get(String accountId, String id) {
        return processes.find(accountId, id).orElseThrow(() -> PlatformException.notFound("Process", id));
    }

    /** Saves the given fields (the others stay) as the next version. */
    public Process update(String accountId, String id, String user, JsonNode body) {
        return transactions.write(accountId, () -> {
            Process current = get(accountId, id);
            JsonFields.text(body, "id").filter(given -> !given.equals(id)).ifPresent(given -> {
                throw PlatformException.badRequest("The id in the body (" + given + ") does not match the path (" + id + ").");
            });
            Process next = new Process(id,
                    JsonFields.text(body, "name").orElse(current.name()),
                    JsonFields.text(body, "folderId").orElse(current.folderId()),
                    JsonFields.text(body, "folderName").orElse(current.folderName()),
                    description(body).orElse(current.description()),
                    false,
                    String.valueOf(Integer.parseInt(current.currentVersion()) + 1),
                    current.createdDate(), current.createdBy(), clock.instant(), user);
            processes.saveNewVersion(accountId, next);
            return next;
        });
    }

    public void delete(String accountId, String id, String user) {
        transactions.write(accountId, () -> {
            Process process = get(accountId, id);
            List<String> environments = runtime.deployedEnvironments(accountId, id);
            if (!environments.isEmpty()) {
                throw PlatformException.badRequest("Process " + process.name() + " (" + id + ") is deployed to environment(s) "
                        + String.join(", ", environments) + "; undeploy it (DELETE its DeployedPackage) before deleting it.");
            }
            if (!processes.delete(accountId, id)) {
                throw PlatformException.notFound("Process", id);
            }
        });
    }

    public QueryResult query(String accountId, JsonNode body) {
        return queries.query(ProcessRepository.QUERY, accountId, body);
    }

    public QueryResult queryMore(String accountId, String token) {
        return queries.queryMore(ProcessRepository.QUERY, accountId, token);
    }

    public BulkGet.BulkResult bulk(String accountId, JsonNode body) {
        return BulkGet.run(body, id -> get(accountId, id));
    }

    /** {@code description}, or the real service's {@code Description}. */
    private static Optional<String> description(JsonNode body) {
        return JsonFields.text(body, "description").or(() -> JsonFields.text(body, "Description"));
    }
}
