package dev.boomiemulator.platform.packagedcomponent;

import static dev.boomiemulator.platform.PlatformRequests.accountId;
import static dev.boomiemulator.platform.PlatformRequests.body;
import static dev.boomiemulator.platform.PlatformRequests.id;
import static dev.boomiemulator.platform.PlatformRequests.objectBody;
import static dev.boomiemulator.platform.PlatformRequests.user;

import io.javalin.http.Context;

/**
 * HTTP for the Platform PackagedComponent object.
 *
 * @see <a href="https://developer.boomi.com/docs/api/platformapi/PackagedComponent">Boomi: PackagedComponent object</a>
 */
public final class PackagedComponentHandler {
    private final PackagedComponentService service;

    public PackagedComponentHandler(PackagedComponentService service) {
        this.service = service;
    }

    public void create(Context ctx) {
        ctx.json(service.create(accountId(ctx), user(ctx), objectBody(ctx)));
    }

    public void get(Context ctx) {
        ctx.json(service.get(accountId(ctx), id(ctx)));
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
