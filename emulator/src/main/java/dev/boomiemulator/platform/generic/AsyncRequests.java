package dev.boomiemulator.platform.generic;

import static dev.boomiemulator.db.jooq.Tables.PLATFORM_ASYNC_REQUEST;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.jooq.DSLContext;

/**
 * The tokens of the Platform's asynchronous reads ({@code GET async/X/{id}}, {@code async/ListenerStatus/query}):
 * what each asks for, kept in the database until its result is fetched, so any replica sharing it can answer.
 */
public final class AsyncRequests {
    private final DSLContext dsl;

    public AsyncRequests(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Keeps what a token asks for: an object of a type, by id (or any text the object's rules read back). */
    public void insert(String token, String accountId, String objectType, String subject, Instant now) {
        dsl.insertInto(PLATFORM_ASYNC_REQUEST)
                .set(PLATFORM_ASYNC_REQUEST.TOKEN, token)
                .set(PLATFORM_ASYNC_REQUEST.ACCOUNT_ID, accountId)
                .set(PLATFORM_ASYNC_REQUEST.OBJECT_TYPE, objectType)
                .set(PLATFORM_ASYNC_REQUEST.OBJECT_ID, subject)
                .set(PLATFORM_ASYNC_REQUEST.CREATED, now.atOffset(ZoneOffset.UTC))
                .execute();
    }

    /** What a token of this account and type asked for. */
    public Optional<String> find(String token, String accountId, String objectType) {
        return dsl.select(PLATFORM_ASYNC_REQUEST.OBJECT_ID).from(PLATFORM_ASYNC_REQUEST)
                .where(PLATFORM_ASYNC_REQUEST.TOKEN.eq(token).and(PLATFORM_ASYNC_REQUEST.ACCOUNT_ID.eq(accountId))
                        .and(PLATFORM_ASYNC_REQUEST.OBJECT_TYPE.eq(objectType)))
                .fetchOptional(PLATFORM_ASYNC_REQUEST.OBJECT_ID);
    }
}
