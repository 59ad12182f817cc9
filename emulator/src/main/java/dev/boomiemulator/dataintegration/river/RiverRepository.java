package dev.boomiemulator.dataintegration.river;

import static dev.boomiemulator.db.jooq.Tables.DI_RIVER;
import static dev.boomiemulator.db.jooq.Tables.DI_RUN;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.boomiemulator.common.Json;
import dev.boomiemulator.common.JsonFields;
import dev.boomiemulator.dataintegration.connection.ConnectionUsers;
import dev.boomiemulator.db.jooq.tables.records.DiRiverRecord;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;

/** Data flows of an environment, within one account; deleted ones are kept, marked. */
public final class RiverRepository implements ConnectionUsers {
    private final DSLContext dsl;

    public RiverRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Every data flow of the environment, deleted ones and sub-rivers included, in creation order. */
    public List<River> list(String accountId, String environmentId) {
        return dsl.selectFrom(DI_RIVER)
                .where(inEnvironment(accountId, environmentId))
                .orderBy(DI_RIVER.SEQ)
                .fetch(RiverRepository::toRiver);
    }

    public Optional<River> find(String accountId, String environmentId, String id) {
        return dsl.selectFrom(DI_RIVER)
                .where(inEnvironment(accountId, environmentId).and(DI_RIVER.ID.eq(id)))
                .fetchOptional(RiverRepository::toRiver);
    }

    /** The (not deleted) sub-rivers of a main data flow. */
    public List<River> subRivers(String accountId, String environmentId, String mainRiverId) {
        return dsl.selectFrom(DI_RIVER)
                .where(inEnvironment(accountId, environmentId).and(DI_RIVER.MAIN_RIVER_ID.eq(mainRiverId))
                        .and(DI_RIVER.IS_DELETED.isFalse()))
                .orderBy(DI_RIVER.SEQ)
                .fetch(RiverRepository::toRiver);
    }

    public void insert(String accountId, River river) {
        insert(dsl, accountId, river);
    }

    public static void insert(DSLContext tx, String accountId, River river) {
        tx.insertInto(DI_RIVER)
                .set(DI_RIVER.ACCOUNT_ID, accountId)
                .set(DI_RIVER.ENVIRONMENT_ID, river.environmentId())
                .set(DI_RIVER.ID, river.id())
                .set(DI_RIVER.NAME, river.name())
                .set(DI_RIVER.TYPE, river.type())
                .set(DI_RIVER.KIND, river.kind())
                .set(DI_RIVER.MAIN_RIVER_ID, river.mainRiverId())
                .set(DI_RIVER.GROUP_ID, river.groupId())
                .set(DI_RIVER.GROUP_NAME, river.groupName())
                .set(DI_RIVER.STATUS, river.status())
                .set(DI_RIVER.IS_API_V2, river.isApiV2())
                .set(DI_RIVER.IS_DELETED, river.isDeleted())
                .set(DI_RIVER.DEFINITION, river.definition().toString())
                .set(DI_RIVER.SIMULATION, river.simulation() == null ? null : river.simulation().toJson().toString())
                .set(DI_RIVER.CREATED_AT, utc(river.createdAt()))
                .set(DI_RIVER.CREATED_BY, river.createdBy())
                .set(DI_RIVER.LAST_UPDATED_AT, utc(river.lastUpdatedAt()))
                .set(DI_RIVER.LAST_UPDATED_BY, river.lastUpdatedBy())
                .set(DI_RIVER.CURRENT_VERSION_ID, river.currentVersionId())
                .set(DI_RIVER.DELETED_AT, utc(river.deletedAt()))
                .execute();
    }

