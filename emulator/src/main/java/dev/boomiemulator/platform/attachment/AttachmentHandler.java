package dev.boomiemulator.platform.attachment;

import static dev.boomiemulator.platform.PlatformAnswers.answer;
import static dev.boomiemulator.platform.PlatformRequests.accountId;
import static dev.boomiemulator.platform.PlatformRequests.id;
import static dev.boomiemulator.platform.PlatformRequests.objectBody;

import dev.boomiemulator.platform.QueryEndpoints;
import io.javalin.http.Context;

/**
 * HTTP for the Platform EnvironmentAtomAttachment object.
 *
 * @see <a href="https://developer.boomi.com/docs/api/platformapi/EnvironmentAtomAttachment">Boomi: EnvironmentAtomAttachment object</a>
 */
public final class AttachmentHandler {
    private final AttachmentService service;
    /** query, queryMore. */
    public final QueryEndpoints queries;

    public AttachmentHandler(AttachmentService service) {
        this.service = service;
        this.queries = QueryEndpoints.of(service::query, service::queryMore);
    }

    public void create(Context ctx) {
        answer(ctx, service.create(accountId(ctx), objectBody(ctx)));
    }

    public void delete(Context ctx) {
        service.delete(accountId(ctx), id(ctx));
        answer(ctx, true);
    }
}
