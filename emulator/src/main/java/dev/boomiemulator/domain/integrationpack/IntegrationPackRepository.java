package dev.boomiemulator.domain.integrationpack;

import static dev.boomiemulator.db.jooq.Tables.ENVIRONMENT;
import static dev.boomiemulator.db.jooq.Tables.INTEGRATION_PACK;
import static dev.boomiemulator.db.jooq.Tables.INTEGRATION_PACK_INSTANCE;
import static dev.boomiemulator.db.jooq.Tables.INTEGRATION_PACK_INSTANCE_ENVIRONMENT;
import static dev.boomiemulator.db.jooq.Tables.INTEGRATION_PACK_INSTANCE_PROCESS;
import static dev.boomiemulator.db.jooq.Tables.IPACK_EXTENSION_CONNECTION_FIELD;
import static dev.boomiemulator.db.jooq.Tables.IPACK_EXTENSION_CROSS_REFERENCE;
import static dev.boomiemulator.db.jooq.Tables.IPACK_EXTENSION_MAP;
import static dev.boomiemulator.db.jooq.Tables.IPACK_EXTENSION_PROCESS_PROPERTY;
import static dev.boomiemulator.db.jooq.Tables.PROCESS_COMPONENT;
import static dev.boomiemulator.db.jooq.Tables.PROCESS_SCHEDULE;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.boomiemulator.common.Json;
import dev.boomiemulator.db.KeyLookup;
import dev.boomiemulator.db.jooq.tables.records.IntegrationPackInstanceRecord;
import dev.boomiemulator.db.jooq.tables.records.IntegrationPackRecord;
import dev.boomiemulator.domain.process.Simulation;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;

/** Integration packs, installed instances, their processes and environment attachments; always within one account. */
public final class IntegrationPackRepository {
    private final DSLContext dsl;
    /** Gets by key: their SQL rendered once ({@link KeyLookup}). */
    private final KeyLookup<IntegrationPackRecord> integrationPackById;
    private final KeyLookup<IntegrationPackInstanceRecord> integrationPackInstanceById;

    public IntegrationPackRepository(DSLContext dsl) {
        this.dsl = dsl;
        this.integrationPackById = new KeyLookup<>(dsl, INTEGRATION_PACK,
                INTEGRATION_PACK.ACCOUNT_ID, INTEGRATION_PACK.ID);
        this.integrationPackInstanceById = new KeyLookup<>(dsl, INTEGRATION_PACK_INSTANCE,
                INTEGRATION_PACK_INSTANCE.ACCOUNT_ID, INTEGRATION_PACK_INSTANCE.ID);
    }

    // ---- packs -------------------------------------------------------------------------------------

    public void insertPack(String accountId, IntegrationPack pack) {
        dsl.insertInto(INTEGRATION_PACK)
                .set(INTEGRATION_PACK.ACCOUNT_ID, accountId)
                .set(INTEGRATION_PACK.ID, pack.id())
                .set(INTEGRATION_PACK.NAME, pack.name())
                .set(INTEGRATION_PACK.DESCRIPTION, pack.description())
                .set(INTEGRATION_PACK.INSTALLATION_TYPE, pack.installationType().name())
                .set(INTEGRATION_PACK.DEFINITION, write(pack.definition()))
                .execute();
    }

    public Optional<IntegrationPack> findPack(String accountId, String id) {
        return integrationPackById.fetchOptional(accountId, id)
                .map(IntegrationPackRepository::toPack);
    }

    public List<IntegrationPack> packs(String accountId) {
        return dsl.selectFrom(INTEGRATION_PACK)
                .where(INTEGRATION_PACK.ACCOUNT_ID.eq(accountId))
                .orderBy(INTEGRATION_PACK.SEQ)
                .fetch(IntegrationPackRepository::toPack);
    }

    public static IntegrationPack toPack(IntegrationPackRecord row) {
        try {
            return new IntegrationPack(row.getId(), row.getName(), row.getDescription(),
                    InstallationType.valueOf(row.getInstallationType()),
                    Json.mapper().readValue(row.getDefinition(), IntegrationPackDefinition.class));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored definition of integration pack " + row.getId() + " is unreadable", e);
        }
    }

