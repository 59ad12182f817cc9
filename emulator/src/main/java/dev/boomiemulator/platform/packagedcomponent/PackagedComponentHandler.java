package dev.boomiemulator.platform.packagedcomponent;

import static dev.boomiemulator.platform.PlatformAnswers.answer;
import static dev.boomiemulator.platform.PlatformRequests.accountId;
import static dev.boomiemulator.platform.PlatformRequests.id;
import static dev.boomiemulator.platform.PlatformRequests.objectBody;
import static dev.boomiemulator.platform.PlatformRequests.user;

import dev.boomiemulator.platform.QueryEndpoints;
import io.javalin.http.Context;

/**
 * HTTP for the Platform PackagedComponent object.
 *
 * @see <a href="https://developer.boomi.com/docs/api/platformapi/PackagedComponent">Boomi: PackagedComponent object</a>
 */
public final class PackagedComponentHandler {
    private final PackagedComponentService service;
    /** query, queryMore and bulk. */
    public final QueryEndpoints queries;

    public PackagedComponentHandler(PackagedComponentService service) {
        this.service = service;
        this.queries = QueryEndpoints.of(service::query, service::queryMore, service::bulk);
    }

    public void create(Context ctx) {
        answer(ctx, service.create(accountId(ctx), user(ctx), objectBody(ctx)));
    }

    public void delete(Context ctx) {
        service.delete(accountId(ctx), id(ctx));
        answer(ctx, true);
    }

    public void get(Context ctx) {
        answer(ctx, service.get(accountId(ctx), id(ctx)));
    }
}
