package dev.boomiemulator.platform.attachment;

import com.fasterxml.jackson.databind.JsonNode;
import dev.boomiemulator.common.JsonFields;
import dev.boomiemulator.db.Transactions;
import dev.boomiemulator.domain.process.RuntimeRepository;
import dev.boomiemulator.domain.schedule.ScheduleService;
import dev.boomiemulator.platform.PlatformException;
import dev.boomiemulator.platform.environment.EnvironmentRepository;
import dev.boomiemulator.platform.query.QueryEngine;
import dev.boomiemulator.platform.query.QueryResult;

/**
 * The rules of attaching Atoms to environments. An Atom is attached to at most one environment:
 * attaching it elsewhere moves it (as the real service does); attaching it again where it is changes
 * nothing. Processes deployed to the environment then get schedules on the Atom.
 */
public final class AttachmentService {
    private final AttachmentRepository attachments;
    private final EnvironmentRepository environments;
    private final RuntimeRepository runtime;
    private final ScheduleService schedules;
    private final QueryEngine queries;
    private final Transactions transactions;

    public AttachmentService(AttachmentRepository attachments, EnvironmentRepository environments,
                             RuntimeRepository runtime, ScheduleService schedules, QueryEngine queries, Transactions transactions) {
        this.transactions = transactions;
        this.attachments = attachments;
        this.environments = environments;
        this.runtime = runtime;
        this.schedules = schedules;
        this.queries = queries;
    }

    public EnvironmentAtomAttachment create(String accountId, JsonNode body) {
        return transactions.write(accountId, () -> {
            String atomId = JsonFields.text(body, "atomId")
                    .orElseThrow(() -> PlatformException.badRequest("atomId is required."));
            String environmentId = JsonFields.text(body, "environmentId")
                    .orElseThrow(() -> PlatformException.badRequest("environmentId is required."));
            if (runtime.atom(accountId, atomId).isEmpty()) {
                throw PlatformException.badRequest("Atom " + atomId + " does not exist in account " + accountId + ".");
            }
            if (!environments.exists(accountId, environmentId)) {
                throw PlatformException.badRequest("Environment " + environmentId + " does not exist in account " + accountId + ".");
            }
            var existing = attachments.forAtom(accountId, atomId);
            if (existing.isPresent() && existing.get().environmentId().equals(environmentId)) {
                return existing.get();
            }
            existing.ifPresent(previous -> attachments.delete(accountId, previous.id()));
            EnvironmentAtomAttachment attachment = EnvironmentAtomAttachment.of(atomId, environmentId);
            attachments.insert(accountId, attachment);
            schedules.synchronizeDeployments(accountId);
            return attachment;
        });
    }

    /** Detaches the Atom; the schedules of processes it ran for the environment go. */
    public void delete(String accountId, String id) {
        transactions.write(accountId, () -> {
            if (!attachments.delete(accountId, id)) {
                throw PlatformException.notFound("EnvironmentAtomAttachment", id);
            }
            schedules.synchronizeDeployments(accountId);
        });
    }

    public QueryResult query(String accountId, JsonNode body) {
        return queries.query(AttachmentRepository.QUERY, accountId, body);
    }

    public QueryResult queryMore(String accountId, String token) {
        return queries.queryMore(AttachmentRepository.QUERY, accountId, token);
    }
}
