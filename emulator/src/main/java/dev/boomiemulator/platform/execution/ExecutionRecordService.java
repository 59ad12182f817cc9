package dev.boomiemulator.platform.execution;

import com.fasterxml.jackson.databind.JsonNode;
import dev.boomiemulator.common.JsonFields;
import dev.boomiemulator.domain.execution.ExecutionPoll;
import dev.boomiemulator.domain.execution.ExecutionService;
import dev.boomiemulator.domain.execution.ExecutionStarted;
import dev.boomiemulator.platform.PlatformException;
import dev.boomiemulator.platform.query.QueryEngine;
import dev.boomiemulator.platform.query.QueryResult;
import java.util.function.UnaryOperator;

/**
 * Platform executions: ExecutionRequest (and the legacy executeProcess) start one through the shared
 * {@link ExecutionService}, which holds the rules; ExecutionRecord reads the records, settled to the
 * emulator clock first.
 */
public final class ExecutionRecordService {
    private final ExecutionService executions;
    private final QueryEngine queries;

    public ExecutionRecordService(ExecutionService executions, QueryEngine queries) {
        this.executions = executions;
        this.queries = queries;
    }

    /** @param urlOf a path under the account → the URL the caller reaches it at, for the recordUrl */
    public ExecutionRequestResult execute(String accountId, String user, UnaryOperator<String> urlOf, JsonNode body) {
        ExecutionStarted started = executions.execute(accountId,
                JsonFields.text(body, "processId").orElse(null),
                JsonFields.text(body, "atomId").orElse(null),
                user);
        return new ExecutionRequestResult(started.requestId(),
                urlOf.apply("ExecutionRecord/async/" + started.requestId()),
                started.processId(), started.processName(), started.atomId(), started.environmentId(),
                object(body, "DynamicProcessProperties"), object(body, "ProcessProperties"));
    }

    public AsyncOperationResult poll(String accountId, String requestId) {
        ExecutionPoll poll = executions.poll(accountId, requestId);
        if (poll instanceof ExecutionPoll.Ready ready) {
            return new AsyncOperationResult(200, ready.records());
        }
        if (poll instanceof ExecutionPoll.Pending) {
            return AsyncOperationResult.pending();
        }
        throw PlatformException.notFound("ExecutionRequest", requestId);
    }

    /** {@code cancelExecution}: the running execution ends now, ABORTED (one UPDATE, so a race with its end is safe). */
    public void cancel(String accountId, String executionId, String user) {
        executions.cancel(accountId, executionId, user);
    }

    public QueryResult query(String accountId, JsonNode body) {
        executions.settle(accountId);
        return queries.query(ExecutionRecordQueries.QUERY, accountId, body);
    }

    public QueryResult queryMore(String accountId, String token) {
        executions.settle(accountId);
        return queries.queryMore(ExecutionRecordQueries.QUERY, accountId, token);
    }

    private static JsonNode object(JsonNode body, String field) {
        JsonNode value = body.get(field);
        return value != null && value.isObject() ? value : null;
    }
}
