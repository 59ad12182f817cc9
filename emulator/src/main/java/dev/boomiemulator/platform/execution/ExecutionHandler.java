package dev.boomiemulator.platform.execution;

import static dev.boomiemulator.platform.PlatformAnswers.answer;
import static dev.boomiemulator.platform.PlatformRequests.accountId;
import static dev.boomiemulator.platform.PlatformRequests.objectBody;
import static dev.boomiemulator.platform.PlatformRequests.urlOf;
import static dev.boomiemulator.platform.PlatformRequests.user;

import dev.boomiemulator.platform.QueryEndpoints;
import io.javalin.http.Context;

/**
 * HTTP for Platform executions: ExecutionRequest, the legacy executeProcess, and ExecutionRecord.
 *
 * @see <a href="https://developer.boomi.com/docs/api/platformapi/ExecutionRequest">Boomi: ExecutionRequest object</a>
 * @see <a href="https://developer.boomi.com/docs/api/platformapi/ExecutionRecord">Boomi: ExecutionRecord object</a>
 */
public final class ExecutionHandler {
    private final ExecutionRecordService service;
    /** query, queryMore. */
    public final QueryEndpoints queries;

    public ExecutionHandler(ExecutionRecordService service) {
        this.service = service;
        this.queries = QueryEndpoints.of(service::query, service::queryMore);
    }

    public void request(Context ctx) {
        answer(ctx, service.execute(accountId(ctx), user(ctx), path -> urlOf(ctx, path), objectBody(ctx)));
    }

    /** {@code POST cancelExecution/{executionId}}: 202 with no body, as the real service answers. */
    public void cancel(Context ctx) {
        service.cancel(accountId(ctx), ctx.pathParam("executionId"), user(ctx));
        ctx.status(202);
    }

    public void record(Context ctx) {
        AsyncOperationResult result = service.poll(accountId(ctx), ctx.pathParam("requestId"));
        ctx.status(result.responseStatusCode());
        answer(ctx, result);
    }
}
