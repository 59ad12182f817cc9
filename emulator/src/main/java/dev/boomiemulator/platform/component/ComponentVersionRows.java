package dev.boomiemulator.platform.component;

import static dev.boomiemulator.db.jooq.Tables.COMPONENT_VERSION;

import dev.boomiemulator.db.PreparedInsert;
import java.time.Instant;
import java.time.ZoneOffset;
import org.jooq.DSLContext;

/**
 * The metadata of component versions ({@code component_version}, what ComponentMetadata shows), written for a
 * process by {@code ProcessRepository} and for any other type by {@link ComponentRepository}. One version of a
 * component is current; a save writes the new version as current and takes the flag off the one before.
 */
public final class ComponentVersionRows {
    /** A version's metadata; the branch is null for a process and for a component saved on no branch. */
    public record Version(String componentId, int version, String name, String type, String folderId,
                          String folderName, Instant createdDate, String createdBy, Instant modifiedDate,
                          String modifiedBy, boolean deleted, String branchId, String branchName) {
    }

    private final DSLContext dsl;
    /** Its SQL rendered once ({@link PreparedInsert}): it runs in every save's transaction, in the account's turn. */
    private final PreparedInsert insert;

    public ComponentVersionRows(DSLContext dsl) {
        this.dsl = dsl;
        this.insert = PreparedInsert.into(dsl, COMPONENT_VERSION, COMPONENT_VERSION.ACCOUNT_ID,
                COMPONENT_VERSION.COMPONENT_ID, COMPONENT_VERSION.VERSION, COMPONENT_VERSION.NAME, COMPONENT_VERSION.TYPE,
                COMPONENT_VERSION.FOLDER_ID, COMPONENT_VERSION.FOLDER_NAME, COMPONENT_VERSION.CREATED_DATE,
                COMPONENT_VERSION.CREATED_BY, COMPONENT_VERSION.MODIFIED_DATE, COMPONENT_VERSION.MODIFIED_BY,
                COMPONENT_VERSION.DELETED, COMPONENT_VERSION.CURRENT_VERSION, COMPONENT_VERSION.BRANCH_ID,
                COMPONENT_VERSION.BRANCH_NAME);
    }

    /** Writes a saved version: current from now on, the version current until now no longer. */
    public void insertCurrent(String accountId, Version version) {
        // the current version alone, found by key (V054): the flag on every version rewrote them all on each save
        dsl.update(COMPONENT_VERSION).set(COMPONENT_VERSION.CURRENT_VERSION, false)
                .where(COMPONENT_VERSION.ACCOUNT_ID.eq(accountId)
                        .and(COMPONENT_VERSION.COMPONENT_ID.eq(version.componentId()))
                        .and(COMPONENT_VERSION.CURRENT_VERSION.isTrue()))
                .execute();
        insert(accountId, version, true);
    }

    /** Writes a version of a component none of whose versions is stored yet: current or one before it. */
    public void insert(String accountId, Version version, boolean current) {
        insert.insert(accountId, version.componentId(), version.version(), version.name(), version.type(),
                version.folderId(), version.folderName(), version.createdDate().atOffset(ZoneOffset.UTC),
                version.createdBy(), version.modifiedDate().atOffset(ZoneOffset.UTC), version.modifiedBy(),
                version.deleted(), current, version.branchId(), version.branchName());
    }

    /** Marks every version of the component deleted (its component deleted), or no longer (restored). */
    public void markDeleted(String accountId, String componentId, boolean deleted) {
        dsl.update(COMPONENT_VERSION).set(COMPONENT_VERSION.DELETED, deleted)
                .where(COMPONENT_VERSION.ACCOUNT_ID.eq(accountId).and(COMPONENT_VERSION.COMPONENT_ID.eq(componentId)))
                .execute();
    }
}
