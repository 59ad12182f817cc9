package dev.boomiemulator.platform.listener;

import static dev.boomiemulator.db.jooq.Tables.DEPLOYED_PACKAGE;
import static dev.boomiemulator.db.jooq.Tables.ENVIRONMENT_ATOM_ATTACHMENT;
import static dev.boomiemulator.db.jooq.Tables.LISTENER_STATE;

import dev.boomiemulator.platform.generic.AsyncRequests;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;

/** Listeners in the store: deployed listener processes of an Atom's environment, and their changed statuses. */
final class ListenerRepository {
    private final DSLContext dsl;
    private final AsyncRequests asyncRequests;

    ListenerRepository(DSLContext dsl) {
        this.dsl = dsl;
        this.asyncRequests = new AsyncRequests(dsl);
    }

    /**
     * The listener processes an Atom runs, with the status their deployment gives them: the active deployments
     * with a listenerStatus to the environment the Atom is attached to.
     */
    Map<String, String> deployedListeners(String accountId, String atomId) {
        Map<String, String> listeners = new LinkedHashMap<>();
        dsl.select(DEPLOYED_PACKAGE.COMPONENT_ID, DEPLOYED_PACKAGE.LISTENER_STATUS)
                .from(DEPLOYED_PACKAGE).join(ENVIRONMENT_ATOM_ATTACHMENT)
                .on(ENVIRONMENT_ATOM_ATTACHMENT.ACCOUNT_ID.eq(DEPLOYED_PACKAGE.ACCOUNT_ID)
                        .and(ENVIRONMENT_ATOM_ATTACHMENT.ENVIRONMENT_ID.eq(DEPLOYED_PACKAGE.ENVIRONMENT_ID)))
                .where(DEPLOYED_PACKAGE.ACCOUNT_ID.eq(accountId).and(ENVIRONMENT_ATOM_ATTACHMENT.ATOM_ID.eq(atomId))
                        .and(DEPLOYED_PACKAGE.ACTIVE.isTrue()).and(DEPLOYED_PACKAGE.LISTENER_STATUS.isNotNull()))
                .orderBy(DEPLOYED_PACKAGE.SEQ)
                .forEach(row -> listeners.put(row.value1(),
                        row.value2().equals("PAUSED") ? ListenerService.PAUSED : ListenerService.LISTENING));
        return listeners;
    }

    /** The changed status of a listener as of {@code now}, if it was ever changed. */
    Optional<String> changedStatus(String accountId, String atomId, String listenerId, Instant now) {
        return dsl.selectFrom(LISTENER_STATE)
                .where(LISTENER_STATE.ACCOUNT_ID.eq(accountId).and(LISTENER_STATE.CONTAINER_ID.eq(atomId))
                        .and(LISTENER_STATE.LISTENER_ID.eq(listenerId)))
                .fetchOptional(row -> row.getEffectiveAt().toInstant().isAfter(now)
                        ? row.getPreviousStatus() : row.getStatus());
    }

    void change(String accountId, String atomId, String listenerId, String status, String previous, Instant at) {
        dsl.deleteFrom(LISTENER_STATE)
                .where(LISTENER_STATE.ACCOUNT_ID.eq(accountId).and(LISTENER_STATE.CONTAINER_ID.eq(atomId))
                        .and(LISTENER_STATE.LISTENER_ID.eq(listenerId)))
                .execute();
        dsl.insertInto(LISTENER_STATE)
                .set(LISTENER_STATE.ACCOUNT_ID, accountId)
                .set(LISTENER_STATE.CONTAINER_ID, atomId)
                .set(LISTENER_STATE.LISTENER_ID, listenerId)
                .set(LISTENER_STATE.STATUS, status)
                .set(LISTENER_STATE.PREVIOUS_STATUS, previous)
                .set(LISTENER_STATE.EFFECTIVE_AT, at.atOffset(ZoneOffset.UTC))
                .execute();
    }

    /** A status query, kept until its result is asked for: the Atom and the listener (or "" for all). */
    void insertQuery(String token, String accountId, String atomId, String listenerId, Instant now) {
        String subject = atomId + "\n" + (listenerId == null ? "" : listenerId);
        asyncRequests.insert(token, accountId, "ListenerStatus", subject, now);
    }

    /** {Atom, listener or ""} of a status query. */
    Optional<String[]> query(String token, String accountId) {
        return asyncRequests.find(token, accountId, "ListenerStatus").map(subject -> subject.split("\n", -1));
    }
}
