package dev.boomiemulator.platform.deployment;

import static dev.boomiemulator.db.jooq.Tables.DEPLOYED_PACKAGE;

import dev.boomiemulator.db.KeyLookup;
import dev.boomiemulator.db.jooq.tables.records.DeployedPackageRecord;
import dev.boomiemulator.platform.packagedcomponent.PackagedComponent;
import dev.boomiemulator.platform.query.FilterProperty;
import dev.boomiemulator.platform.query.QueryDefinition;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
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

    public DeploymentRepository(DSLContext dsl) {
        this.dsl = dsl;
        this.deployedPackageByDeploymentId = new KeyLookup<>(dsl, DEPLOYED_PACKAGE,
                DEPLOYED_PACKAGE.ACCOUNT_ID, DEPLOYED_PACKAGE.DEPLOYMENT_ID);
    }

    public Optional<DeployedPackage> find(String accountId, String deploymentId) {
        return deployedPackageByDeploymentId.fetchOptional(accountId, deploymentId)
                .map(DeploymentRepository::toDeployment);
    }

    /** The active deployment of a component in an environment, if any. */
    public Optional<DeployedPackage> active(String accountId, String componentId, String environmentId) {
        return dsl.selectFrom(DEPLOYED_PACKAGE)
                .where(DEPLOYED_PACKAGE.ACCOUNT_ID.eq(accountId)
                        .and(DEPLOYED_PACKAGE.COMPONENT_ID.eq(componentId))
                        .and(DEPLOYED_PACKAGE.ENVIRONMENT_ID.eq(environmentId))
                        .and(DEPLOYED_PACKAGE.ACTIVE.isTrue()))
                .fetchOptional()
                .map(DeploymentRepository::toDeployment);
    }

    /** The version the next deployment of a component to an environment gets. */
    public int nextVersion(String accountId, String componentId, String environmentId) {
        Integer highest = dsl.select(DSL.max(DEPLOYED_PACKAGE.VERSION)).from(DEPLOYED_PACKAGE)
                .where(DEPLOYED_PACKAGE.ACCOUNT_ID.eq(accountId)
                        .and(DEPLOYED_PACKAGE.COMPONENT_ID.eq(componentId))
                        .and(DEPLOYED_PACKAGE.ENVIRONMENT_ID.eq(environmentId)))
                .fetchOne(0, Integer.class);
        return highest == null ? 1 : highest + 1;
    }

    public void insert(String accountId, DeployedPackage deployment, PackagedComponent pkg, String environmentName,
                       String componentName) {
        dsl.insertInto(DEPLOYED_PACKAGE)
                .set(DEPLOYED_PACKAGE.ACCOUNT_ID, accountId)
                .set(DEPLOYED_PACKAGE.DEPLOYMENT_ID, deployment.deploymentId())
                .set(DEPLOYED_PACKAGE.ENVIRONMENT_ID, deployment.environmentId())
                .set(DEPLOYED_PACKAGE.ENVIRONMENT_NAME, environmentName)
                .set(DEPLOYED_PACKAGE.PACKAGE_ID, pkg.packageId())
                .set(DEPLOYED_PACKAGE.PACKAGE_VERSION, pkg.packageVersion())
                .set(DEPLOYED_PACKAGE.PACKAGE_NOTES, pkg.notes())
                .set(DEPLOYED_PACKAGE.COMPONENT_ID, pkg.componentId())
                .set(DEPLOYED_PACKAGE.COMPONENT_NAME, componentName)
                .set(DEPLOYED_PACKAGE.COMPONENT_TYPE, pkg.componentType())
                .set(DEPLOYED_PACKAGE.COMPONENT_VERSION, pkg.version())
                .set(DEPLOYED_PACKAGE.COMPONENT_VERSION_AS_TEXT, pkg.versionAsText())
                .set(DEPLOYED_PACKAGE.NOTES, deployment.notes())
                .set(DEPLOYED_PACKAGE.DEPLOYED_DATE, deployment.deployedDate().atOffset(ZoneOffset.UTC))
                .set(DEPLOYED_PACKAGE.DEPLOYED_BY, deployment.deployedBy())
                .set(DEPLOYED_PACKAGE.ACTIVE, deployment.active())
                .set(DEPLOYED_PACKAGE.VERSION, deployment.version())
                .set(DEPLOYED_PACKAGE.LISTENER_STATUS, deployment.listenerStatus())
                .execute();
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
