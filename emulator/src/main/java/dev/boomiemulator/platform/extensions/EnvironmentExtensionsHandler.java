package dev.boomiemulator.platform.extensions;

import static dev.boomiemulator.platform.PlatformAnswers.answer;
import static dev.boomiemulator.platform.PlatformRequests.accountId;
import static dev.boomiemulator.platform.PlatformRequests.id;
import static dev.boomiemulator.platform.PlatformRequests.objectBody;

import dev.boomiemulator.platform.PlatformException;
import dev.boomiemulator.platform.QueryEndpoints;
import io.javalin.http.Context;

/**
 * HTTP for EnvironmentExtensions.
 *
 * @see <a href="https://developer.boomi.com/docs/api/platformapi/EnvironmentExtensions">Boomi: EnvironmentExtensions</a>
 */
public final class EnvironmentExtensionsHandler {
    private final EnvironmentExtensionsService service;
    /** query (one page: one environment), queryMore (never a next page) and bulk. */
    public final QueryEndpoints queries;

    public EnvironmentExtensionsHandler(EnvironmentExtensionsService service) {
        this.service = service;
        this.queries = QueryEndpoints.of(service::query, (account, token) -> {
            throw PlatformException.badRequest("An EnvironmentExtensions query has one page; there is no queryToken.");
        }, service::bulk);
    }

    public void get(Context ctx) {
        answer(ctx, service.get(accountId(ctx), id(ctx)));
    }

    public void update(Context ctx) {
        answer(ctx, service.update(accountId(ctx), id(ctx), objectBody(ctx)));
    }
}
