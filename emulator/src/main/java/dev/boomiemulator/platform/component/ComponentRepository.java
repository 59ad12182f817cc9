package dev.boomiemulator.platform.component;

import static dev.boomiemulator.db.jooq.Tables.COMPONENT_CONTENT;
import static dev.boomiemulator.db.jooq.Tables.COMPONENT_VERSION;

import dev.boomiemulator.db.PreparedInsert;
import dev.boomiemulator.db.PreparedRead;
import dev.boomiemulator.db.jooq.tables.records.ComponentContentRecord;
import dev.boomiemulator.db.jooq.tables.records.ComponentVersionRecord;
import java.util.Arrays;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;

/**
 * Components in the store: the metadata of every version in {@code component_version} (what ComponentMetadata
 * queries), the XML of every version in {@code component_content}. A process's versions are written by
 * {@code ProcessRepository} (its row in {@code process_component} is what packaging and executions read), the
 * content here; any other type's versions are written here too.
 */
final class ComponentRepository {
    /** What a component is while nothing was ever saved of its XML (a process from a fixture): an empty one. */
    private static final String EMPTY_OBJECT = "<%s/>";

    private final ComponentVersionRows versions;
    /** A save's insert of the XML, its SQL rendered once ({@link PreparedInsert}). */
    private final PreparedInsert insertContent;
    private final PreparedRead currentVersion;
    private final PreparedRead numberedVersion;

    ComponentRepository(DSLContext dsl) {
        this.versions = new ComponentVersionRows(dsl);
        this.currentVersion = versionRead(dsl, COMPONENT_VERSION.CURRENT_VERSION.eq(DSL.inline(true)));
        this.numberedVersion = versionRead(dsl,
                COMPONENT_VERSION.VERSION.eq(PreparedRead.parameter(COMPONENT_VERSION.VERSION)));
        this.insertContent = PreparedInsert.into(dsl, COMPONENT_CONTENT, COMPONENT_CONTENT.ACCOUNT_ID,
                COMPONENT_CONTENT.COMPONENT_ID, COMPONENT_CONTENT.VERSION, COMPONENT_CONTENT.DESCRIPTION,
                COMPONENT_CONTENT.OBJECT_XML, COMPONENT_CONTENT.PROCESS_OVERRIDES, COMPONENT_CONTENT.ENCRYPTED_VALUES);
    }

    /** A version of a component ({@code null}: the current one). */
    Optional<Component> find(String accountId, String id, Integer version) {
        var row = version == null ? currentVersion.fetchFirst(accountId, id)
                : numberedVersion.fetchFirst(accountId, id, version);
        return row.map(ComponentRepository::toComponent);
    }

    /**
     * A component version's metadata and XML, the current version or a numbered one: the SQL rendered once for each
     * (jOOQ rendered it on every read: 31% of a component GET's CPU).
     */
    private static PreparedRead versionRead(DSLContext dsl, Condition which) {
        return new PreparedRead(dsl, dsl.select().from(COMPONENT_VERSION).leftJoin(COMPONENT_CONTENT)
                .on(COMPONENT_CONTENT.ACCOUNT_ID.eq(COMPONENT_VERSION.ACCOUNT_ID)
                        .and(COMPONENT_CONTENT.COMPONENT_ID.eq(COMPONENT_VERSION.COMPONENT_ID))
                        .and(COMPONENT_CONTENT.VERSION.eq(COMPONENT_VERSION.VERSION)))
                .where(COMPONENT_VERSION.ACCOUNT_ID.eq(PreparedRead.parameter(COMPONENT_VERSION.ACCOUNT_ID))
                        .and(COMPONENT_VERSION.COMPONENT_ID.eq(PreparedRead.parameter(COMPONENT_VERSION.COMPONENT_ID)))
                        .and(which))
                .orderBy(COMPONENT_VERSION.VERSION.desc())
                .limit(DSL.inline(1)));
    }

    /** Writes the version's metadata (for a type other than process) and its XML. */
    void insertVersion(String accountId, Component component, boolean withMetadata) {
        if (withMetadata) {
            versions.insertCurrent(accountId, new ComponentVersionRows.Version(component.id(), component.version(),
                    component.name(), component.type(), component.folderId(), component.folderName(),
                    component.createdDate(), component.createdBy(), component.modifiedDate(), component.modifiedBy(),
                    component.deleted(), component.branchId(), component.branchName()));
        }
        insertContent.insert(accountId, component.id(), component.version(), component.description(),
                component.objectXml(), component.processOverridesXml(), component.encryptedValuesXml());
    }

    /** Marks every version of the component deleted, or restored. */
    void markDeleted(String accountId, String id, boolean deleted) {
        versions.markDeleted(accountId, id, deleted);
    }

    /**
     * A row of the version joined to its content: the version's columns, then the content's, split by position. Split
     * by name ({@code row.into(table)}), jOOQ looked up each column among the join's by name: 35% of a component GET's
     * CPU.
     */
    private static Component toComponent(Record row) {
        Object[] values = row.intoArray();
        int split = COMPONENT_VERSION.fields().length;
        ComponentVersionRecord version = COMPONENT_VERSION.newRecord();
        version.fromArray(Arrays.copyOfRange(values, 0, split));
        ComponentContentRecord content = COMPONENT_CONTENT.newRecord();
        content.fromArray(Arrays.copyOfRange(values, split, values.length));
        boolean saved = content.getObjectXml() != null;
        return new Component(version.getComponentId(), version.getVersion(), version.getName(), version.getType(),
                version.getFolderId(), version.getFolderName(), null, version.getBranchId(), version.getBranchName(),
                version.getDeleted(), version.getCurrentVersion(), version.getCreatedDate().toInstant(),
                version.getCreatedBy(), version.getModifiedDate().toInstant(), version.getModifiedBy(),
                content.getDescription(),
                saved ? content.getObjectXml() : EMPTY_OBJECT.formatted(version.getType()),
                content.getProcessOverrides(), content.getEncryptedValues());
    }
}
