package dev.boomiemulator.platform.deployment;

import static dev.boomiemulator.db.PreparedRead.parameter;
import static dev.boomiemulator.db.jooq.Tables.DEPLOYED_PACKAGE;

import dev.boomiemulator.db.KeyLookup;
import dev.boomiemulator.db.PreparedInsert;
import dev.boomiemulator.db.PreparedRead;
import dev.boomiemulator.db.jooq.tables.records.DeployedPackageRecord;
import dev.boomiemulator.platform.packagedcomponent.PackagedComponent;
import dev.boomiemulator.platform.query.FilterProperty;
import dev.boomiemulator.platform.query.QueryDefinition;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.SortField;
import org.jooq.impl.DSL;

/** Deployments in the store, always within one account. */
public final class DeploymentRepository {
    /** The real service's filterable DeployedPackage properties ({@code current} reads as {@code active}). */
    public static final QueryDefinition<DeployedPackageRecord> QUERY = new QueryDefinition<>(
            "DeployedPackage", DEPLOYED_PACKAGE, DEPLOYED_PACKAGE.ACCOUNT_ID, DEPLOYED_PACKAGE.SEQ,
            List.of(
                    FilterProperty.string("uid", DEPLOYED_PACKAGE.DEPLOYMENT_ID),
                    FilterProperty.string("notes", DEPLOYED_PACKAGE.NOTES),
                    FilterProperty.bool("current", DEPLOYED_PACKAGE.ACTIVE),
                    FilterProperty.string("packageNotes", DEPLOYED_PACKAGE.PACKAGE_NOTES),
                    FilterProperty.bool("active", DEPLOYED_PACKAGE.ACTIVE),
                    FilterProperty.string("componentId", DEPLOYED_PACKAGE.COMPONENT_ID),
                    FilterProperty.number("componentVersion", DEPLOYED_PACKAGE.COMPONENT_VERSION),
                    FilterProperty.string("componentName", DEPLOYED_PACKAGE.COMPONENT_NAME),
                    FilterProperty.enumeration("componentType", DEPLOYED_PACKAGE.COMPONENT_TYPE),
                    FilterProperty.string("deployedBy", DEPLOYED_PACKAGE.DEPLOYED_BY),
                    FilterProperty.date("deployedDate", DEPLOYED_PACKAGE.DEPLOYED_DATE),
                    FilterProperty.string("deploymentId", DEPLOYED_PACKAGE.DEPLOYMENT_ID),
                    FilterProperty.string("environmentId", DEPLOYED_PACKAGE.ENVIRONMENT_ID),
                    FilterProperty.string("environmentName", DEPLOYED_PACKAGE.ENVIRONMENT_NAME),
                    FilterProperty.string("packageId", DEPLOYED_PACKAGE.PACKAGE_ID),
                    FilterProperty.string("packageVersion", DEPLOYED_PACKAGE.PACKAGE_VERSION),
                    FilterProperty.number("version", DEPLOYED_PACKAGE.VERSION),
                    FilterProperty.string("accountId", DEPLOYED_PACKAGE.ACCOUNT_ID),
                    FilterProperty.string("branch", DEPLOYED_PACKAGE.BRANCH_NAME)),
            List.of(),
            DeploymentRepository::toDeployment);

    private final DSLContext dsl;
    /** A get by key: its SQL rendered once ({@link KeyLookup}). */
    private final KeyLookup<DeployedPackageRecord> deployedPackageByDeploymentId;
    /* A deploy's reads and its insert, their SQL rendered once: jOOQ rendering them was a fifth of a deploy's CPU. */
    private final PreparedRead activeOfComponent;
    private final PreparedRead highestVersionOfComponent;
    private final PreparedInsert insert;

