package dev.boomiemulator.dataintegration.environment;

import static dev.boomiemulator.db.jooq.Tables.DI_ENVIRONMENT;
import static dev.boomiemulator.db.jooq.Tables.DI_RIVER_GROUP;
import static dev.boomiemulator.db.jooq.Tables.DI_VARIABLE;

import dev.boomiemulator.db.jooq.tables.records.DiEnvironmentRecord;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** Data Integration environments, their variables and their data flow groups, within one account. */
public final class EnvironmentRepository {
    private final DSLContext dsl;

    public EnvironmentRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** One page of an account's environments, and how many there are in all. */
    public record EnvironmentPage(List<DiEnvironment> environments, int total) {
    }

    /**
     * The account's environments, oldest first, {@code limit} of them from {@code offset}: deleted ones only when
     * asked for, and only those of {@code limitedTo} (ids, any case) unless it is empty.
     */
    public EnvironmentPage page(String accountId, boolean includeDeleted, List<String> limitedTo, long offset, int limit) {
        Condition kept = DI_ENVIRONMENT.ACCOUNT_ID.eq(accountId);
        if (!includeDeleted) {
            kept = kept.and(DI_ENVIRONMENT.IS_DELETED.isFalse());
        }
        if (!limitedTo.isEmpty()) {
            kept = kept.and(DSL.lower(DI_ENVIRONMENT.ID).in(limitedTo.stream().map(id -> id.toLowerCase(Locale.ROOT)).toList()));
        }
        List<DiEnvironment> page = dsl.selectFrom(DI_ENVIRONMENT).where(kept)
                .orderBy(DI_ENVIRONMENT.CREATED_AT, DI_ENVIRONMENT.SEQ)
                .limit(limit).offset(offset)
                .fetch(EnvironmentRepository::toEnvironment);
        return new EnvironmentPage(page, dsl.fetchCount(DI_ENVIRONMENT, kept));
    }

    public Optional<DiEnvironment> find(String accountId, String id) {
        return find(dsl, accountId, id);
    }

    public static Optional<DiEnvironment> find(DSLContext tx, String accountId, String id) {
        return tx.selectFrom(DI_ENVIRONMENT)
                .where(DI_ENVIRONMENT.ACCOUNT_ID.eq(accountId).and(DI_ENVIRONMENT.ID.eq(id)))
                .fetchOptional(EnvironmentRepository::toEnvironment);
    }

    public static void insert(DSLContext tx, String accountId, DiEnvironment environment) {
        tx.insertInto(DI_ENVIRONMENT)
                .set(DI_ENVIRONMENT.ACCOUNT_ID, accountId)
                .set(DI_ENVIRONMENT.ID, environment.id())
                .set(DI_ENVIRONMENT.NAME, environment.name())
                .set(DI_ENVIRONMENT.DESCRIPTION, environment.description())
                .set(DI_ENVIRONMENT.COLOR, environment.color())
                .set(DI_ENVIRONMENT.IS_DEFAULT, environment.isDefault())
                .set(DI_ENVIRONMENT.IS_DELETED, environment.isDeleted())
                .set(DI_ENVIRONMENT.IS_DELETE_LOCK, environment.isDeleteLock())
                .set(DI_ENVIRONMENT.USER_CREATED, environment.userCreated())
                .set(DI_ENVIRONMENT.CREATED_AT, utc(environment.createdAt()))
                .set(DI_ENVIRONMENT.UPDATED_AT, utc(environment.updatedAt()))
                .set(DI_ENVIRONMENT.UPDATED_BY, environment.updatedBy())
                .set(DI_ENVIRONMENT.DELETED_AT, utc(environment.deletedAt()))
                .set(DI_ENVIRONMENT.DELETED_BY, environment.deletedBy())
                .set(DI_ENVIRONMENT.DEFAULT_GROUP_ID, environment.defaultGroupId())
                .execute();
        ensureGroup(tx, accountId, environment.id(), environment.defaultGroupId(), "Default");
    }

    // ------------------------------------------------------------------ variables

    /** The environment's variables in the order they were first set. */
    public Map<String, String> variables(String accountId, String environmentId) {
        Map<String, String> variables = new LinkedHashMap<>();
        dsl.select(DI_VARIABLE.NAME, DI_VARIABLE.VAR_VALUE).from(DI_VARIABLE)
                .where(DI_VARIABLE.ACCOUNT_ID.eq(accountId).and(DI_VARIABLE.ENVIRONMENT_ID.eq(environmentId)))
                .orderBy(DI_VARIABLE.SEQ)
                .forEach(row -> variables.put(row.value1(), row.value2()));
        return variables;
    }

