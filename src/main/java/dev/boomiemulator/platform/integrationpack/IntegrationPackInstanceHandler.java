package dev.boomiemulator.platform.integrationpack;

import static dev.boomiemulator.platform.PlatformRequests.accountId;
import static dev.boomiemulator.platform.PlatformRequests.body;
import static dev.boomiemulator.platform.PlatformRequests.id;

import io.javalin.http.Context;

/**
 * HTTP for the Platform IntegrationPackInstance and IntegrationPack objects.
 *
 * @see <a href="https://developer.boomi.com/docs/api/platformapi/IntegrationPackInstance">Boomi: IntegrationPackInstance object</a>
 * @see <a href="https://developer.boomi.com/docs/api/platformapi/IntegrationPack">Boomi: IntegrationPack object</a>
 */
public final class IntegrationPackInstanceHandler {
    private final IntegrationPackInstanceService service;

    public IntegrationPackInstanceHandler(IntegrationPackInstanceService service) {
        this.service = service;
    }

    public void create(Context ctx) {
        ctx.json(service.install(accountId(ctx), body(ctx)));
    }

    public void get(Context ctx) {
        ctx.json(service.get(accountId(ctx), id(ctx)));
    }

    public void delete(Context ctx) {
        service.uninstall(accountId(ctx), id(ctx));
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

    public void getPack(Context ctx) {
        ctx.json(service.getPack(accountId(ctx), id(ctx)));
    }

    public void queryPacks(Context ctx) {
        ctx.json(service.queryPacks(accountId(ctx), body(ctx)));
    }

    public void queryMorePacks(Context ctx) {
        ctx.json(service.queryMorePacks(accountId(ctx), ctx.body()));
    }

    public void bulkPacks(Context ctx) {
        ctx.json(service.bulkPacks(accountId(ctx), body(ctx)));
    }
}
