package dev.boomiemulator.platform.process;

import static dev.boomiemulator.db.jooq.Tables.PROCESS_COMPONENT;

import dev.boomiemulator.db.KeyLookup;
import dev.boomiemulator.db.PreparedInsert;
import dev.boomiemulator.db.jooq.tables.records.ProcessComponentRecord;
import dev.boomiemulator.domain.process.Simulation;
import dev.boomiemulator.platform.component.ComponentVersionRows;
import dev.boomiemulator.platform.query.FilterProperty;
import dev.boomiemulator.platform.query.QueryDefinition;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;

/**
 * Processes in the store, always within one account. A process is a component: each save is a new
 * version, kept in COMPONENT_VERSION (what ComponentMetadata shows), and the process row is the current one.
 */
public final class ProcessRepository {
    /** The real service's filterable Process properties, plus the seed's fields. */
    public static final QueryDefinition<ProcessComponentRecord> QUERY = new QueryDefinition<>(
            "Process", PROCESS_COMPONENT, PROCESS_COMPONENT.ACCOUNT_ID, PROCESS_COMPONENT.SEQ,
            List.of(
                    FilterProperty.string("id", PROCESS_COMPONENT.ID),
                    FilterProperty.string("name", PROCESS_COMPONENT.NAME),
                    FilterProperty.string("integrationPackId", PROCESS_COMPONENT.INTEGRATION_PACK_ID),
                    FilterProperty.string("integrationPackInstanceId", PROCESS_COMPONENT.INTEGRATION_PACK_INSTANCE_ID),
                    FilterProperty.string("folderId", PROCESS_COMPONENT.FOLDER_ID),
                    FilterProperty.string("folderName", PROCESS_COMPONENT.FOLDER_NAME),
                    FilterProperty.bool("deleted", PROCESS_COMPONENT.DELETED),
                    FilterProperty.number("currentVersion", PROCESS_COMPONENT.CURRENT_VERSION),
                    FilterProperty.date("createdDate", PROCESS_COMPONENT.CREATED_DATE),
                    FilterProperty.date("modifiedDate", PROCESS_COMPONENT.MODIFIED_DATE)),
            List.of(),
            ProcessRepository::toProcess);

    private final DSLContext dsl;
    /** A get by key: its SQL rendered once ({@link KeyLookup}). */
    private final KeyLookup<ProcessComponentRecord> processComponentById;
    /**
     * A process component's row and its versions' rows, their SQL rendered once ({@link PreparedInsert}): rendered and
     * bound by jOOQ on each create, they were 14% of a process component create's CPU, in the account's turn.
     */
    private final PreparedInsert processRow;
    private final ComponentVersionRows versions;

    public ProcessRepository(DSLContext dsl) {
        this.dsl = dsl;
        this.processRow = PreparedInsert.into(dsl, PROCESS_COMPONENT, PROCESS_COMPONENT.ACCOUNT_ID,
                PROCESS_COMPONENT.ID, PROCESS_COMPONENT.NAME, PROCESS_COMPONENT.DESCRIPTION,
                PROCESS_COMPONENT.FOLDER_ID, PROCESS_COMPONENT.FOLDER_NAME, PROCESS_COMPONENT.CURRENT_VERSION,
                PROCESS_COMPONENT.DELETED, PROCESS_COMPONENT.CREATED_DATE, PROCESS_COMPONENT.CREATED_BY,
                PROCESS_COMPONENT.MODIFIED_DATE, PROCESS_COMPONENT.MODIFIED_BY, PROCESS_COMPONENT.SIM_OUTCOME,
                PROCESS_COMPONENT.SIM_DURATION_MS, PROCESS_COMPONENT.SIM_START_DELAY_MS, PROCESS_COMPONENT.SIM_MESSAGE);
        this.versions = new ComponentVersionRows(dsl);
        this.processComponentById = new KeyLookup<>(dsl, PROCESS_COMPONENT,
                PROCESS_COMPONENT.ACCOUNT_ID, PROCESS_COMPONENT.ID);
    }

    public Optional<Process> find(String accountId, String id) {
        return processComponentById.fetchOptional(accountId, id)
                .map(ProcessRepository::toProcess);
    }

    public boolean exists(String accountId, String id) {
        return dsl.fetchExists(PROCESS_COMPONENT, PROCESS_COMPONENT.ACCOUNT_ID.eq(accountId).and(PROCESS_COMPONENT.ID.eq(id)));
    }

    /** A new process at {@code version}, with component versions 1 to {@code version} (older ones as of its creation). */
    public void insert(String accountId, Process process, int version, Simulation simulation) {
        insertRow(accountId, process, version, simulation);
        for (int v = 1; v <= version; v++) {
            boolean current = v == version;
            versions.insert(accountId, version(process, v, current ? process.modifiedDate() : process.createdDate(),
                    current ? process.modifiedBy() : process.createdBy()), current);
        }
    }

    /** The process row alone, for a deleted process component restored: its versions are there already. */
    public void insertRow(String accountId, Process process, int version, Simulation simulation) {
        processRow.insert(accountId, process.id(), process.name(), process.description(), process.folderId(),
                process.folderName(), version, false, at(process.createdDate()), process.createdBy(),
                at(process.modifiedDate()), process.modifiedBy(), simulation.outcome(), simulation.durationMs(),
                simulation.startDelayMs(), simulation.message());
    }

    /** Saves new values as the next version; the previous version stays in the history. */
    public void saveNewVersion(String accountId, Process process) {
        int version = Integer.parseInt(process.currentVersion());
        dsl.update(PROCESS_COMPONENT)
                .set(PROCESS_COMPONENT.NAME, process.name())
                .set(PROCESS_COMPONENT.DESCRIPTION, process.description())
                .set(PROCESS_COMPONENT.FOLDER_ID, process.folderId())
                .set(PROCESS_COMPONENT.FOLDER_NAME, process.folderName())
                .set(PROCESS_COMPONENT.CURRENT_VERSION, version)
                .set(PROCESS_COMPONENT.MODIFIED_DATE, at(process.modifiedDate()))
                .set(PROCESS_COMPONENT.MODIFIED_BY, process.modifiedBy())
                .where(PROCESS_COMPONENT.ACCOUNT_ID.eq(accountId).and(PROCESS_COMPONENT.ID.eq(process.id())))
                .execute();
        versions.insertCurrent(accountId, version(process, version, process.modifiedDate(), process.modifiedBy()));
    }

    /** Removes the process; its component versions stay, marked deleted. @return whether it existed */
    public boolean delete(String accountId, String id) {
        boolean existed = dsl.deleteFrom(PROCESS_COMPONENT)
                .where(PROCESS_COMPONENT.ACCOUNT_ID.eq(accountId).and(PROCESS_COMPONENT.ID.eq(id)))
                .execute() == 1;
        if (existed) {
            versions.markDeleted(accountId, id, true);
        }
        return existed;
    }

    private static ComponentVersionRows.Version version(Process process, int version, Instant modified,
                                                        String modifiedBy) {
        return new ComponentVersionRows.Version(process.id(), version, process.name(), "process", process.folderId(),
                process.folderName(), process.createdDate(), process.createdBy(), modified, modifiedBy, false, null,
                null);
    }

    static Process toProcess(ProcessComponentRecord row) {
        return new Process(row.getId(), row.getName(), row.getFolderId(), row.getFolderName(), row.getDescription(),
                row.getDeleted(), String.valueOf(row.getCurrentVersion()), row.getCreatedDate().toInstant(),
                row.getCreatedBy(), row.getModifiedDate().toInstant(), row.getModifiedBy());
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
