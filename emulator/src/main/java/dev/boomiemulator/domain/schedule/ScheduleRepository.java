package dev.boomiemulator.domain.schedule;

import static dev.boomiemulator.db.PreparedRead.parameter;
import static dev.boomiemulator.db.jooq.Tables.DEPLOYED_PACKAGE;
import static dev.boomiemulator.db.jooq.Tables.ENVIRONMENT_ATOM_ATTACHMENT;
import static dev.boomiemulator.db.jooq.Tables.PROCESS_SCHEDULE;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.boomiemulator.common.Json;
import dev.boomiemulator.db.KeyLookup;
import dev.boomiemulator.db.PreparedRead;
import dev.boomiemulator.db.jooq.tables.records.ProcessScheduleRecord;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.Record2;

/** Process schedules in the store, always within one account. */
public final class ScheduleRepository {
    /** Rows that exist because a process is deployed to the Atom's environment. */
    public static final String DEPLOYMENT = "DEPLOYMENT";
    /** Rows another family created (e.g. integration pack processes); the deployment sync leaves them alone. */
    public static final String EXTERNAL = "EXTERNAL";
    /** The component type whose deployments have schedules. */
    private static final String PROCESS = "process";

    private final DSLContext dsl;
    /** A get by key: its SQL rendered once ({@link KeyLookup}). */
    private final KeyLookup<ProcessScheduleRecord> processScheduleById;

    /** The Atoms attached to an environment, read on each deploy: its SQL rendered once ({@link PreparedRead}). */
    private final PreparedRead atomsOfEnvironment;

    public ScheduleRepository(DSLContext dsl) {
        this.dsl = dsl;
        this.processScheduleById = new KeyLookup<>(dsl, PROCESS_SCHEDULE,
                PROCESS_SCHEDULE.ACCOUNT_ID, PROCESS_SCHEDULE.ID);
        this.atomsOfEnvironment = new PreparedRead(dsl, dsl.select(ENVIRONMENT_ATOM_ATTACHMENT.ATOM_ID)
                .from(ENVIRONMENT_ATOM_ATTACHMENT)
                .where(ENVIRONMENT_ATOM_ATTACHMENT.ACCOUNT_ID.eq(parameter(ENVIRONMENT_ATOM_ATTACHMENT.ACCOUNT_ID))
                        .and(ENVIRONMENT_ATOM_ATTACHMENT.ENVIRONMENT_ID.eq(
                                parameter(ENVIRONMENT_ATOM_ATTACHMENT.ENVIRONMENT_ID)))));
    }

    public Optional<ProcessScheduleRecord> find(String accountId, String id) {
        return processScheduleById.fetchOptional(accountId, id);
    }

    public List<ProcessScheduleRecord> forProcess(String accountId, String processId) {
        return dsl.selectFrom(PROCESS_SCHEDULE)
                .where(PROCESS_SCHEDULE.ACCOUNT_ID.eq(accountId).and(PROCESS_SCHEDULE.PROCESS_ID.eq(processId)))
                .orderBy(PROCESS_SCHEDULE.SEQ)
                .fetch();
    }

    /** Creates the empty schedules of a pair unless they exist. */
    public void ensure(String accountId, String atomId, String processId, String managedBy) {
        String id = ScheduleIds.of(atomId, processId);
        if (find(accountId, id).isEmpty()) {
            dsl.insertInto(PROCESS_SCHEDULE)
                    .set(PROCESS_SCHEDULE.ACCOUNT_ID, accountId)
                    .set(PROCESS_SCHEDULE.ID, id)
                    .set(PROCESS_SCHEDULE.ATOM_ID, atomId)
                    .set(PROCESS_SCHEDULE.PROCESS_ID, processId)
                    .set(PROCESS_SCHEDULE.SCHEDULES, "[]")
                    .set(PROCESS_SCHEDULE.RETRY_SCHEDULES, "[]")
                    .set(PROCESS_SCHEDULE.MAX_RETRY, ScheduleInput.DEFAULT_MAX_RETRY)
                    .set(PROCESS_SCHEDULE.ENABLED, true)
                    .set(PROCESS_SCHEDULE.MANAGED_BY, managedBy)
                    .execute();
        }
    }

    public void replace(String accountId, String id, ScheduleInput input) {
        dsl.update(PROCESS_SCHEDULE)
                .set(PROCESS_SCHEDULE.SCHEDULES, write(input.schedules()))
                .set(PROCESS_SCHEDULE.RETRY_SCHEDULES, write(input.retrySchedules()))
                .set(PROCESS_SCHEDULE.MAX_RETRY, input.maxRetry())
                .where(PROCESS_SCHEDULE.ACCOUNT_ID.eq(accountId).and(PROCESS_SCHEDULE.ID.eq(id)))
                .execute();
    }

    public void setEnabled(String accountId, String id, boolean enabled) {
        dsl.update(PROCESS_SCHEDULE)
                .set(PROCESS_SCHEDULE.ENABLED, enabled)
                .where(PROCESS_SCHEDULE.ACCOUNT_ID.eq(accountId).and(PROCESS_SCHEDULE.ID.eq(id)))
                .execute();
    }

    /** Removes every schedule of an Atom (it was deleted). */
    public void deleteForAtom(String accountId, String atomId) {
        dsl.deleteFrom(PROCESS_SCHEDULE)
                .where(PROCESS_SCHEDULE.ACCOUNT_ID.eq(accountId).and(PROCESS_SCHEDULE.ATOM_ID.eq(atomId)))
                .execute();
    }

