package dev.boomiemulator.dataintegration.river;

import static dev.boomiemulator.dataintegration.DiRequests.bool;
import static dev.boomiemulator.dataintegration.DiRequests.caller;
import static dev.boomiemulator.dataintegration.DiRequests.envelope;
import static dev.boomiemulator.dataintegration.DiRequests.environmentId;
import static dev.boomiemulator.dataintegration.DiRequests.id;
import static dev.boomiemulator.dataintegration.DiRequests.jsonNull;
import static dev.boomiemulator.dataintegration.DiRequests.objectBody;
import static dev.boomiemulator.dataintegration.DiRequests.page;
import static dev.boomiemulator.dataintegration.DiRequests.query;
import static dev.boomiemulator.dataintegration.DiRequests.queryAll;

import io.javalin.http.Context;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP for data flows, their activation and the operations that carry it out.
 *
 * @see <a href="https://developer.boomi.com/docs/api/data-integration">Boomi: Data Integration API</a>
 */
public final class RiverHandler {
    static final String RIVER_ID = "river_cross_id";

    private final RiverService service;

    public RiverHandler(RiverService service) {
        this.service = service;
    }

    public void list(Context ctx) {
        var caller = caller(ctx);
        String environmentId = environmentId(ctx);
        var query = new RiverService.ListQuery(
                query(ctx, "name").orElse(null),
                query(ctx, "group_name").orElse(null),
                queryAll(ctx, "group_id"),
                queryAll(ctx, "river_status"),
                queryAll(ctx, "river_type"),
                query(ctx, "schedule").orElse(null),
                query(ctx, "interface_type").orElse(null),
                bool(ctx, "include_deleted"),
                query(ctx, "sort_by").orElse("last_updated_at"),
                query(ctx, "sort_order").orElse("desc").equals("asc"));
        ctx.json(envelope(ctx, service.list(caller, environmentId, query, page(ctx)), caller, environmentId, Map.of()));
    }

    public void create(Context ctx) {
        String crossId = query(ctx, "river_cross_id").map(id -> id.toLowerCase(Locale.ROOT)).orElse(null);
        ctx.status(201).json(service.create(caller(ctx), environmentId(ctx), objectBody(ctx), crossId));
    }

    public void get(Context ctx) {
        ctx.json(service.get(caller(ctx), environmentId(ctx), id(ctx, RIVER_ID)));
    }

    public void update(Context ctx) {
        ctx.json(service.update(caller(ctx), environmentId(ctx), id(ctx, RIVER_ID), objectBody(ctx)));
    }

    public void delete(Context ctx) {
        service.delete(caller(ctx), environmentId(ctx), id(ctx, RIVER_ID));
        jsonNull(ctx);
    }

    public void activate(Context ctx) {
        ctx.status(202).json(service.activate(caller(ctx), environmentId(ctx), id(ctx, RIVER_ID)));
    }

    public void disable(Context ctx) {
        ctx.status(202).json(service.disable(caller(ctx), environmentId(ctx), id(ctx, RIVER_ID)));
    }

    public void operation(Context ctx) {
        ctx.json(service.operation(caller(ctx), environmentId(ctx), id(ctx, "operation_id")));
    }
}