    public DeploymentRepository(DSLContext dsl) {
        this.dsl = dsl;
        this.deployedPackageByDeploymentId = new KeyLookup<>(dsl, DEPLOYED_PACKAGE,
                DEPLOYED_PACKAGE.ACCOUNT_ID, DEPLOYED_PACKAGE.DEPLOYMENT_ID);
        Condition componentInEnvironment = DEPLOYED_PACKAGE.ACCOUNT_ID.eq(parameter(DEPLOYED_PACKAGE.ACCOUNT_ID))
                .and(DEPLOYED_PACKAGE.COMPONENT_ID.eq(parameter(DEPLOYED_PACKAGE.COMPONENT_ID)))
                .and(DEPLOYED_PACKAGE.ENVIRONMENT_ID.eq(parameter(DEPLOYED_PACKAGE.ENVIRONMENT_ID)));
        // newest first, in the order of the index (account, component, environment, version descending): H2 reads an
        // index in order, and stops at the first row, only for an ORDER BY that starts with the index's columns
        SortField<?>[] newestFirst = {DEPLOYED_PACKAGE.ACCOUNT_ID.asc(), DEPLOYED_PACKAGE.COMPONENT_ID.asc(),
                DEPLOYED_PACKAGE.ENVIRONMENT_ID.asc(), DEPLOYED_PACKAGE.VERSION.desc()};
        this.activeOfComponent = new PreparedRead(dsl, dsl.selectFrom(DEPLOYED_PACKAGE)
                .where(componentInEnvironment.and(DEPLOYED_PACKAGE.ACTIVE.isTrue()))
                .orderBy(newestFirst).limit(DSL.inline(1)));
        this.highestVersionOfComponent = new PreparedRead(dsl, dsl.select(DEPLOYED_PACKAGE.VERSION)
                .from(DEPLOYED_PACKAGE).where(componentInEnvironment).orderBy(newestFirst).limit(DSL.inline(1)));
        this.insert = PreparedInsert.into(dsl, DEPLOYED_PACKAGE, DEPLOYED_PACKAGE.ACCOUNT_ID,
                DEPLOYED_PACKAGE.DEPLOYMENT_ID, DEPLOYED_PACKAGE.ENVIRONMENT_ID, DEPLOYED_PACKAGE.ENVIRONMENT_NAME,
                DEPLOYED_PACKAGE.PACKAGE_ID, DEPLOYED_PACKAGE.PACKAGE_VERSION, DEPLOYED_PACKAGE.PACKAGE_NOTES,
                DEPLOYED_PACKAGE.COMPONENT_ID, DEPLOYED_PACKAGE.COMPONENT_NAME, DEPLOYED_PACKAGE.COMPONENT_TYPE,
                DEPLOYED_PACKAGE.COMPONENT_VERSION, DEPLOYED_PACKAGE.COMPONENT_VERSION_AS_TEXT, DEPLOYED_PACKAGE.NOTES,
                DEPLOYED_PACKAGE.DEPLOYED_DATE, DEPLOYED_PACKAGE.DEPLOYED_BY, DEPLOYED_PACKAGE.ACTIVE,
                DEPLOYED_PACKAGE.VERSION, DEPLOYED_PACKAGE.LISTENER_STATUS);
    }

    public Optional<DeployedPackage> find(String accountId, String deploymentId) {
        return deployedPackageByDeploymentId.fetchOptional(accountId, deploymentId)
                .map(DeploymentRepository::toDeployment);
    }

    /** The active deployment of a component in an environment, if any. */
    public Optional<DeployedPackage> active(String accountId, String componentId, String environmentId) {
        return activeOfComponent.fetchFirst(DEPLOYED_PACKAGE, accountId, componentId, environmentId)
                .map(DeploymentRepository::toDeployment);
    }

    /** The version the next deployment of a component to an environment gets. */
    public int nextVersion(String accountId, String componentId, String environmentId) {
        return highestVersionOfComponent.fetchFirst(accountId, componentId, environmentId)
                .map(row -> row.get(0, Integer.class) + 1).orElse(1);
    }

    public void insert(String accountId, DeployedPackage deployment, PackagedComponent pkg, String environmentName,
                       String componentName) {
        insert.insert(accountId, deployment.deploymentId(), deployment.environmentId(), environmentName,
                pkg.packageId(), pkg.packageVersion(), pkg.notes(), pkg.componentId(), componentName,
                pkg.componentType(), pkg.version(), pkg.versionAsText(), deployment.notes(),
                deployment.deployedDate().atOffset(ZoneOffset.UTC), deployment.deployedBy(), deployment.active(),
                deployment.version(), deployment.listenerStatus());
    }

    public void deactivate(String accountId, String deploymentId) {
        dsl.update(DEPLOYED_PACKAGE)
                .set(DEPLOYED_PACKAGE.ACTIVE, false)
                .where(DEPLOYED_PACKAGE.ACCOUNT_ID.eq(accountId).and(DEPLOYED_PACKAGE.DEPLOYMENT_ID.eq(deploymentId)))
                .execute();
    }

    static DeployedPackage toDeployment(DeployedPackageRecord row) {
        Object version = row.getComponentVersionAsText() ? String.valueOf(row.getComponentVersion()) : row.getComponentVersion();
        return new DeployedPackage(row.getDeploymentId(), row.getVersion(), row.getPackageId(), row.getPackageVersion(),
                row.getEnvironmentId(), row.getComponentId(), row.getComponentType(), version, row.getNotes(),
                row.getDeployedDate().toInstant(), row.getDeployedBy(), row.getActive(), row.getListenerStatus());
    }
}
