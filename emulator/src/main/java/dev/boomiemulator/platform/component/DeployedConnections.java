package dev.boomiemulator.platform.component;

import static dev.boomiemulator.db.jooq.Tables.COMPONENT_CONTENT;
import static dev.boomiemulator.db.jooq.Tables.COMPONENT_REFERENCE;
import static dev.boomiemulator.db.jooq.Tables.COMPONENT_VERSION;
import static dev.boomiemulator.db.jooq.Tables.DEPLOYED_PACKAGE;
import static dev.boomiemulator.db.jooq.Tables.ENVIRONMENT;

import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;

/**
 * The connection components that actively deployed processes reference (at their deployed versions), each at its
 * current version: what an environment's extensions and the connection licensing report are about.
 */
public final class DeployedConnections {
    /** One connection used by one deployed process in one environment. */
    public record Use(String environmentId, String environmentName, String classification, String processId,
                      String componentId, String name, String type, String objectXml) {
    }

    private final DSLContext dsl;

    public DeployedConnections(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The uses in one environment, or in every environment of the account ({@code environmentId} null). */
    public List<Use> in(String accountId, String environmentId) {
        Condition where = DEPLOYED_PACKAGE.ACCOUNT_ID.eq(accountId).and(DEPLOYED_PACKAGE.ACTIVE.isTrue())
                .and(COMPONENT_VERSION.DELETED.isFalse()).and(COMPONENT_VERSION.TYPE.startsWith("connector-settings"));
        if (environmentId != null) {
            where = where.and(DEPLOYED_PACKAGE.ENVIRONMENT_ID.eq(environmentId));
        }
        return dsl.select(DEPLOYED_PACKAGE.ENVIRONMENT_ID, ENVIRONMENT.NAME, ENVIRONMENT.CLASSIFICATION_CANONICAL,
                        DEPLOYED_PACKAGE.COMPONENT_ID, COMPONENT_VERSION.COMPONENT_ID, COMPONENT_VERSION.NAME,
                        COMPONENT_VERSION.TYPE, COMPONENT_CONTENT.OBJECT_XML)
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
                .leftJoin(ENVIRONMENT).on(ENVIRONMENT.ACCOUNT_ID.eq(DEPLOYED_PACKAGE.ACCOUNT_ID)
                        .and(ENVIRONMENT.ID.eq(DEPLOYED_PACKAGE.ENVIRONMENT_ID)))
                .where(where)
                .orderBy(DEPLOYED_PACKAGE.ENVIRONMENT_ID, COMPONENT_VERSION.COMPONENT_ID, DEPLOYED_PACKAGE.COMPONENT_ID)
                .fetch(row -> new Use(row.value1(), row.value2(), row.value3(), row.value4(), row.value5(),
                        row.value6(), row.value7(), row.value8()));
    }
}
