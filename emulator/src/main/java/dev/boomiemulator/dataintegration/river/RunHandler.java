package dev.boomiemulator.dataintegration.river;

import static dev.boomiemulator.dataintegration.DiRequests.bool;
import static dev.boomiemulator.dataintegration.DiRequests.caller;
import static dev.boomiemulator.dataintegration.DiRequests.envelope;
import static dev.boomiemulator.dataintegration.DiRequests.environmentId;
import static dev.boomiemulator.dataintegration.DiRequests.id;
import static dev.boomiemulator.dataintegration.DiRequests.page;
import static dev.boomiemulator.dataintegration.DiRequests.query;
import static dev.boomiemulator.dataintegration.DiRequests.time;

import dev.boomiemulator.dataintegration.DataIntegrationException;
import dev.boomiemulator.dataintegration.DataIntegrationException.ValidationItem;
import io.javalin.http.Context;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * HTTP for running data flows, their runs (activities) and run logs.
 *
 * @see <a href="https://developer.boomi.com/docs/api/data-integration">Boomi: Data Integration API</a>
 */
public final class RunHandler {
    private final RunService service;

    public RunHandler(RunService service) {
        this.service = service;
    }

    public void run(Context ctx) {
        ctx.status(202).json(service.run(caller(ctx), environmentId(ctx), id(ctx, RiverHandler.RIVER_ID),
                bool(ctx, "run_sub_rivers")));
    }

    public void list(Context ctx) {
        var caller = caller(ctx);
        String environmentId = environmentId(ctx);
        String riverId = id(ctx, RiverHandler.RIVER_ID);
        Optional<Instant> start = time(ctx, "start_time");
        Optional<Instant> end = time(ctx, "end_time");
        List<ValidationItem> missing = new ArrayList<>();
        if (start.isEmpty()) {
            missing.add(ValidationItem.missing("query", "start_time"));
        }
        if (end.isEmpty()) {
            missing.add(ValidationItem.missing("query", "end_time"));
        }
        if (!missing.isEmpty()) {
            throw DataIntegrationException.validation(missing);
        }
        var query = new RunService.RunQuery(start.get(), end.get(),
                query(ctx, "target_name").orElse(null),
                query(ctx, "run_group_id").orElse(null),
                query(ctx, "sub_river_id").orElse(null),
                query(ctx, "sort_by").orElse("start_time"),
                query(ctx, "sort_order").orElse("desc").equals("asc"));
        ctx.json(envelope(ctx, service.list(caller, environmentId, riverId, query, page(ctx)), caller, environmentId,
                Map.of("river_cross_id", riverId)));
    }

    public void get(Context ctx) {
        ctx.json(service.get(caller(ctx), environmentId(ctx), id(ctx, RiverHandler.RIVER_ID), id(ctx, "run_id")));
    }

    /** 200 {@code text/csv} with the log lines, or 204 when the run has none (yet, or any more). */
    public void logs(Context ctx) {
        Optional<String> csv = service.logs(caller(ctx), environmentId(ctx), id(ctx, RiverHandler.RIVER_ID),
                id(ctx, "run_id"));
        if (csv.isPresent()) {
            ctx.status(200).contentType("text/csv; charset=utf-8").result(csv.get());
        } else {
            ctx.status(204).result("");
        }
    }
}