    // ---- instances ---------------------------------------------------------------------------------

    /**
     * Stores an installed instance: its row, its processes (here, and as Platform processes that carry the
     * pack and instance ids, so the Platform Process object lists them) and its environment attachments.
     */
    public void insertInstance(String accountId, IntegrationPack pack, IntegrationPackInstance instance) {
        dsl.insertInto(INTEGRATION_PACK_INSTANCE)
                .set(INTEGRATION_PACK_INSTANCE.ACCOUNT_ID, accountId)
                .set(INTEGRATION_PACK_INSTANCE.ID, instance.id())
                .set(INTEGRATION_PACK_INSTANCE.PACK_ID, instance.integrationPackId())
                .set(INTEGRATION_PACK_INSTANCE.PACK_NAME, instance.integrationPackName())
                .set(INTEGRATION_PACK_INSTANCE.INSTALLATION_TYPE, instance.installationType().name())
                .set(INTEGRATION_PACK_INSTANCE.OVERRIDE_NAME, instance.overrideName())
                .set(INTEGRATION_PACK_INSTANCE.OVERRIDE_NAME_KEY, nameKey(instance.overrideName()))
                .set(INTEGRATION_PACK_INSTANCE.INSTALLED_DATE, instance.installedDate().atOffset(ZoneOffset.UTC))
                .execute();
        List<IntegrationPackInstance.Process> processes = instance.processes();
        for (int position = 0; position < processes.size(); position++) {
            IntegrationPackInstance.Process process = processes.get(position);
            dsl.insertInto(INTEGRATION_PACK_INSTANCE_PROCESS)
                    .set(INTEGRATION_PACK_INSTANCE_PROCESS.ACCOUNT_ID, accountId)
                    .set(INTEGRATION_PACK_INSTANCE_PROCESS.INSTANCE_ID, instance.id())
                    .set(INTEGRATION_PACK_INSTANCE_PROCESS.POSITION, position)
                    .set(INTEGRATION_PACK_INSTANCE_PROCESS.ORIGINAL_PROCESS_ID, process.originalProcessId())
                    .set(INTEGRATION_PACK_INSTANCE_PROCESS.WRAPPER_PROCESS_ID, process.wrapperProcessId())
                    .set(INTEGRATION_PACK_INSTANCE_PROCESS.NAME, process.name())
                    .execute();
            insertPlatformProcess(accountId, pack, instance, process);
        }
        for (String environmentId : instance.environmentIds()) {
            attach(accountId, instance.id(), environmentId, instance.installedDate());
        }
    }

    private void insertPlatformProcess(String accountId, IntegrationPack pack, IntegrationPackInstance instance,
                                       IntegrationPackInstance.Process process) {
        // a process the account has under that id already stays as it is. Checked by key, in the account's turn:
        // jOOQ writes "on duplicate key ignore" for H2 as a MERGE that H2 answers by reading every process of the store
        // (createIntegrationPackDeployment fell from 213 to 109 a second over 4,500 instances)
        if (dsl.fetchExists(PROCESS_COMPONENT, PROCESS_COMPONENT.ACCOUNT_ID.eq(accountId)
                .and(PROCESS_COMPONENT.ID.eq(process.processId())))) {
            return;
        }
        Simulation simulation = pack.definition().process(process.originalProcessId())
                .map(p -> Simulation.fromJson(p.simulation())).orElse(Simulation.DEFAULT);
        dsl.insertInto(PROCESS_COMPONENT)
                .set(PROCESS_COMPONENT.ACCOUNT_ID, accountId)
                .set(PROCESS_COMPONENT.ID, process.processId())
                .set(PROCESS_COMPONENT.NAME, process.name())
                .set(PROCESS_COMPONENT.DESCRIPTION, "A process of integration pack " + pack.name()
                        + (instance.overrideName() == null ? "" : " (instance " + instance.overrideName() + ")") + ".")
                .set(PROCESS_COMPONENT.CURRENT_VERSION, 1)
                .set(PROCESS_COMPONENT.DELETED, false)
                .set(PROCESS_COMPONENT.INTEGRATION_PACK_ID, pack.id())
                .set(PROCESS_COMPONENT.INTEGRATION_PACK_INSTANCE_ID, instance.id())
                .set(PROCESS_COMPONENT.CREATED_DATE, instance.installedDate().atOffset(ZoneOffset.UTC))
                .set(PROCESS_COMPONENT.MODIFIED_DATE, instance.installedDate().atOffset(ZoneOffset.UTC))
                .set(PROCESS_COMPONENT.SIM_OUTCOME, simulation.outcome())
                .set(PROCESS_COMPONENT.SIM_DURATION_MS, simulation.durationMs())
                .set(PROCESS_COMPONENT.SIM_START_DELAY_MS, simulation.startDelayMs())
                .set(PROCESS_COMPONENT.SIM_MESSAGE, simulation.message())
                .execute();
    }

