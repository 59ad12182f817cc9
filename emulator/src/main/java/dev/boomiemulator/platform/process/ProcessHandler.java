package dev.boomiemulator.platform.process;

import static dev.boomiemulator.platform.PlatformAnswers.answer;
import static dev.boomiemulator.platform.PlatformRequests.accountId;
import static dev.boomiemulator.platform.PlatformRequests.id;
import static dev.boomiemulator.platform.PlatformRequests.objectBody;
import static dev.boomiemulator.platform.PlatformRequests.user;

import dev.boomiemulator.platform.QueryEndpoints;
import io.javalin.http.Context;

/**
 * HTTP for the Platform Process object.
 *
 * @see <a href="https://developer.boomi.com/docs/api/platformapi/Process">Boomi: Process object</a>
 */
public final class ProcessHandler {
    private final ProcessService service;
    /** query, queryMore and bulk. */
    public final QueryEndpoints queries;

    public ProcessHandler(ProcessService service) {
        this.service = service;
        this.queries = QueryEndpoints.of(service::query, service::queryMore, service::bulk);
    }

    public void create(Context ctx) {
        answer(ctx, service.create(accountId(ctx), user(ctx), objectBody(ctx)));
    }

    public void get(Context ctx) {
        answer(ctx, service.get(accountId(ctx), id(ctx)));
    }

    public void update(Context ctx) {
        answer(ctx, service.update(accountId(ctx), id(ctx), user(ctx), objectBody(ctx)));
    }

    public void delete(Context ctx) {
        service.delete(accountId(ctx), id(ctx), user(ctx));
        answer(ctx, true);
    }
}
