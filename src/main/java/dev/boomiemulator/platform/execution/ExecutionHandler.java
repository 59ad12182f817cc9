package dev.boomiemulator.platform.execution;

import static dev.boomiemulator.platform.PlatformRequests.accountId;
import static dev.boomiemulator.platform.PlatformRequests.accountUrl;
import static dev.boomiemulator.platform.PlatformRequests.body;
import static dev.boomiemulator.platform.PlatformRequests.objectBody;
import static dev.boomiemulator.platform.PlatformRequests.user;

import io.javalin.http.Context;

/**
 * HTTP for Platform executions: ExecutionRequest, the legacy executeProcess, and ExecutionRecord.
 *
 * @see <a href="https://developer.boomi.com/docs/api/platformapi/ExecutionRequest">Boomi: ExecutionRequest object</a>
 * @see <a href="https://developer.boomi.com/docs/api/platformapi/ExecutionRecord">Boomi: ExecutionRecord object</a>
 */
public final class ExecutionHandler {
    private final ExecutionRecordService service;

    public ExecutionHandler(ExecutionRecordService service) {
        this.service = service;
    }

    public void request(Context ctx) {
        ctx.json(service.execute(accountId(ctx), user(ctx), accountUrl(ctx), objectBody(ctx)));
    }

    public void record(Context ctx) {
        AsyncOperationResult result = service.poll(accountId(ctx), ctx.pathParam("requestId"));
        ctx.status(result.responseStatusCode()).json(result);
    }

    public void query(Context ctx) {
        ctx.json(service.query(accountId(ctx), body(ctx)));
    }

    public void queryMore(Context ctx) {
        ctx.json(service.queryMore(accountId(ctx), ctx.body()));
    }
}
