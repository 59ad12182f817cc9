package dev.boomiemulator.platform.componentmetadata;

import static dev.boomiemulator.platform.PlatformAnswers.answer;
import static dev.boomiemulator.platform.PlatformRequests.accountId;
import static dev.boomiemulator.platform.PlatformRequests.id;

import dev.boomiemulator.platform.QueryEndpoints;
import io.javalin.http.Context;

/**
 * HTTP for the Platform ComponentMetadata object.
 *
 * @see <a href="https://developer.boomi.com/docs/api/platformapi/ComponentMetadata">Boomi: ComponentMetadata object</a>
 */
public final class ComponentMetadataHandler {
    private final ComponentMetadataService service;
    /** query, queryMore and bulk. */
    public final QueryEndpoints queries;

    public ComponentMetadataHandler(ComponentMetadataService service) {
        this.service = service;
        this.queries = QueryEndpoints.of(service::query, service::queryMore, service::bulk);
    }

    public void get(Context ctx) {
        answer(ctx, service.get(accountId(ctx), id(ctx)));
    }
}