    /**
     * Makes the DEPLOYMENT rows match the deployments: one per Atom attached to an environment and process
     * actively deployed there. Missing rows are created empty; rows whose process is no longer deployed to
     * the Atom's environment go, with their schedules.
     */
    public void synchronizeDeployments(String accountId) {
        List<Record2<String, String>> deployed = dsl
                .selectDistinct(ENVIRONMENT_ATOM_ATTACHMENT.ATOM_ID, DEPLOYED_PACKAGE.COMPONENT_ID)
                .from(ENVIRONMENT_ATOM_ATTACHMENT)
                .join(DEPLOYED_PACKAGE)
                .on(DEPLOYED_PACKAGE.ACCOUNT_ID.eq(ENVIRONMENT_ATOM_ATTACHMENT.ACCOUNT_ID)
                        .and(DEPLOYED_PACKAGE.ENVIRONMENT_ID.eq(ENVIRONMENT_ATOM_ATTACHMENT.ENVIRONMENT_ID))
                        .and(DEPLOYED_PACKAGE.ACTIVE.isTrue())
                        .and(DEPLOYED_PACKAGE.COMPONENT_TYPE.eq(PROCESS)))
                .where(ENVIRONMENT_ATOM_ATTACHMENT.ACCOUNT_ID.eq(accountId))
                .orderBy(ENVIRONMENT_ATOM_ATTACHMENT.ATOM_ID, DEPLOYED_PACKAGE.COMPONENT_ID)
                .fetch();
        Set<String> wanted = new HashSet<>();
        for (Record2<String, String> pair : deployed) {
            wanted.add(ScheduleIds.of(pair.value1(), pair.value2()));
        }
        List<String> stale = new ArrayList<>();
        for (ProcessScheduleRecord row : dsl.selectFrom(PROCESS_SCHEDULE)
                .where(PROCESS_SCHEDULE.ACCOUNT_ID.eq(accountId).and(PROCESS_SCHEDULE.MANAGED_BY.eq(DEPLOYMENT)))
                .fetch()) {
            if (!wanted.contains(row.getId())) {
                stale.add(row.getId());
            }
        }
        if (!stale.isEmpty()) {
            dsl.deleteFrom(PROCESS_SCHEDULE)
                    .where(PROCESS_SCHEDULE.ACCOUNT_ID.eq(accountId).and(PROCESS_SCHEDULE.ID.in(stale)))
                    .execute();
        }
        for (Record2<String, String> pair : deployed) {
            ensure(accountId, pair.value1(), pair.value2(), DEPLOYMENT);
        }
    }

    /**
     * Makes the DEPLOYMENT rows of one component on the Atoms attached to one environment match its deployment there,
     * which the caller has just written: {@code activeType} is the type of the component's active deployment there,
     * null when it was undeployed. What {@link #synchronizeDeployments} would change, for that pair alone (an Atom is
     * attached to one environment at most, so no other deployment decides its rows). The whole account's sync read
     * every deployment of the account, so each deploy was slower than the last.
     */
    public void synchronizeDeployment(String accountId, String environmentId, String componentId, String activeType) {
        for (Record atom : atomsOfEnvironment.fetch(accountId, environmentId)) {
            String atomId = atom.get(ENVIRONMENT_ATOM_ATTACHMENT.ATOM_ID);
            if (PROCESS.equals(activeType)) {
                ensure(accountId, atomId, componentId, DEPLOYMENT);
            } else {
                dsl.deleteFrom(PROCESS_SCHEDULE)
                        .where(PROCESS_SCHEDULE.ACCOUNT_ID.eq(accountId)
                                .and(PROCESS_SCHEDULE.ID.eq(ScheduleIds.of(atomId, componentId)))
                                .and(PROCESS_SCHEDULE.MANAGED_BY.eq(DEPLOYMENT)))
                        .execute();
            }
        }
    }

    public static ProcessSchedules toSchedules(ProcessScheduleRecord row) {
        return new ProcessSchedules(read(row.getSchedules()),
                new ScheduleRetry(read(row.getRetrySchedules()), row.getMaxRetry()),
                row.getProcessId(), row.getAtomId(), row.getId());
    }

    public static ProcessScheduleStatus toStatus(ProcessScheduleRecord row) {
        return new ProcessScheduleStatus(row.getEnabled(), row.getProcessId(), row.getAtomId(), row.getId());
    }

    private static String write(List<Schedule> schedules) {
        ArrayNode array = Json.mapper().createArrayNode();
        for (Schedule schedule : schedules) {
            array.addObject()
                    .put("minutes", schedule.minutes())
                    .put("hours", schedule.hours())
                    .put("daysOfWeek", schedule.daysOfWeek())
                    .put("daysOfMonth", schedule.daysOfMonth())
                    .put("months", schedule.months())
                    .put("years", schedule.years());
        }
        return array.toString();
    }

    private static List<Schedule> read(String json) {
        try {
            List<Schedule> schedules = new ArrayList<>();
            for (JsonNode node : Json.mapper().readTree(json)) {
                schedules.add(new Schedule(node.path("minutes").asText(), node.path("hours").asText(),
                        node.path("daysOfWeek").asText(), node.path("daysOfMonth").asText(),
                        node.path("months").asText(), node.path("years").asText()));
            }
            return schedules;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored schedules are not JSON: " + json, e);
        }
    }
}
