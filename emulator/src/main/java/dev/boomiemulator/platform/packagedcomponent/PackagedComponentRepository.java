package dev.boomiemulator.platform.packagedcomponent;

import static dev.boomiemulator.db.jooq.Tables.DEPLOYED_PACKAGE;
import static dev.boomiemulator.db.jooq.Tables.PACKAGED_COMPONENT;

import dev.boomiemulator.db.KeyLookup;
import dev.boomiemulator.db.jooq.tables.records.PackagedComponentRecord;
import dev.boomiemulator.platform.query.FilterProperty;
import dev.boomiemulator.platform.query.QueryDefinition;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;

/** Packaged components in the store, always within one account. */
public final class PackagedComponentRepository {
    public static final QueryDefinition<PackagedComponentRecord> QUERY = new QueryDefinition<>(
            "PackagedComponent", PACKAGED_COMPONENT, PACKAGED_COMPONENT.ACCOUNT_ID, PACKAGED_COMPONENT.SEQ,
            List.of(
                    FilterProperty.string("packageId", PACKAGED_COMPONENT.PACKAGE_ID),
                    FilterProperty.string("componentId", PACKAGED_COMPONENT.COMPONENT_ID),
                    FilterProperty.number("componentVersion", PACKAGED_COMPONENT.COMPONENT_VERSION),
                    FilterProperty.enumeration("componentType", PACKAGED_COMPONENT.COMPONENT_TYPE),
                    FilterProperty.string("packageVersion", PACKAGED_COMPONENT.PACKAGE_VERSION),
                    FilterProperty.date("createdDate", PACKAGED_COMPONENT.CREATED_DATE),
                    FilterProperty.string("createdBy", PACKAGED_COMPONENT.CREATED_BY),
                    FilterProperty.string("notes", PACKAGED_COMPONENT.NOTES),
                    FilterProperty.bool("shareable", PACKAGED_COMPONENT.SHAREABLE),
                    FilterProperty.bool("deleted", PACKAGED_COMPONENT.DELETED),
                    FilterProperty.string("branchName", PACKAGED_COMPONENT.BRANCH_NAME)),
            List.of(),
            PackagedComponentRepository::toPackage);

    private final DSLContext dsl;
    /** A get by key: its SQL rendered once ({@link KeyLookup}). */
    private final KeyLookup<PackagedComponentRecord> packagedComponentByPackageId;

    public PackagedComponentRepository(DSLContext dsl) {
        this.dsl = dsl;
        this.packagedComponentByPackageId = new KeyLookup<>(dsl, PACKAGED_COMPONENT,
                PACKAGED_COMPONENT.ACCOUNT_ID, PACKAGED_COMPONENT.PACKAGE_ID);
    }

    public Optional<PackagedComponent> find(String accountId, String packageId) {
        return packagedComponentByPackageId.fetchOptional(accountId, packageId)
                .map(PackagedComponentRepository::toPackage);
    }

    public Optional<PackagedComponent> findVersion(String accountId, String componentId, String packageVersion) {
        return dsl.selectFrom(PACKAGED_COMPONENT)
                .where(PACKAGED_COMPONENT.ACCOUNT_ID.eq(accountId)
                        .and(PACKAGED_COMPONENT.COMPONENT_ID.eq(componentId))
                        .and(PACKAGED_COMPONENT.PACKAGE_VERSION.eq(packageVersion)))
                .fetchOptional()
                .map(PackagedComponentRepository::toPackage);
    }

    /** The package versions of the component's packages that start with {@code prefix} (through the unique key). */
    public List<String> packageVersionsStartingWith(String accountId, String componentId, String prefix) {
        return dsl.select(PACKAGED_COMPONENT.PACKAGE_VERSION).from(PACKAGED_COMPONENT)
                .where(PACKAGED_COMPONENT.ACCOUNT_ID.eq(accountId)
                        .and(PACKAGED_COMPONENT.COMPONENT_ID.eq(componentId))
                        .and(PACKAGED_COMPONENT.PACKAGE_VERSION.startsWith(prefix)))
                .fetch(PACKAGED_COMPONENT.PACKAGE_VERSION);
    }

    public void insert(String accountId, PackagedComponent pkg) {
        dsl.insertInto(PACKAGED_COMPONENT)
                .set(PACKAGED_COMPONENT.ACCOUNT_ID, accountId)
                .set(PACKAGED_COMPONENT.PACKAGE_ID, pkg.packageId())
                .set(PACKAGED_COMPONENT.COMPONENT_ID, pkg.componentId())
                .set(PACKAGED_COMPONENT.COMPONENT_VERSION, pkg.version())
                .set(PACKAGED_COMPONENT.COMPONENT_VERSION_AS_TEXT, pkg.versionAsText())
                .set(PACKAGED_COMPONENT.COMPONENT_TYPE, pkg.componentType())
                .set(PACKAGED_COMPONENT.PACKAGE_VERSION, pkg.packageVersion())
                .set(PACKAGED_COMPONENT.NOTES, pkg.notes())
                .set(PACKAGED_COMPONENT.CREATED_DATE, pkg.createdDate().atOffset(ZoneOffset.UTC))
                .set(PACKAGED_COMPONENT.CREATED_BY, pkg.createdBy())
                .set(PACKAGED_COMPONENT.SHAREABLE, pkg.shareable())
                .set(PACKAGED_COMPONENT.DELETED, pkg.deleted())
                .set(PACKAGED_COMPONENT.BRANCH_NAME, pkg.branchName())
                .execute();
    }

    /** Whether an active deployment uses the package. */
    public boolean isDeployed(String accountId, String packageId) {
        return dsl.fetchExists(DEPLOYED_PACKAGE, DEPLOYED_PACKAGE.ACCOUNT_ID.eq(accountId)
                .and(DEPLOYED_PACKAGE.PACKAGE_ID.eq(packageId)).and(DEPLOYED_PACKAGE.ACTIVE.isTrue()));
    }

    public void markDeleted(String accountId, String packageId) {
        dsl.update(PACKAGED_COMPONENT).set(PACKAGED_COMPONENT.DELETED, true)
                .where(PACKAGED_COMPONENT.ACCOUNT_ID.eq(accountId).and(PACKAGED_COMPONENT.PACKAGE_ID.eq(packageId)))
                .execute();
    }

    private static PackagedComponent toPackage(PackagedComponentRecord row) {
        Object version = row.getComponentVersionAsText() ? String.valueOf(row.getComponentVersion()) : row.getComponentVersion();
        return new PackagedComponent(row.getPackageId(), row.getPackageVersion(), row.getComponentId(), version,
                row.getComponentType(), row.getCreatedDate().toInstant(), row.getCreatedBy(), row.getNotes(),
                row.getShareable(), row.getDeleted(), row.getBranchName());
    }
}
