package dev.boomiemulator.platform.componentmetadata;

import static dev.boomiemulator.db.jooq.Tables.COMPONENT_VERSION;

import dev.boomiemulator.db.jooq.tables.records.ComponentVersionRecord;
import dev.boomiemulator.platform.query.FilterProperty;
import dev.boomiemulator.platform.query.QueryDefinition;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;

/** Component versions in the store (written by the Process object), always within one account. */
public final class ComponentMetadataRepository {
    /** The real service's filterable ComponentMetadata properties. */
    public static final QueryDefinition<ComponentVersionRecord> QUERY = new QueryDefinition<>(
            "ComponentMetadata", COMPONENT_VERSION, COMPONENT_VERSION.ACCOUNT_ID, COMPONENT_VERSION.SEQ,
            List.of(
                    FilterProperty.string("accountId", COMPONENT_VERSION.ACCOUNT_ID),
                    FilterProperty.string("componentId", COMPONENT_VERSION.COMPONENT_ID),
                    FilterProperty.number("version", COMPONENT_VERSION.VERSION),
                    FilterProperty.string("name", COMPONENT_VERSION.NAME),
                    FilterProperty.enumeration("type", COMPONENT_VERSION.TYPE),
                    FilterProperty.string("subType", COMPONENT_VERSION.SUB_TYPE),
                    FilterProperty.date("createdDate", COMPONENT_VERSION.CREATED_DATE),
                    FilterProperty.string("createdBy", COMPONENT_VERSION.CREATED_BY),
                    FilterProperty.date("modifiedDate", COMPONENT_VERSION.MODIFIED_DATE),
                    FilterProperty.string("modifiedBy", COMPONENT_VERSION.MODIFIED_BY),
                    FilterProperty.bool("deleted", COMPONENT_VERSION.DELETED),
                    FilterProperty.bool("currentVersion", COMPONENT_VERSION.CURRENT_VERSION),
                    FilterProperty.string("folderName", COMPONENT_VERSION.FOLDER_NAME),
                    FilterProperty.string("folderId", COMPONENT_VERSION.FOLDER_ID),
                    FilterProperty.string("copiedFromComponentId", COMPONENT_VERSION.COPIED_FROM_COMPONENT_ID),
                    FilterProperty.number("copiedFromComponentVersion", COMPONENT_VERSION.COPIED_FROM_COMPONENT_VERSION),
                    FilterProperty.string("branchName", COMPONENT_VERSION.BRANCH_NAME),
                    FilterProperty.string("branchId", COMPONENT_VERSION.BRANCH_ID)),
            List.of(),
            ComponentMetadataRepository::toMetadata);

    private final DSLContext dsl;

    public ComponentMetadataRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The current version of a component (deleted ones included). */
    public Optional<ComponentMetadata> current(String accountId, String componentId) {
        return dsl.selectFrom(COMPONENT_VERSION)
                .where(COMPONENT_VERSION.ACCOUNT_ID.eq(accountId)
                        .and(COMPONENT_VERSION.COMPONENT_ID.eq(componentId))
                        .and(COMPONENT_VERSION.CURRENT_VERSION.isTrue()))
                .fetchOptional()
                .map(ComponentMetadataRepository::toMetadata);
    }

    private static ComponentMetadata toMetadata(ComponentVersionRecord row) {
        return new ComponentMetadata(row.getComponentId(), row.getVersion(), row.getName(), row.getType(),
                row.getSubType(), row.getCreatedDate().toInstant(), row.getCreatedBy(),
                row.getModifiedDate().toInstant(), row.getModifiedBy(), row.getDeleted(), row.getCurrentVersion(),
                row.getFolderName(), row.getFolderId(), row.getCopiedFromComponentId(),
                row.getCopiedFromComponentVersion(), row.getBranchName(), row.getBranchId());
    }
}
