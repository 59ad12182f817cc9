package dev.boomiemulator.platform.extensions;

import static dev.boomiemulator.db.jooq.Tables.COMPONENT_CONTENT;
import static dev.boomiemulator.db.jooq.Tables.COMPONENT_REFERENCE;
import static dev.boomiemulator.db.jooq.Tables.COMPONENT_VERSION;
import static dev.boomiemulator.db.jooq.Tables.DEPLOYED_PACKAGE;

import java.util.List;
import org.jooq.DSLContext;

/** What an environment's deployments make extensible, read from the store. */
final class ExtensionsRepository {
    private final DSLContext dsl;

    ExtensionsRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * The connection components the processes actively deployed to the environment reference (at their deployed
     * versions), each at its current version, in the order first referenced.
     */
    List<ExtensibleConnection> connections(String accountId, String environmentId) {
        return dsl.selectDistinct(COMPONENT_VERSION.COMPONENT_ID, COMPONENT_VERSION.NAME, COMPONENT_CONTENT.OBJECT_XML)
                .from(DEPLOYED_PACKAGE)
                .join(COMPONENT_REFERENCE).on(COMPONENT_REFERENCE.ACCOUNT_ID.eq(DEPLOYED_PACKAGE.ACCOUNT_ID)
                        .and(COMPONENT_REFERENCE.PARENT_COMPONENT_ID.eq(DEPLOYED_PACKAGE.COMPONENT_ID))
                        .and(COMPONENT_REFERENCE.PARENT_VERSION.eq(DEPLOYED_PACKAGE.COMPONENT_VERSION)))
                .join(COMPONENT_VERSION).on(COMPONENT_VERSION.ACCOUNT_ID.eq(COMPONENT_REFERENCE.ACCOUNT_ID)
                        .and(COMPONENT_VERSION.COMPONENT_ID.eq(COMPONENT_REFERENCE.COMPONENT_ID))
                        .and(COMPONENT_VERSION.CURRENT_VERSION.isTrue()))
                .leftJoin(COMPONENT_CONTENT).on(COMPONENT_CONTENT.ACCOUNT_ID.eq(COMPONENT_VERSION.ACCOUNT_ID)
                        .and(COMPONENT_CONTENT.COMPONENT_ID.eq(COMPONENT_VERSION.COMPONENT_ID))
                        .and(COMPONENT_CONTENT.VERSION.eq(COMPONENT_VERSION.VERSION)))
                .where(DEPLOYED_PACKAGE.ACCOUNT_ID.eq(accountId).and(DEPLOYED_PACKAGE.ENVIRONMENT_ID.eq(environmentId))
                        .and(DEPLOYED_PACKAGE.ACTIVE.isTrue()).and(COMPONENT_VERSION.DELETED.isFalse())
                        .and(COMPONENT_VERSION.TYPE.startsWith("connector-settings")))
                .orderBy(COMPONENT_VERSION.COMPONENT_ID)
                .fetch(row -> ExtensibleConnection.of(row.value1(), row.value2(), row.value3()));
    }
}
