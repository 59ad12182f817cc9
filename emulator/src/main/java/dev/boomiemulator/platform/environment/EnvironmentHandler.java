package dev.boomiemulator.platform.environment;

import static dev.boomiemulator.platform.PlatformAnswers.answer;
import static dev.boomiemulator.platform.PlatformRequests.accountId;
import static dev.boomiemulator.platform.PlatformRequests.id;
import static dev.boomiemulator.platform.PlatformRequests.objectBody;

import dev.boomiemulator.platform.QueryEndpoints;
import io.javalin.http.Context;

/**
 * HTTP for the Platform Environment object.
 *
 * @see <a href="https://developer.boomi.com/docs/api/platformapi/Environment">Boomi: Environment object</a>
 */
public final class EnvironmentHandler {
    private final EnvironmentService service;
    /** query, queryMore and bulk. */
    public final QueryEndpoints queries;

    public EnvironmentHandler(EnvironmentService service) {
        this.service = service;
        this.queries = QueryEndpoints.of(service::query, service::queryMore, service::bulk);
    }

    public void create(Context ctx) {
        answer(ctx, service.create(accountId(ctx), objectBody(ctx)));
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
