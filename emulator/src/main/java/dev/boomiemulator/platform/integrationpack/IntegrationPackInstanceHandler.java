package dev.boomiemulator.platform.integrationpack;

import static dev.boomiemulator.platform.PlatformAnswers.answer;
import static dev.boomiemulator.platform.PlatformRequests.accountId;
import static dev.boomiemulator.platform.PlatformRequests.body;
import static dev.boomiemulator.platform.PlatformRequests.id;

import dev.boomiemulator.platform.QueryEndpoints;
import io.javalin.http.Context;

/**
 * HTTP for the Platform IntegrationPackInstance and IntegrationPack objects.
 *
 * @see <a href="https://developer.boomi.com/docs/api/platformapi/IntegrationPackInstance">Boomi: IntegrationPackInstance object</a>
 * @see <a href="https://developer.boomi.com/docs/api/platformapi/IntegrationPack">Boomi: IntegrationPack object</a>
 */
public final class IntegrationPackInstanceHandler {
    private final IntegrationPackInstanceService service;
    /** query, queryMore and bulk. */
    public final QueryEndpoints queries;
    /** query, queryMore and bulk of the integration packs. */
    public final QueryEndpoints packQueries;

    public IntegrationPackInstanceHandler(IntegrationPackInstanceService service) {
        this.service = service;
        this.queries = QueryEndpoints.of(service::query, service::queryMore, service::bulk);
        this.packQueries = QueryEndpoints.of(service::queryPacks, service::queryMorePacks, service::bulkPacks);
    }

    public void create(Context ctx) {
        answer(ctx, service.install(accountId(ctx), body(ctx)));
    }

    public void get(Context ctx) {
        answer(ctx, service.get(accountId(ctx), id(ctx)));
    }

    public void delete(Context ctx) {
        service.uninstall(accountId(ctx), id(ctx));
        answer(ctx, true);
    }

    public void getPack(Context ctx) {
        answer(ctx, service.getPack(accountId(ctx), id(ctx)));
    }
}
