package dev.boomiemulator.platform.schedule;

import com.fasterxml.jackson.databind.JsonNode;
import dev.boomiemulator.common.JsonFields;
import dev.boomiemulator.db.Transactions;
import dev.boomiemulator.domain.schedule.ProcessScheduleStatus;
import dev.boomiemulator.domain.schedule.ProcessSchedules;
import dev.boomiemulator.domain.schedule.ScheduleIds;
import dev.boomiemulator.domain.schedule.ScheduleService;
import dev.boomiemulator.platform.BulkGet;
import dev.boomiemulator.platform.PlatformException;
import dev.boomiemulator.platform.query.QueryEngine;
import dev.boomiemulator.platform.query.QueryResult;

/**
 * Platform ProcessSchedules and ProcessScheduleStatus over the shared {@link ScheduleService}. An entry
 * exists for every process deployed to an Atom's environment; an id for any other pair is a 404.
 * Updates may repeat the id, atomId and processId in the body; different ones are a 400.
 */
public final class ProcessSchedulesService {
    private final ScheduleService schedules;
    private final QueryEngine queries;
    private final Transactions transactions;

    public ProcessSchedulesService(ScheduleService schedules, QueryEngine queries, Transactions transactions) {
        this.transactions = transactions;
        this.schedules = schedules;
        this.queries = queries;
    }

    public ProcessSchedules get(String accountId, String id) {
        return schedules.get(accountId, id).orElseThrow(() -> notFound("ProcessSchedules", id));
    }

    /** Replaces the schedules (and retry schedules) of the entry. */
    public ProcessSchedules update(String accountId, String id, JsonNode body) {
        return transactions.write(accountId, () -> {
            ProcessSchedules current = get(accountId, id);
            sameIds(body, current.id(), current.atomId(), current.processId());
            return schedules.replace(accountId, id, schedules.read(body));
        });
    }

    public QueryResult query(String accountId, JsonNode body) {
        return queries.query(ScheduleQueries.SCHEDULES, accountId, body);
    }

    public QueryResult queryMore(String accountId, String token) {
        return queries.queryMore(ScheduleQueries.SCHEDULES, accountId, token);
    }

    public BulkGet.BulkResult bulk(String accountId, JsonNode body) {
        return BulkGet.run(body, id -> get(accountId, id));
    }

    public ProcessScheduleStatus status(String accountId, String id) {
        return schedules.status(accountId, id).orElseThrow(() -> notFound("ProcessScheduleStatus", id));
    }

    /** Stops ({@code enabled: false}) or resumes the schedules; {@code enabled} may be a string. */
    public ProcessScheduleStatus updateStatus(String accountId, String id, JsonNode body) {
        return transactions.write(accountId, () -> {
            ProcessScheduleStatus current = status(accountId, id);
            sameIds(body, current.id(), current.atomId(), current.processId());
            boolean enabled = JsonFields.bool(body, "enabled")
                    .orElseThrow(() -> PlatformException.badRequest("enabled (true or false) is required."));
            return schedules.setEnabled(accountId, id, enabled);
        });
    }

    public QueryResult queryStatus(String accountId, JsonNode body) {
        return queries.query(ScheduleQueries.STATUS, accountId, body);
    }

    public QueryResult queryMoreStatus(String accountId, String token) {
        return queries.queryMore(ScheduleQueries.STATUS, accountId, token);
    }

    public BulkGet.BulkResult bulkStatus(String accountId, JsonNode body) {
        return BulkGet.run(body, id -> status(accountId, id));
    }

    private static void sameIds(JsonNode body, String id, String atomId, String processId) {
        JsonFields.text(body, "id").filter(given -> !ScheduleIds.canonical(given).equals(id)).ifPresent(given -> {
            throw PlatformException.badRequest("id in the body (" + given + ") does not match the object's (" + id + ").");
        });
        same(body, "atomId", atomId);
        same(body, "processId", processId);
    }

    private static void same(JsonNode body, String field, String expected) {
        JsonFields.text(body, field).filter(given -> !given.equals(expected)).ifPresent(given -> {
            throw PlatformException.badRequest(field + " in the body (" + given + ") does not match the object's ("
                    + expected + ").");
        });
    }

    /** A 404 that says, for a well-formed id, which pair it names and why there is nothing. */
    private static PlatformException notFound(String objectType, String id) {
        return ScheduleIds.decode(id)
                .map(pair -> PlatformException.of(404, objectType + " with id " + id + " was not found: process "
                        + pair.processId() + " is not deployed to the environment of Atom " + pair.atomId() + "."))
                .orElseGet(() -> PlatformException.notFound(objectType, id));
    }
}