    public Optional<IntegrationPackInstance> findInstance(String accountId, String id) {
        return integrationPackInstanceById.fetchOptional(accountId, id)
                .map(this::toInstance);
    }

    public List<IntegrationPackInstance> instances(String accountId) {
        return dsl.selectFrom(INTEGRATION_PACK_INSTANCE)
                .where(INTEGRATION_PACK_INSTANCE.ACCOUNT_ID.eq(accountId))
                .orderBy(INTEGRATION_PACK_INSTANCE.SEQ)
                .fetch(this::toInstance);
    }

    /** The pack's first instance, if any: a single-install pack has at most one. */
    public Optional<IntegrationPackInstance> firstInstanceOfPack(String accountId, String packId) {
        return firstInstanceWhere(INTEGRATION_PACK_INSTANCE.ACCOUNT_ID.eq(accountId)
                .and(INTEGRATION_PACK_INSTANCE.PACK_ID.eq(packId)));
    }

    /**
     * The instance of a multi-install pack with this override name, its case aside, read by key: the name check and
     * the lookup of a deploy read every instance of the pack, each with its processes and environments.
     */
    public Optional<IntegrationPackInstance> instanceOfPackNamed(String accountId, String packId, String overrideName) {
        return firstInstanceWhere(INTEGRATION_PACK_INSTANCE.ACCOUNT_ID.eq(accountId)
                .and(INTEGRATION_PACK_INSTANCE.PACK_ID.eq(packId))
                .and(INTEGRATION_PACK_INSTANCE.OVERRIDE_NAME_KEY.eq(nameKey(overrideName))));
    }

    private Optional<IntegrationPackInstance> firstInstanceWhere(Condition which) {
        return dsl.selectFrom(INTEGRATION_PACK_INSTANCE).where(which).orderBy(INTEGRATION_PACK_INSTANCE.SEQ).limit(1)
                .fetchOptional(this::toInstance);
    }

    /**
     * Gives the instances without a name key theirs: those of a state document exported before the key was kept (a
     * store upgraded in place got them from migration V056). In the caller's transaction.
     */
    public static void addMissingNameKeys(DSLContext tx) {
        // read whole before the updates: jOOQ's forEach reads through an open cursor, and updating the rows under it
        // left PostgreSQL's without their keys
        var unkeyed = tx.select(INTEGRATION_PACK_INSTANCE.SEQ, INTEGRATION_PACK_INSTANCE.OVERRIDE_NAME)
                .from(INTEGRATION_PACK_INSTANCE)
                .where(INTEGRATION_PACK_INSTANCE.OVERRIDE_NAME_KEY.isNull()
                        .and(INTEGRATION_PACK_INSTANCE.OVERRIDE_NAME.isNotNull()))
                .fetch();
        for (var row : unkeyed) {
            tx.update(INTEGRATION_PACK_INSTANCE).set(INTEGRATION_PACK_INSTANCE.OVERRIDE_NAME_KEY, nameKey(row.value2()))
                    .where(INTEGRATION_PACK_INSTANCE.SEQ.eq(row.value1())).execute();
        }
    }

