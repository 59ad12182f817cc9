package dev.boomiemulator.dataintegration.connection;

import static dev.boomiemulator.dataintegration.DiRequests.caller;
import static dev.boomiemulator.dataintegration.DiRequests.envelope;
import static dev.boomiemulator.dataintegration.DiRequests.environmentId;
import static dev.boomiemulator.dataintegration.DiRequests.id;
import static dev.boomiemulator.dataintegration.DiRequests.jsonNull;
import static dev.boomiemulator.dataintegration.DiRequests.objectBody;
import static dev.boomiemulator.dataintegration.DiRequests.page;
import static dev.boomiemulator.dataintegration.DiRequests.query;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * HTTP for connections and their table catalogue.
 *
 * @see <a href="https://developer.boomi.com/docs/api/data-integration">Boomi: Data Integration API</a>
 */
public final class ConnectionHandler {
    private static final String ID = "connection_cross_id";

    private final ConnectionService service;

    public ConnectionHandler(ConnectionService service) {
        this.service = service;
    }

    public void list(Context ctx) {
        var caller = caller(ctx);
        String environmentId = environmentId(ctx);
        ctx.json(envelope(ctx, service.list(caller, environmentId, page(ctx)), caller, environmentId, Map.of()));
    }

    public void get(Context ctx) {
        ctx.json(service.get(caller(ctx), environmentId(ctx), id(ctx, ID)));
    }

    public void create(Context ctx) {
        ctx.status(201).json(service.create(caller(ctx), environmentId(ctx), objectBody(ctx)));
    }

    public void update(Context ctx) {
        ctx.json(service.update(caller(ctx), environmentId(ctx), id(ctx, ID), objectBody(ctx)));
    }

    public void delete(Context ctx) {
        service.delete(caller(ctx), environmentId(ctx), id(ctx, ID));
        jsonNull(ctx);
    }

    public void schemas(Context ctx) {
        var caller = caller(ctx);
        String environmentId = environmentId(ctx);
        String id = id(ctx, ID);
        ctx.json(envelope(ctx, service.schemas(caller, environmentId, id, page(ctx)), caller, environmentId,
                Map.of("connection_cross_id", id)));
    }

    public void tables(Context ctx) {
        var caller = caller(ctx);
        String environmentId = environmentId(ctx);
        String id = id(ctx, ID);
        String schemaName = query(ctx, "schema_name").orElse(null);
        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put("connection_cross_id", id);
        extra.put("schema_name", schemaName);
        ctx.json(envelope(ctx, service.tables(caller, environmentId, id, schemaName, page(ctx)), caller,
                environmentId, extra));
    }
}
