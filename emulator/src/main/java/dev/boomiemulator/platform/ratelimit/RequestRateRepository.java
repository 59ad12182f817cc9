package dev.boomiemulator.platform.ratelimit;

import static dev.boomiemulator.db.jooq.Tables.PLATFORM_RATE_LIMIT;
import static dev.boomiemulator.db.jooq.Tables.PLATFORM_REQUEST_WINDOW;

import dev.boomiemulator.db.Transactions;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** The rate limit's setting and each account's current one-second window, in the shared database. */
public final class RequestRateRepository {
    private static final int SETTING_ROW = 1;

    private final DSLContext dsl;

    public RequestRateRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Requests per second per account; 0 when there is no limit. */
    public int requestsPerSecond() {
        return dsl.select(PLATFORM_RATE_LIMIT.REQUESTS_PER_SECOND).from(PLATFORM_RATE_LIMIT)
                .where(PLATFORM_RATE_LIMIT.ID.eq(SETTING_ROW))
                .fetchOptional(PLATFORM_RATE_LIMIT.REQUESTS_PER_SECOND).orElse(0);
    }

    public void setRequestsPerSecond(int requestsPerSecond) {
        dsl.mergeInto(PLATFORM_RATE_LIMIT)
                .using(DSL.selectOne())
                .on(PLATFORM_RATE_LIMIT.ID.eq(SETTING_ROW))
                .whenMatchedThenUpdate().set(PLATFORM_RATE_LIMIT.REQUESTS_PER_SECOND, requestsPerSecond)
                .whenNotMatchedThenInsert(PLATFORM_RATE_LIMIT.ID, PLATFORM_RATE_LIMIT.REQUESTS_PER_SECOND)
                .values(SETTING_ROW, requestsPerSecond)
                .execute();
    }

    /**
     * Counts one request of {@code accountId} in the window starting at {@code windowStart} and returns the
     * window's count so far, this request included. A row from an older window starts over at 1. The
     * update holds the row's lock until the transaction commits, so concurrent requests (from any replica)
     * each see their own count.
     */
    public int count(String accountId, Instant windowStart) {
        OffsetDateTime start = windowStart.atOffset(ZoneOffset.UTC);
        // the thread-bound transaction form (see Database): inside it, dsl is the transaction's connection
        return Transactions.retryOnConflict(() -> dsl.transactionResult(() -> {
            if (increment(dsl, accountId, start) == 0) {
                int inserted = dsl.insertInto(PLATFORM_REQUEST_WINDOW)
                        .set(PLATFORM_REQUEST_WINDOW.ACCOUNT_ID, accountId)
                        .set(PLATFORM_REQUEST_WINDOW.WINDOW_START, start)
                        .set(PLATFORM_REQUEST_WINDOW.REQUEST_COUNT, 1)
                        .onDuplicateKeyIgnore()
                        .execute();
                if (inserted == 0) {
                    // another request created the row first: count on it
                    increment(dsl, accountId, start);
                }
            }
            return dsl.select(PLATFORM_REQUEST_WINDOW.REQUEST_COUNT).from(PLATFORM_REQUEST_WINDOW)
                    .where(PLATFORM_REQUEST_WINDOW.ACCOUNT_ID.eq(accountId))
                    .fetchOne(PLATFORM_REQUEST_WINDOW.REQUEST_COUNT);
        }));
    }

    private static int increment(DSLContext t, String accountId, OffsetDateTime start) {
        return t.update(PLATFORM_REQUEST_WINDOW)
                .set(PLATFORM_REQUEST_WINDOW.REQUEST_COUNT, DSL.when(PLATFORM_REQUEST_WINDOW.WINDOW_START.eq(start),
                        PLATFORM_REQUEST_WINDOW.REQUEST_COUNT.plus(1)).otherwise(1))
                .set(PLATFORM_REQUEST_WINDOW.WINDOW_START, start)
                .where(PLATFORM_REQUEST_WINDOW.ACCOUNT_ID.eq(accountId))
                .execute();
    }
}
