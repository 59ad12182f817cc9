package dev.boomiemulator.domain.process;

import static dev.boomiemulator.db.jooq.Tables.ATOM;
import static dev.boomiemulator.db.jooq.Tables.DEPLOYED_PACKAGE;
import static dev.boomiemulator.db.jooq.Tables.ENVIRONMENT_ATOM_ATTACHMENT;
import static dev.boomiemulator.db.jooq.Tables.PROCESS_COMPONENT;

import dev.boomiemulator.db.KeyLookup;
import dev.boomiemulator.db.jooq.tables.records.ProcessComponentRecord;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.SelectConditionStep;

/**
 * Read-only look-ups any family may make: processes, Atoms and the environment each is attached to,
 * and whether a process is deployed to an environment. Always within one account.
 */
public final class RuntimeRepository {
    private final DSLContext dsl;
    /** A get by key: its SQL rendered once ({@link KeyLookup}). */
    private final KeyLookup<ProcessComponentRecord> processComponentById;

    public RuntimeRepository(DSLContext dsl) {
        this.dsl = dsl;
        this.processComponentById = new KeyLookup<>(dsl, PROCESS_COMPONENT,
                PROCESS_COMPONENT.ACCOUNT_ID, PROCESS_COMPONENT.ID);
    }

    public Optional<ProcessSummary> process(String accountId, String processId) {
        return processComponentById.fetchOptional(accountId, processId)
                .map(RuntimeRepository::toProcess);
    }

    public Optional<AtomSummary> atom(String accountId, String atomId) {
        return atoms(accountId, ATOM.ID.eq(atomId)).fetchOptional().map(RuntimeRepository::toAtom);
    }

    /** The Atoms attached to an environment, by name. */
    public List<AtomSummary> atomsInEnvironment(String accountId, String environmentId) {
        return atoms(accountId, ENVIRONMENT_ATOM_ATTACHMENT.ENVIRONMENT_ID.eq(environmentId))
                .orderBy(ATOM.NAME, ATOM.ID)
                .fetch(RuntimeRepository::toAtom);
    }

    /** Whether the process has an active deployment in the environment. */
    public boolean isDeployed(String accountId, String processId, String environmentId) {
        return dsl.fetchExists(DEPLOYED_PACKAGE, DEPLOYED_PACKAGE.ACCOUNT_ID.eq(accountId)
                .and(DEPLOYED_PACKAGE.COMPONENT_ID.eq(processId))
                .and(DEPLOYED_PACKAGE.ENVIRONMENT_ID.eq(environmentId))
                .and(DEPLOYED_PACKAGE.ACTIVE.isTrue()));
    }

    /** The environments the process has an active deployment in. */
    public List<String> deployedEnvironments(String accountId, String processId) {
        return dsl.selectDistinct(DEPLOYED_PACKAGE.ENVIRONMENT_ID)
                .from(DEPLOYED_PACKAGE)
                .where(DEPLOYED_PACKAGE.ACCOUNT_ID.eq(accountId)
                        .and(DEPLOYED_PACKAGE.COMPONENT_ID.eq(processId))
                        .and(DEPLOYED_PACKAGE.ACTIVE.isTrue()))
                .orderBy(DEPLOYED_PACKAGE.ENVIRONMENT_ID)
                .fetch(DEPLOYED_PACKAGE.ENVIRONMENT_ID);
    }

    /** Each process with an active deployment, and the environment it is deployed to: (processId, environmentId). */
    public List<Map.Entry<String, String>> deployedProcesses(String accountId) {
        return dsl.selectDistinct(DEPLOYED_PACKAGE.COMPONENT_ID, DEPLOYED_PACKAGE.ENVIRONMENT_ID)
                .from(DEPLOYED_PACKAGE)
                .join(PROCESS_COMPONENT).on(PROCESS_COMPONENT.ACCOUNT_ID.eq(DEPLOYED_PACKAGE.ACCOUNT_ID)
                        .and(PROCESS_COMPONENT.ID.eq(DEPLOYED_PACKAGE.COMPONENT_ID)))
                .where(DEPLOYED_PACKAGE.ACCOUNT_ID.eq(accountId).and(DEPLOYED_PACKAGE.ACTIVE.isTrue()))
                .orderBy(DEPLOYED_PACKAGE.COMPONENT_ID, DEPLOYED_PACKAGE.ENVIRONMENT_ID)
                .fetch(row -> Map.entry(row.value1(), row.value2()));
    }

    private SelectConditionStep<Record> atoms(String accountId, Condition condition) {
        return dsl.select(ATOM.asterisk(), ENVIRONMENT_ATOM_ATTACHMENT.ENVIRONMENT_ID)
                .from(ATOM)
                .leftJoin(ENVIRONMENT_ATOM_ATTACHMENT)
                .on(ENVIRONMENT_ATOM_ATTACHMENT.ACCOUNT_ID.eq(ATOM.ACCOUNT_ID)
                        .and(ENVIRONMENT_ATOM_ATTACHMENT.ATOM_ID.eq(ATOM.ID)))
                .where(ATOM.ACCOUNT_ID.eq(accountId).and(condition));
    }

    private static AtomSummary toAtom(Record row) {
        return new AtomSummary(row.get(ATOM.ID), row.get(ATOM.NAME), row.get(ATOM.STATUS),
                row.get(ENVIRONMENT_ATOM_ATTACHMENT.ENVIRONMENT_ID));
    }

    /** Also used by the Platform's Process object. */
    public static ProcessSummary toProcess(ProcessComponentRecord row) {
        return new ProcessSummary(row.getId(), row.getName(), row.getCurrentVersion(),
                new Simulation(row.getSimOutcome(), row.getSimDurationMs(), row.getSimStartDelayMs(), row.getSimMessage()));
    }
}
