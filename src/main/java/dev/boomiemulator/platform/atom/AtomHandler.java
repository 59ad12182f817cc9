package dev.boomiemulator.platform.atom;

import static dev.boomiemulator.platform.PlatformRequests.accountId;
import static dev.boomiemulator.platform.PlatformRequests.body;
import static dev.boomiemulator.platform.PlatformRequests.id;
import static dev.boomiemulator.platform.PlatformRequests.objectBody;

import io.javalin.http.Context;

/**
 * HTTP for the Platform Atom object.
 *
 * @see <a href="https://developer.boomi.com/docs/api/platformapi/Atom">Boomi: Atom object</a>
 */
public final class AtomHandler {
    private final AtomService service;

    public AtomHandler(AtomService service) {
        this.service = service;
    }

    public void get(Context ctx) {
        ctx.json(service.get(accountId(ctx), id(ctx)));
    }

    public void update(Context ctx) {
        ctx.json(service.update(accountId(ctx), id(ctx), objectBody(ctx)));
    }

    public void delete(Context ctx) {
        service.delete(accountId(ctx), id(ctx));
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
