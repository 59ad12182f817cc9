package dev.boomiemulator.dataintegration.environment;

import static dev.boomiemulator.dataintegration.DiRequests.bool;
import static dev.boomiemulator.dataintegration.DiRequests.caller;
import static dev.boomiemulator.dataintegration.DiRequests.environmentId;
import static dev.boomiemulator.dataintegration.DiRequests.envelope;
import static dev.boomiemulator.dataintegration.DiRequests.objectBody;
import static dev.boomiemulator.dataintegration.DiRequests.page;

import io.javalin.http.Context;
import java.util.Map;

/**
 * HTTP for environments and their variables.
 *
 * @see <a href="https://developer.boomi.com/docs/api/data-integration">Boomi: Data Integration API</a>
 */
public final class EnvironmentHandler {
    private final EnvironmentService service;

    public EnvironmentHandler(EnvironmentService service) {
        this.service = service;
    }

    /** {@code GET /v1/accounts/{account_id}/environments}. */
    public void list(Context ctx) {
        var caller = caller(ctx);
        ctx.json(envelope(ctx, service.list(caller, bool(ctx, "include_deleted"), page(ctx)), caller, null, Map.of()));
    }

    /** {@code GET .../variables}. */
    public void variables(Context ctx) {
        ctx.json(Map.of("variables", service.variables(caller(ctx), environmentId(ctx))));
    }

    /** {@code PUT .../variables}: 200. */
    public void putVariables(Context ctx) {
        ctx.json(Map.of("variables", service.merge(caller(ctx), environmentId(ctx), objectBody(ctx))));
    }

    /** {@code POST .../variables}: 201. */
    public void postVariables(Context ctx) {
        ctx.status(201).json(Map.of("variables", service.merge(caller(ctx), environmentId(ctx), objectBody(ctx))));
    }
}
