package dev.boomiemulator.platform.schedule;

import static dev.boomiemulator.platform.PlatformRequests.accountId;
import static dev.boomiemulator.platform.PlatformRequests.body;
import static dev.boomiemulator.platform.PlatformRequests.id;
import static dev.boomiemulator.platform.PlatformRequests.objectBody;

import io.javalin.http.Context;

/**
 * HTTP for the Platform ProcessSchedules and ProcessScheduleStatus objects.
 *
 * @see <a href="https://developer.boomi.com/docs/api/platformapi/ProcessSchedules">Boomi: ProcessSchedules object</a>
 * @see <a href="https://developer.boomi.com/docs/api/platformapi/ProcessScheduleStatus">Boomi: ProcessScheduleStatus object</a>
 */
public final class ProcessSchedulesHandler {
    private final ProcessSchedulesService service;

    public ProcessSchedulesHandler(ProcessSchedulesService service) {
        this.service = service;
    }

    public void get(Context ctx) {
        ctx.json(service.get(accountId(ctx), id(ctx)));
    }

    public void update(Context ctx) {
        ctx.json(service.update(accountId(ctx), id(ctx), objectBody(ctx)));
    }

    public void query(Context ctx) {
        ctx.json(service.query(accountId(ctx), body(ctx)));
    }

    public void queryMore(Context ctx) {
        ctx.json(service.queryMore(accountId(ctx), ctx.body()));
    }

    public void bulk(Context ctx) {
        ctx.json(service.bulk(accountId(ctx), body(ctx)));
    }

    public void getStatus(Context ctx) {
        ctx.json(service.status(accountId(ctx), id(ctx)));
    }

    public void updateStatus(Context ctx) {
        ctx.json(service.updateStatus(accountId(ctx), id(ctx), objectBody(ctx)));
    }

    public void queryStatus(Context ctx) {
        ctx.json(service.queryStatus(accountId(ctx), body(ctx)));
    }

    public void queryMoreStatus(Context ctx) {
        ctx.json(service.queryMoreStatus(accountId(ctx), ctx.body()));
    }

    public void bulkStatus(Context ctx) {
        ctx.json(service.bulkStatus(accountId(ctx), body(ctx)));
    }
}
