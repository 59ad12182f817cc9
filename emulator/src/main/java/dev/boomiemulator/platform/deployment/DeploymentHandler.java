package dev.boomiemulator.platform.deployment;

import static dev.boomiemulator.platform.PlatformAnswers.answer;
import static dev.boomiemulator.platform.PlatformRequests.accountId;
import static dev.boomiemulator.platform.PlatformRequests.id;
import static dev.boomiemulator.platform.PlatformRequests.objectBody;
import static dev.boomiemulator.platform.PlatformRequests.user;

import dev.boomiemulator.platform.QueryEndpoints;
import io.javalin.http.Context;

/**
 * HTTP for the Platform DeployedPackage object.
 *
 * @see <a href="https://developer.boomi.com/docs/api/platformapi/DeployedPackage">Boomi: DeployedPackage object</a>
 */
public final class DeploymentHandler {
    private final DeploymentService service;
    /** query, queryMore and bulk. */
    public final QueryEndpoints queries;

    public DeploymentHandler(DeploymentService service) {
        this.service = service;
        this.queries = QueryEndpoints.of(service::query, service::queryMore, service::bulk);
    }

    public void create(Context ctx) {
        answer(ctx, service.create(accountId(ctx), user(ctx), objectBody(ctx)));
    }

    public void get(Context ctx) {
        answer(ctx, service.get(accountId(ctx), id(ctx)));
    }

    public void delete(Context ctx) {
        service.delete(accountId(ctx), id(ctx));
        answer(ctx, true);
    }
}
