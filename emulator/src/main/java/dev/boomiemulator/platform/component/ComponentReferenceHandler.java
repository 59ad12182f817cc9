package dev.boomiemulator.platform.component;

import static dev.boomiemulator.platform.PlatformAnswers.answer;
import static dev.boomiemulator.platform.PlatformRequests.accountId;

import dev.boomiemulator.platform.QueryEndpoints;
import io.javalin.http.Context;

/**
 * HTTP for ComponentReference and PackagedComponentManifest.
 *
 * @see <a href="https://developer.boomi.com/docs/api/platformapi/ComponentReference">Boomi: ComponentReference object</a>
 */
public final class ComponentReferenceHandler {
    private final ComponentReferenceService service;
    /** ComponentReference query, queryMore and bulk. */
    public final QueryEndpoints references;
    /** PackagedComponentManifest bulk. */
    public final QueryEndpoints manifests;

    public ComponentReferenceHandler(ComponentReferenceService service) {
        this.service = service;
        this.references = QueryEndpoints.of(service::query, service::queryMore, service::bulk);
        this.manifests = QueryEndpoints.of(null, null, service::manifests);
    }

    public void reference(Context ctx) {
        answer(ctx, service.reference(accountId(ctx), ctx.pathParam("componentId")));
    }

    public void manifest(Context ctx) {
        answer(ctx, service.manifest(accountId(ctx), ctx.pathParam("packageId")));
    }
}
