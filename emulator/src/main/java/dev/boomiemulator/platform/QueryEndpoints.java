package dev.boomiemulator.platform;

import static dev.boomiemulator.platform.PlatformAnswers.answer;
import static dev.boomiemulator.platform.PlatformRequests.accountId;
import static dev.boomiemulator.platform.PlatformRequests.body;

import com.fasterxml.jackson.databind.JsonNode;
import dev.boomiemulator.platform.query.QueryResult;
import io.javalin.http.Context;

/**
 * The query, queryMore and bulk endpoints of one queryable Platform object. They read the same way for
 * every object (the account from the path, a QueryFilter body or a bare token), so each object's
 * handler exposes one of these, built from its service's methods, instead of writing them again.
 */
public final class QueryEndpoints {
    @FunctionalInterface
    public interface Query {
        QueryResult run(String accountId, JsonNode body);
    }

    @FunctionalInterface
    public interface QueryMore {
        QueryResult run(String accountId, String token);
    }

    @FunctionalInterface
    public interface Bulk {
        BulkGet.BulkResult run(String accountId, JsonNode body);
    }

    private final Query query;
    private final QueryMore queryMore;
    private final Bulk bulk;

    private QueryEndpoints(Query query, QueryMore queryMore, Bulk bulk) {
        this.query = query;
        this.queryMore = queryMore;
        this.bulk = bulk;
    }

    /** An object with query and queryMore only. */
    public static QueryEndpoints of(Query query, QueryMore queryMore) {
        return new QueryEndpoints(query, queryMore, null);
    }

    public static QueryEndpoints of(Query query, QueryMore queryMore, Bulk bulk) {
        return new QueryEndpoints(query, queryMore, bulk);
    }

    public void query(Context ctx) {
        answer(ctx, query.run(accountId(ctx), body(ctx)));
    }

    /** The bare token is the body, whatever the Content-Type. */
    public void queryMore(Context ctx) {
        answer(ctx, queryMore.run(accountId(ctx), ctx.body()));
    }

    public void bulk(Context ctx) {
        if (bulk == null) {
            throw new IllegalStateException("no bulk endpoint for this object");
        }
        answer(ctx, bulk.run(accountId(ctx), body(ctx)));
    }
}
