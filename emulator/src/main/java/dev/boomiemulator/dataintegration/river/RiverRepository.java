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
import java.util.Locale;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.SortField;
import org.jooq.impl.DSL;

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

    /** One page of List Data Flows, and how many data flows match in all. */
    public record RiverPage(List<River> rivers, int total) {
    }

    /**
     * The main data flows that {@code query} keeps, in its order, {@code limit} of them from {@code offset}: the
     * filters, the order and the page are the database's, so only the page is read (an environment's data flows
     * grow without bound, each with its definition). Not for a query that {@linkplain RiverService.ListQuery#readsDefinitions
     * reads definitions}: see {@link #ordered}.
     */
    public RiverPage page(String accountId, String environmentId, RiverService.ListQuery query, long offset, int limit) {
        Condition kept = kept(accountId, environmentId, query);
        List<River> page = dsl.selectFrom(DI_RIVER).where(kept).orderBy(order(query))
                .limit(limit).offset(offset)
                .fetch(RiverRepository::toRiver);
        return new RiverPage(page, dsl.fetchCount(DI_RIVER, kept));
    }

    /**
     * Every main data flow that the filters of {@code query} that need no definition keep, in its order when that
     * needs none either (by creation otherwise): what is left to do for a query that reads definitions.
     */
    public List<River> ordered(String accountId, String environmentId, RiverService.ListQuery query) {
        return dsl.selectFrom(DI_RIVER).where(kept(accountId, environmentId, query)).orderBy(order(query))
                .fetch(RiverRepository::toRiver);
    }

    /** The list's filters, all but the schedule's (which reads the definition); names match ignoring case. */
    private static Condition kept(String accountId, String environmentId, RiverService.ListQuery query) {
        Condition kept = inEnvironment(accountId, environmentId).and(DI_RIVER.MAIN_RIVER_ID.isNull());
        if (!query.includeDeleted()) {
            kept = kept.and(DI_RIVER.IS_DELETED.isFalse());
        }
        if (query.name() != null) {
            kept = kept.and(DSL.lower(DI_RIVER.NAME).contains(query.name().toLowerCase(Locale.ROOT)));
        }
        if (query.groupName() != null) {
            kept = kept.and(DSL.lower(DI_RIVER.GROUP_NAME).contains(query.groupName().toLowerCase(Locale.ROOT)));
        }
        if (!query.groupIds().isEmpty()) {
            kept = kept.and(DI_RIVER.GROUP_ID.in(query.groupIds()));
        }
        if (!query.statuses().isEmpty()) {
            kept = kept.and(DI_RIVER.STATUS.in(query.statuses()));
        }
        if (!query.types().isEmpty()) {
            kept = kept.and(DI_RIVER.TYPE.in(query.types()));
        }
        if (query.interfaceType() != null) {
            kept = kept.and(switch (query.interfaceType().toLowerCase(Locale.ROOT)) {
                case "api_v2" -> DI_RIVER.IS_API_V2.isTrue();
                case "ui" -> DI_RIVER.IS_API_V2.isFalse();
                default -> DSL.falseCondition();
            });
        }
        return kept;
    }

    /**
     * The list's order: by last update (the default), name, group name or group id, names ignoring case; then
     * creation order, ascending either way. The source name is in the definition: ordered by creation alone here.
     */
    private static List<SortField<?>> order(RiverService.ListQuery query) {
        Field<?> by = switch (query.sortBy()) {
            case "source_name" -> null;
            case "river_name" -> DSL.lower(DI_RIVER.NAME);
            case "group_name" -> DSL.lower(DI_RIVER.GROUP_NAME);
            case "group_id" -> DI_RIVER.GROUP_ID;
            default -> DI_RIVER.LAST_UPDATED_AT;
        };
        return by == null ? List.of(DI_RIVER.SEQ.asc())
                : List.of(query.ascending() ? by.asc() : by.desc(), DI_RIVER.SEQ.asc());
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