    /** Replaces the definition and what follows from it. */
    public void update(String accountId, River river) {
        dsl.update(DI_RIVER)
                .set(DI_RIVER.NAME, river.name())
                .set(DI_RIVER.TYPE, river.type())
                .set(DI_RIVER.KIND, river.kind())
                .set(DI_RIVER.GROUP_ID, river.groupId())
                .set(DI_RIVER.GROUP_NAME, river.groupName())
                .set(DI_RIVER.DEFINITION, river.definition().toString())
                .set(DI_RIVER.LAST_UPDATED_AT, utc(river.lastUpdatedAt()))
                .set(DI_RIVER.LAST_UPDATED_BY, river.lastUpdatedBy())
                .set(DI_RIVER.CURRENT_VERSION_ID, river.currentVersionId())
                .where(inEnvironment(accountId, river.environmentId()).and(DI_RIVER.ID.eq(river.id())))
                .execute();
    }

    public void setStatus(DSLContext tx, String accountId, String environmentId, String id, String status) {
        tx.update(DI_RIVER)
                .set(DI_RIVER.STATUS, status)
                .where(inEnvironment(accountId, environmentId).and(DI_RIVER.ID.eq(id)))
                .execute();
    }

    public void markDeleted(String accountId, String environmentId, String id, Instant at) {
        dsl.update(DI_RIVER)
                .set(DI_RIVER.IS_DELETED, true)
                .set(DI_RIVER.DELETED_AT, utc(at))
                .set(DI_RIVER.LAST_UPDATED_AT, utc(at))
                .where(inEnvironment(accountId, environmentId).and(DI_RIVER.ID.eq(id)))
                .execute();
    }

    /** Removes a deleted data flow and its runs for good, so that its id can be used again. */
    public void purge(String accountId, String environmentId, String id) {
        dsl.transaction(() -> {
            dsl.deleteFrom(DI_RUN).where(DI_RUN.ACCOUNT_ID.eq(accountId)
                    .and(DI_RUN.ENVIRONMENT_ID.eq(environmentId)).and(DI_RUN.RIVER_ID.eq(id))).execute();
            dsl.deleteFrom(DI_RIVER).where(inEnvironment(accountId, environmentId).and(DI_RIVER.ID.eq(id))).execute();
        });
    }

    public static boolean exists(DSLContext tx, String accountId, String environmentId, String id) {
        return tx.fetchExists(DI_RIVER, inEnvironment(accountId, environmentId).and(DI_RIVER.ID.eq(id)));
    }

    @Override
    public List<String> riversUsing(String accountId, String environmentId, String connectionId) {
        return list(accountId, environmentId).stream()
                .filter(river -> !river.isDeleted())
                .filter(river -> uses(river, connectionId))
                .map(river -> "'" + river.name() + "' (" + river.id() + ")")
                .toList();
    }

    private static boolean uses(River river, String connectionId) {
        JsonNode properties = river.properties();
        return JsonFields.text(properties.path("source"), "connection_id").filter(connectionId::equalsIgnoreCase).isPresent()
                || JsonFields.text(properties.path("target"), "connection_id").filter(connectionId::equalsIgnoreCase).isPresent();
    }

    private static Condition inEnvironment(String accountId, String environmentId) {
        return DI_RIVER.ACCOUNT_ID.eq(accountId).and(DI_RIVER.ENVIRONMENT_ID.eq(environmentId));
    }

    private static River toRiver(DiRiverRecord row) {
        return new River(row.getSeq(), row.getId(), row.getEnvironmentId(), row.getName(), row.getType(),
                row.getKind(), row.getMainRiverId(), row.getGroupId(), row.getGroupName(), row.getStatus(),
                row.getIsApiV2(), row.getIsDeleted(), (ObjectNode) json(row.getDefinition()),
                row.getSimulation() == null ? Simulation.DEFAULT : Simulation.from(json(row.getSimulation())),
                instant(row.getCreatedAt()), row.getCreatedBy(), instant(row.getLastUpdatedAt()),
                row.getLastUpdatedBy(), row.getCurrentVersionId(), instant(row.getDeletedAt()));
    }

    private static JsonNode json(String text) {
        try {
            return Json.mapper().readTree(text);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
