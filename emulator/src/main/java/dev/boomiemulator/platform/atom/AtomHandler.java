package dev.boomiemulator.platform.atom;

import static dev.boomiemulator.platform.PlatformAnswers.answer;
import static dev.boomiemulator.platform.PlatformRequests.accountId;
import static dev.boomiemulator.platform.PlatformRequests.id;
import static dev.boomiemulator.platform.PlatformRequests.objectBody;

import dev.boomiemulator.platform.QueryEndpoints;
import io.javalin.http.Context;

/**
 * HTTP for the Platform Atom object.
 *
 * @see <a href="https://developer.boomi.com/docs/api/platformapi/Atom">Boomi: Atom object</a>
 */
public final class AtomHandler {
    private final AtomService service;
    /** query, queryMore and bulk. */
    public final QueryEndpoints queries;

    public AtomHandler(AtomService service) {
        this.service = service;
        this.queries = QueryEndpoints.of(service::query, service::queryMore, service::bulk);
    }

    public void get(Context ctx) {
        answer(ctx, service.get(accountId(ctx), id(ctx)));
    }

    public void update(Context ctx) {
        answer(ctx, service.update(accountId(ctx), id(ctx), objectBody(ctx)));
    }

    public void delete(Context ctx) {
        service.delete(accountId(ctx), id(ctx));
        answer(ctx, true);
    }
}