    /** Sets each variable (a null value removes it); names not given are kept. */
    public void mergeVariables(String accountId, String environmentId, Map<String, String> changes) {
        dsl.transaction(() -> mergeVariables(dsl, accountId, environmentId, changes));
    }

    public static void mergeVariables(DSLContext tx, String accountId, String environmentId, Map<String, String> changes) {
        changes.forEach((name, value) -> {
            var where = DI_VARIABLE.ACCOUNT_ID.eq(accountId)
                    .and(DI_VARIABLE.ENVIRONMENT_ID.eq(environmentId))
                    .and(DI_VARIABLE.NAME.eq(name));
            if (value == null) {
                tx.deleteFrom(DI_VARIABLE).where(where).execute();
            } else if (tx.update(DI_VARIABLE).set(DI_VARIABLE.VAR_VALUE, value).where(where).execute() == 0) {
                tx.insertInto(DI_VARIABLE)
                        .set(DI_VARIABLE.ACCOUNT_ID, accountId)
                        .set(DI_VARIABLE.ENVIRONMENT_ID, environmentId)
                        .set(DI_VARIABLE.NAME, name)
                        .set(DI_VARIABLE.VAR_VALUE, value)
                        .execute();
            }
        });
    }

    // ------------------------------------------------------------------ data flow groups

    public Optional<String> groupName(String accountId, String environmentId, String groupId) {
        return dsl.select(DI_RIVER_GROUP.NAME).from(DI_RIVER_GROUP)
                .where(DI_RIVER_GROUP.ACCOUNT_ID.eq(accountId).and(DI_RIVER_GROUP.ENVIRONMENT_ID.eq(environmentId))
                        .and(DI_RIVER_GROUP.ID.eq(groupId)))
                .fetchOptional(DI_RIVER_GROUP.NAME);
    }

    public Optional<String> groupIdNamed(String accountId, String environmentId, String name) {
        return groupIdNamed(dsl, accountId, environmentId, name);
    }

    public static Optional<String> groupIdNamed(DSLContext tx, String accountId, String environmentId, String name) {
        return tx.select(DI_RIVER_GROUP.ID).from(DI_RIVER_GROUP)
                .where(DI_RIVER_GROUP.ACCOUNT_ID.eq(accountId).and(DI_RIVER_GROUP.ENVIRONMENT_ID.eq(environmentId))
                        .and(DI_RIVER_GROUP.NAME.eq(name)))
                .orderBy(DI_RIVER_GROUP.ID)
                .limit(1)
                .fetchOptional(DI_RIVER_GROUP.ID);
    }

    public void ensureGroup(String accountId, String environmentId, String groupId, String name) {
        ensureGroup(dsl, accountId, environmentId, groupId, name);
    }

    public static void ensureGroup(DSLContext tx, String accountId, String environmentId, String groupId, String name) {
        boolean exists = tx.fetchExists(DI_RIVER_GROUP, DI_RIVER_GROUP.ACCOUNT_ID.eq(accountId)
                .and(DI_RIVER_GROUP.ENVIRONMENT_ID.eq(environmentId)).and(DI_RIVER_GROUP.ID.eq(groupId)));
        if (!exists) {
            tx.insertInto(DI_RIVER_GROUP)
                    .set(DI_RIVER_GROUP.ACCOUNT_ID, accountId)
                    .set(DI_RIVER_GROUP.ENVIRONMENT_ID, environmentId)
                    .set(DI_RIVER_GROUP.ID, groupId)
                    .set(DI_RIVER_GROUP.NAME, name)
                    .execute();
        }
    }

    private static DiEnvironment toEnvironment(DiEnvironmentRecord row) {
        return new DiEnvironment(row.getId(), row.getName(), row.getDescription(), row.getColor(),
                row.getIsDefault(), row.getIsDeleted(), row.getIsDeleteLock(), row.getUserCreated(),
                instant(row.getCreatedAt()), instant(row.getUpdatedAt()), row.getUpdatedBy(),
                instant(row.getDeletedAt()), row.getDeletedBy(), row.getDefaultGroupId());
    }

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
