package dev.boomiemulator.platform.process;

import static dev.boomiemulator.platform.PlatformRequests.accountId;
import static dev.boomiemulator.platform.PlatformRequests.body;
import static dev.boomiemulator.platform.PlatformRequests.id;
import static dev.boomiemulator.platform.PlatformRequests.objectBody;
import static dev.boomiemulator.platform.PlatformRequests.user;

import io.javalin.http.Context;

/**
 * HTTP for the Platform Process object.
 *
 * @see <a href="https://developer.boomi.com/docs/api/platformapi/Process">Boomi: Process object</a>
 */
public final class ProcessHandler {
    private final ProcessService service;

    public ProcessHandler(ProcessService service) {
        this.service = service;
    }

    public void create(Context ctx) {
        ctx.json(service.create(accountId(ctx), user(ctx), objectBody(ctx)));
    }

    public void get(Context ctx) {
        ctx.json(service.get(accountId(ctx), id(ctx)));
    }

    public void update(Context ctx) {
        ctx.json(service.update(accountId(ctx), id(ctx), user(ctx), objectBody(ctx)));
    }

    public void delete(Context ctx) {
        service.delete(accountId(ctx), id(ctx), user(ctx));
        ctx.json(true);
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
}
