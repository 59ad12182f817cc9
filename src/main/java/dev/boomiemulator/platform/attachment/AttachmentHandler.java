package dev.boomiemulator.platform.attachment;

import static dev.boomiemulator.platform.PlatformRequests.accountId;
import static dev.boomiemulator.platform.PlatformRequests.body;
import static dev.boomiemulator.platform.PlatformRequests.id;
import static dev.boomiemulator.platform.PlatformRequests.objectBody;

import io.javalin.http.Context;

/**
 * HTTP for the Platform EnvironmentAtomAttachment object.
 *
 * @see <a href="https://developer.boomi.com/docs/api/platformapi/EnvironmentAtomAttachment">Boomi: EnvironmentAtomAttachment object</a>
 */
public final class AttachmentHandler {
    private final AttachmentService service;

    public AttachmentHandler(AttachmentService service) {
        this.service = service;
    }

    public void create(Context ctx) {
        ctx.json(service.create(accountId(ctx), objectBody(ctx)));
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
}
