package dev.boomiemulator.platform.schedule;

import static dev.boomiemulator.platform.PlatformAnswers.answer;
import static dev.boomiemulator.platform.PlatformRequests.accountId;
import static dev.boomiemulator.platform.PlatformRequests.id;
import static dev.boomiemulator.platform.PlatformRequests.objectBody;

import dev.boomiemulator.platform.QueryEndpoints;
import io.javalin.http.Context;

/**
 * HTTP for the Platform ProcessSchedules and ProcessScheduleStatus objects.
 *
 * @see <a href="https://developer.boomi.com/docs/api/platformapi/ProcessSchedules">Boomi: ProcessSchedules object</a>
 * @see <a href="https://developer.boomi.com/docs/api/platformapi/ProcessScheduleStatus">Boomi: ProcessScheduleStatus object</a>
 */
public final class ProcessSchedulesHandler {
    private final ProcessSchedulesService service;
    /** query, queryMore and bulk. */
    public final QueryEndpoints queries;
    /** query, queryMore and bulk of the schedule statuses. */
    public final QueryEndpoints statusQueries;

    public ProcessSchedulesHandler(ProcessSchedulesService service) {
        this.service = service;
        this.queries = QueryEndpoints.of(service::query, service::queryMore, service::bulk);
        this.statusQueries = QueryEndpoints.of(service::queryStatus, service::queryMoreStatus, service::bulkStatus);
    }

    public void get(Context ctx) {
        answer(ctx, service.get(accountId(ctx), id(ctx)));
    }

    public void update(Context ctx) {
        answer(ctx, service.update(accountId(ctx), id(ctx), objectBody(ctx)));
    }

    public void getStatus(Context ctx) {
        answer(ctx, service.status(accountId(ctx), id(ctx)));
    }

    public void updateStatus(Context ctx) {
        answer(ctx, service.updateStatus(accountId(ctx), id(ctx), objectBody(ctx)));
    }
}
