package dev.boomiemulator.platform.atom;

import com.fasterxml.jackson.databind.JsonNode;
import dev.boomiemulator.common.JsonFields;
import dev.boomiemulator.db.Transactions;
import dev.boomiemulator.domain.schedule.ScheduleService;
import dev.boomiemulator.platform.BulkGet;
import dev.boomiemulator.platform.PlatformException;
import dev.boomiemulator.platform.query.QueryEngine;
import dev.boomiemulator.platform.query.QueryResult;

/**
 * The rules of Platform Atoms. Atoms come from fixtures; the API renames them, changes their purge
 * settings, and deletes them once they are OFFLINE (which detaches them and drops their schedules).
 */
public final class AtomService {
    static final int MAX_PURGE_HISTORY_DAYS = 9999;

    private final AtomRepository atoms;
    private final ScheduleService schedules;
    private final QueryEngine queries;
    private final Transactions transactions;

    public AtomService(AtomRepository atoms, ScheduleService schedules, QueryEngine queries, Transactions transactions) {
        this.transactions = transactions;
        this.atoms = atoms;
        this.schedules = schedules;
        this.queries = queries;
    }

    public Atom get(String accountId, String id) {
        return atoms.find(accountId, id).orElseThrow(() -> PlatformException.notFound("Atom", id));
    }

    /**
     * Changes name, purgeHistoryDays (0-9999), purgeImmediate and forceRestartTime (numbers and booleans may
     * be strings); the read-only fields (status, type, ...) are ignored.
     */
    public Atom update(String accountId, String id, JsonNode body) {
        return transactions.write(accountId, () -> {
            Atom current = get(accountId, id);
            JsonFields.text(body, "id").filter(given -> !given.equals(id)).ifPresent(given -> {
                throw PlatformException.badRequest("The id in the body (" + given + ") does not match the path (" + id + ").");
            });
            int purgeDays = JsonFields.integer(body, "purgeHistoryDays").map(Long::intValue).orElse(current.purgeHistoryDays());
            if (purgeDays < 0 || purgeDays > MAX_PURGE_HISTORY_DAYS) {
                throw PlatformException.badRequest("purgeHistoryDays must be between 0 and " + MAX_PURGE_HISTORY_DAYS
                        + ", not " + purgeDays + ".");
            }
            long forceRestart = JsonFields.integer(body, "forceRestartTime").orElse(current.forceRestartTime());
            if (forceRestart < 0) {
                throw PlatformException.badRequest("forceRestartTime must not be negative.");
            }
            Atom updated = new Atom(id, JsonFields.text(body, "name").orElse(current.name()), current.status(),
                    current.type(), current.hostName(), current.currentVersion(), current.dateInstalled(),
                    current.createdBy(), purgeDays,
                    JsonFields.bool(body, "purgeImmediate").orElse(current.purgeImmediate()),
                    forceRestart, current.capabilities(), current.cloudId(), current.cloudName(),
                    current.cloudMoleculeId(), current.instanceId(), current.isCloudAttachment());
            atoms.update(accountId, updated);
            return updated;
        });
    }

    /** Only an OFFLINE Atom may be deleted. */
    public void delete(String accountId, String id) {
        transactions.write(accountId, () -> {
            Atom atom = get(accountId, id);
            if (!"OFFLINE".equals(atom.status())) {
                throw PlatformException.badRequest("Atom " + atom.name() + " (" + id + ") is " + atom.status()
                        + "; only an OFFLINE Atom can be deleted.");
            }
            atoms.delete(accountId, id);
            schedules.forgetAtom(accountId, id);
        });
    }

    public QueryResult query(String accountId, JsonNode body) {
        return queries.query(AtomRepository.QUERY, accountId, body);
    }

    public QueryResult queryMore(String accountId, String token) {
        return queries.queryMore(AtomRepository.QUERY, accountId, token);
    }

    public BulkGet.BulkResult bulk(String accountId, JsonNode body) {
        return BulkGet.run(body, id -> get(accountId, id));
    }
}