    /** An override name as instances are found by it: in lower case ({@code override_name_key}). */
    static String nameKey(String overrideName) {
        return overrideName == null ? null : overrideName.toLowerCase(Locale.ROOT);
    }

    /** The instances that bring a process with this id (a wrapper id, or a SINGLE/original process id). */
    public List<String> instanceIdsWithProcess(String accountId, String processId) {
        return dsl.selectDistinct(INTEGRATION_PACK_INSTANCE_PROCESS.INSTANCE_ID)
                .from(INTEGRATION_PACK_INSTANCE_PROCESS)
                .where(INTEGRATION_PACK_INSTANCE_PROCESS.ACCOUNT_ID.eq(accountId))
                .and(INTEGRATION_PACK_INSTANCE_PROCESS.WRAPPER_PROCESS_ID.eq(processId)
                        .or(INTEGRATION_PACK_INSTANCE_PROCESS.ORIGINAL_PROCESS_ID.eq(processId)))
                .orderBy(INTEGRATION_PACK_INSTANCE_PROCESS.INSTANCE_ID)
                .fetch(INTEGRATION_PACK_INSTANCE_PROCESS.INSTANCE_ID);
    }

    /** Whether a wrapper or instance id is taken anywhere in the account (fixtures may give their own). */
    public boolean processIdTaken(String accountId, String processId) {
        return dsl.fetchExists(INTEGRATION_PACK_INSTANCE_PROCESS, INTEGRATION_PACK_INSTANCE_PROCESS.ACCOUNT_ID.eq(accountId)
                .and(INTEGRATION_PACK_INSTANCE_PROCESS.WRAPPER_PROCESS_ID.eq(processId)));
    }

    /**
     * Removes an instance with its processes (Platform processes too), their schedules, its attachments and
     * extension values; execution records stay. @return whether it existed
     */
    public boolean deleteInstance(String accountId, String id) {
        List<String> processIds = findInstance(accountId, id).map(instance -> instance.processes().stream()
                .map(IntegrationPackInstance.Process::processId).toList()).orElse(List.of());
        if (!processIds.isEmpty()) {
            dsl.deleteFrom(PROCESS_SCHEDULE).where(PROCESS_SCHEDULE.ACCOUNT_ID.eq(accountId)
                    .and(PROCESS_SCHEDULE.PROCESS_ID.in(processIds))).execute();
        }
        dsl.deleteFrom(PROCESS_COMPONENT).where(PROCESS_COMPONENT.ACCOUNT_ID.eq(accountId)
                .and(PROCESS_COMPONENT.INTEGRATION_PACK_INSTANCE_ID.eq(id))).execute();
        dsl.deleteFrom(INTEGRATION_PACK_INSTANCE_PROCESS).where(INTEGRATION_PACK_INSTANCE_PROCESS.ACCOUNT_ID.eq(accountId)
                .and(INTEGRATION_PACK_INSTANCE_PROCESS.INSTANCE_ID.eq(id))).execute();
        dsl.deleteFrom(INTEGRATION_PACK_INSTANCE_ENVIRONMENT).where(INTEGRATION_PACK_INSTANCE_ENVIRONMENT.ACCOUNT_ID.eq(accountId)
                .and(INTEGRATION_PACK_INSTANCE_ENVIRONMENT.INSTANCE_ID.eq(id))).execute();
        dsl.deleteFrom(IPACK_EXTENSION_CONNECTION_FIELD).where(IPACK_EXTENSION_CONNECTION_FIELD.ACCOUNT_ID.eq(accountId)
                .and(IPACK_EXTENSION_CONNECTION_FIELD.INSTANCE_ID.eq(id))).execute();
        dsl.deleteFrom(IPACK_EXTENSION_PROCESS_PROPERTY).where(IPACK_EXTENSION_PROCESS_PROPERTY.ACCOUNT_ID.eq(accountId)
                .and(IPACK_EXTENSION_PROCESS_PROPERTY.INSTANCE_ID.eq(id))).execute();
        dsl.deleteFrom(IPACK_EXTENSION_CROSS_REFERENCE).where(IPACK_EXTENSION_CROSS_REFERENCE.ACCOUNT_ID.eq(accountId)
                .and(IPACK_EXTENSION_CROSS_REFERENCE.INSTANCE_ID.eq(id))).execute();
        dsl.deleteFrom(IPACK_EXTENSION_MAP).where(IPACK_EXTENSION_MAP.ACCOUNT_ID.eq(accountId)
                .and(IPACK_EXTENSION_MAP.INSTANCE_ID.eq(id))).execute();
        return dsl.deleteFrom(INTEGRATION_PACK_INSTANCE)
                .where(INTEGRATION_PACK_INSTANCE.ACCOUNT_ID.eq(accountId).and(INTEGRATION_PACK_INSTANCE.ID.eq(id)))
                .execute() == 1;
    }

