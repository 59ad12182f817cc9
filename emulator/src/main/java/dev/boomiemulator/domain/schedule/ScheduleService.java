package dev.boomiemulator.domain.schedule;

import com.fasterxml.jackson.databind.JsonNode;
import dev.boomiemulator.common.DomainException;
import dev.boomiemulator.db.Transactions;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;

/**
 * Process schedules for every family (Platform {@code ProcessSchedules}/{@code ProcessScheduleStatus},
 * Connect Now {@code getProcessSchedules}/{@code upsertProcessSchedules}): one entry per process and Atom,
 * whose id is {@link ScheduleIds#of}. Entries exist for every process deployed to an Atom's environment
 * ({@link #synchronizeDeployments}); other families may create entries for their own processes
 * ({@link #ensure}).
 */
public final class ScheduleService {
    private final ScheduleRepository schedules;
    private final Transactions transactions;

    public ScheduleService(DSLContext dsl) {
        this.schedules = new ScheduleRepository(dsl);
        this.transactions = new Transactions(dsl, () -> DomainException.notFound("The account was not found."));
    }

    /** Ids are read in either base64 alphabet, with or without padding. */
    public Optional<ProcessSchedules> get(String accountId, String id) {
        return schedules.find(accountId, ScheduleIds.canonical(id)).map(ScheduleRepository::toSchedules);
    }

    public Optional<ProcessSchedules> find(String accountId, String atomId, String processId) {
        return get(accountId, ScheduleIds.of(atomId, processId));
    }

    /** Every Atom's schedules of one process, in the order the entries were created. */
    public List<ProcessSchedules> forProcess(String accountId, String processId) {
        return schedules.forProcess(accountId, processId).stream().map(ScheduleRepository::toSchedules).toList();
    }

    /**
     * Creates the empty schedules of a process on an Atom unless they exist. For processes the deployment sync
     * does not know (integration pack processes); the caller has checked the process runs on that Atom.
     */
    public ProcessSchedules ensure(String accountId, String atomId, String processId) {
        return transactions.write(accountId, () -> {
            schedules.ensure(accountId, atomId, processId, ScheduleRepository.EXTERNAL);
            return find(accountId, atomId, processId).orElseThrow();
        });
    }

    /** Reads and checks new schedules from a ProcessSchedules-shaped body; 400 naming the bad field. */
    public ScheduleInput read(JsonNode body) {
        return ScheduleInput.read(body);
    }

    /** Replaces the schedules of an existing entry. */
    public ProcessSchedules replace(String accountId, String givenId, ScheduleInput input) {
        return transactions.write(accountId, () -> {
            String id = ScheduleIds.canonical(givenId);
            if (schedules.find(accountId, id).isEmpty()) {
                throw DomainException.notFound("ProcessSchedules with id " + id + " was not found.");
            }
            schedules.replace(accountId, id, input);
            return get(accountId, id).orElseThrow();
        });
    }

    /** Replaces the schedules of a process on an Atom, creating the entry if needed (see {@link #ensure}). */
    public ProcessSchedules upsert(String accountId, String atomId, String processId, ScheduleInput input) {
        return transactions.write(accountId, () -> {
            ensure(accountId, atomId, processId);
            return replace(accountId, ScheduleIds.of(atomId, processId), input);
        });
    }

    public Optional<ProcessScheduleStatus> status(String accountId, String id) {
        return schedules.find(accountId, ScheduleIds.canonical(id)).map(ScheduleRepository::toStatus);
    }

    public ProcessScheduleStatus setEnabled(String accountId, String givenId, boolean enabled) {
        return transactions.write(accountId, () -> {
            String id = ScheduleIds.canonical(givenId);
            if (schedules.find(accountId, id).isEmpty()) {
                throw DomainException.notFound("ProcessScheduleStatus with id " + id + " was not found.");
            }
            schedules.setEnabled(accountId, id, enabled);
            return status(accountId, id).orElseThrow();
        });
    }

    /** Brings the deployment-managed entries in line with deployments and attachments (after either changes). */
    public void synchronizeDeployments(String accountId) {
        transactions.write(accountId, () -> {
            schedules.synchronizeDeployments(accountId);
        });
    }

    /**
     * Brings the deployment-managed entries of one component on one environment's Atoms in line with the deployment
     * the caller has just written there ({@code activeType}: the active deployment's component type, null for none).
     */
    public void synchronizeDeployment(String accountId, String environmentId, String componentId, String activeType) {
        transactions.write(accountId, () -> {
            schedules.synchronizeDeployment(accountId, environmentId, componentId, activeType);
        });
    }

    /** Forgets every schedule of an Atom that was deleted. */
    public void forgetAtom(String accountId, String atomId) {
        transactions.write(accountId, () -> {
            schedules.deleteForAtom(accountId, atomId);
        });
    }
}
