package dev.boomiemulator.platform.componentmetadata;

import static dev.boomiemulator.platform.PlatformRequests.accountId;
import static dev.boomiemulator.platform.PlatformRequests.body;
import static dev.boomiemulator.platform.PlatformRequests.id;

import io.javalin.http.Context;

/**
 * HTTP for the Platform ComponentMetadata object.
 *
 * @see <a href="https://developer.boomi.com/docs/api/platformapi/ComponentMetadata">Boomi: ComponentMetadata object</a>
 */
public final class ComponentMetadataHandler {
    private final ComponentMetadataService service;

    public ComponentMetadataHandler(ComponentMetadataService service) {
        this.service = service;
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