    /** Attaches an instance to an environment; attaching twice changes nothing. */
    public void attach(String accountId, String instanceId, String environmentId, Instant at) {
        dsl.insertInto(INTEGRATION_PACK_INSTANCE_ENVIRONMENT)
                .set(INTEGRATION_PACK_INSTANCE_ENVIRONMENT.ACCOUNT_ID, accountId)
                .set(INTEGRATION_PACK_INSTANCE_ENVIRONMENT.INSTANCE_ID, instanceId)
                .set(INTEGRATION_PACK_INSTANCE_ENVIRONMENT.ENVIRONMENT_ID, environmentId)
                .set(INTEGRATION_PACK_INSTANCE_ENVIRONMENT.ATTACHED_DATE, at.atOffset(ZoneOffset.UTC))
                .onDuplicateKeyIgnore()
                .execute();
    }

    public boolean environmentExists(String accountId, String environmentId) {
        return dsl.fetchExists(ENVIRONMENT, ENVIRONMENT.ACCOUNT_ID.eq(accountId).and(ENVIRONMENT.ID.eq(environmentId)));
    }

    /** Renders a stored instance row (for the Platform query engine, which reads the rows itself). */
    public IntegrationPackInstance toInstance(IntegrationPackInstanceRecord row) {
        String accountId = row.getAccountId();
        List<IntegrationPackInstance.Process> processes = dsl.selectFrom(INTEGRATION_PACK_INSTANCE_PROCESS)
                .where(INTEGRATION_PACK_INSTANCE_PROCESS.ACCOUNT_ID.eq(accountId)
                        .and(INTEGRATION_PACK_INSTANCE_PROCESS.INSTANCE_ID.eq(row.getId())))
                .orderBy(INTEGRATION_PACK_INSTANCE_PROCESS.POSITION)
                .fetch(p -> new IntegrationPackInstance.Process(p.getOriginalProcessId(), p.getWrapperProcessId(), p.getName()));
        List<String> environments = dsl.select(INTEGRATION_PACK_INSTANCE_ENVIRONMENT.ENVIRONMENT_ID)
                .from(INTEGRATION_PACK_INSTANCE_ENVIRONMENT)
                .where(INTEGRATION_PACK_INSTANCE_ENVIRONMENT.ACCOUNT_ID.eq(accountId)
                        .and(INTEGRATION_PACK_INSTANCE_ENVIRONMENT.INSTANCE_ID.eq(row.getId())))
                .orderBy(INTEGRATION_PACK_INSTANCE_ENVIRONMENT.ATTACHED_DATE, INTEGRATION_PACK_INSTANCE_ENVIRONMENT.ENVIRONMENT_ID)
                .fetch(INTEGRATION_PACK_INSTANCE_ENVIRONMENT.ENVIRONMENT_ID);
        return new IntegrationPackInstance(row.getId(), row.getPackId(), row.getPackName(),
                InstallationType.valueOf(row.getInstallationType()), row.getOverrideName(), processes, environments,
                row.getInstalledDate().toInstant());
    }

    private static String write(Object value) {
        try {
            return Json.mapper().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
