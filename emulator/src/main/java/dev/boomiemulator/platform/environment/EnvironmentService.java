package dev.boomiemulator.platform.environment;

import com.fasterxml.jackson.databind.JsonNode;
import dev.boomiemulator.common.EmulatorClock;
import dev.boomiemulator.common.IdGenerator;
import dev.boomiemulator.common.JsonFields;
import dev.boomiemulator.db.Transactions;
import dev.boomiemulator.domain.process.AtomSummary;
import dev.boomiemulator.domain.process.RuntimeRepository;
import dev.boomiemulator.platform.BulkGet;
import dev.boomiemulator.platform.PlatformException;
import dev.boomiemulator.platform.query.QueryEngine;
import dev.boomiemulator.platform.query.QueryResult;
import java.util.List;
import java.util.stream.Collectors;

/** The rules of Platform environments. */
public final class EnvironmentService {
    private final EnvironmentRepository environments;
    private final RuntimeRepository runtime;
    private final QueryEngine queries;
    private final IdGenerator ids;
    private final EmulatorClock clock;
    private final Transactions transactions;

    public EnvironmentService(EnvironmentRepository environments, RuntimeRepository runtime, QueryEngine queries,
                              IdGenerator ids, EmulatorClock clock, Transactions transactions) {
        this.transactions = transactions;
        this.environments = environments;
        this.runtime = runtime;
        this.queries = queries;
        this.ids = ids;
        this.clock = clock;
    }

    public Environment create(String accountId, JsonNode body) {
        return transactions.write(accountId, () -> {
            String name = JsonFields.text(body, "name")
                    .orElseThrow(() -> PlatformException.badRequest("Environment name is required."));
            String classification = JsonFields.text(body, "classification").orElse(Classification.DEFAULT);
            Classification.canonical(classification);
            Environment environment = new Environment(ids.uuid(), name, classification, clock.instant());
            environments.insert(accountId, environment);
            return environment;
        });
    }

    public Environment get(String accountId, String id) {
        return environments.find(accountId, id).orElseThrow(() -> PlatformException.notFound("Environment", id));
    }

    /** Renames; the classification is fixed at creation, so a different one is refused. */
    public Environment update(String accountId, String id, JsonNode body) {
        return transactions.write(accountId, () -> {
            Environment current = get(accountId, id);
            JsonFields.text(body, "id").filter(given -> !given.equals(id)).ifPresent(given -> {
                throw PlatformException.badRequest("The id in the body (" + given + ") does not match the path (" + id + ").");
            });
            JsonFields.text(body, "classification")
                    .filter(given -> !Classification.canonical(given).equals(Classification.canonical(current.classification())))
                    .ifPresent(given -> {
                        throw PlatformException.badRequest("The classification of an environment cannot be changed.");
                    });
            String name = JsonFields.text(body, "name").orElse(current.name());
            if (!environments.rename(accountId, id, name)) {
                throw PlatformException.notFound("Environment", id);
            }
            return new Environment(id, name, current.classification(), current.createdDate());
        });
    }

    /** Only an environment without attached Atoms can be deleted. */
    public void delete(String accountId, String id) {
        transactions.write(accountId, () -> {
            Environment environment = get(accountId, id);
            List<AtomSummary> atoms = runtime.atomsInEnvironment(accountId, id);
            if (!atoms.isEmpty()) {
                throw PlatformException.badRequest("Environment " + environment.name() + " (" + id + ") has attached Atoms ("
                        + atoms.stream().map(atom -> atom.name() + " " + atom.id()).collect(Collectors.joining(", "))
                        + "); detach them (DELETE their EnvironmentAtomAttachment) before deleting it.");
            }
            if (!environments.delete(accountId, id)) {
                throw PlatformException.notFound("Environment", id);
            }
        });
    }

    public QueryResult query(String accountId, JsonNode body) {
        return queries.query(EnvironmentRepository.QUERY, accountId, body);
    }

    public QueryResult queryMore(String accountId, String token) {
        return queries.queryMore(EnvironmentRepository.QUERY, accountId, token);
    }

    public BulkGet.BulkResult bulk(String accountId, JsonNode body) {
        return BulkGet.run(body, id -> get(accountId, id));
    }
}
