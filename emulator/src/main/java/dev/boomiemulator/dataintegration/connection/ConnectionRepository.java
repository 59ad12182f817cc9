package dev.boomiemulator.dataintegration.connection;

import static dev.boomiemulator.db.jooq.Tables.DI_CONNECTION;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.boomiemulator.common.Json;
import dev.boomiemulator.db.jooq.tables.records.DiConnectionRecord;
import java.io.UncheckedIOException;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** Connections of an environment, within one account. */
public final class ConnectionRepository {
    private final DSLContext dsl;

    public ConnectionRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** One page of an environment's connections, and how many there are in all. */
    public record ConnectionPage(List<DiConnection> connections, int total) {
    }

    /** The environment's connections by name, case-insensitively, then id: {@code limit} of them from {@code offset}. */
    public ConnectionPage page(String accountId, String environmentId, long offset, int limit) {
        List<DiConnection> page = dsl.selectFrom(DI_CONNECTION)
                .where(inEnvironment(accountId, environmentId))
                .orderBy(DSL.lower(DI_CONNECTION.NAME), DI_CONNECTION.ID)
                .limit(limit).offset(offset)
                .fetch(ConnectionRepository::toConnection);
        return new ConnectionPage(page, dsl.fetchCount(DI_CONNECTION, inEnvironment(accountId, environmentId)));
    }

    public Optional<DiConnection> find(String accountId, String environmentId, String id) {
        return dsl.selectFrom(DI_CONNECTION)
                .where(inEnvironment(accountId, environmentId).and(DI_CONNECTION.ID.eq(id)))
                .fetchOptional(ConnectionRepository::toConnection);
    }

    public boolean exists(String accountId, String environmentId, String id) {
        return dsl.fetchExists(DI_CONNECTION, inEnvironment(accountId, environmentId).and(DI_CONNECTION.ID.eq(id)));
    }

    /** Whether another connection of the environment already has this name. */
    public boolean nameTaken(String accountId, String environmentId, String name, String exceptId) {
        Condition condition = inEnvironment(accountId, environmentId).and(DI_CONNECTION.NAME.eq(name));
        if (exceptId != null) {
            condition = condition.and(DI_CONNECTION.ID.ne(exceptId));
        }
        return dsl.fetchExists(DI_CONNECTION, condition);
    }

    public void insert(String accountId, DiConnection connection) {
        insert(dsl, accountId, connection);
    }

    public static void insert(DSLContext tx, String accountId, DiConnection connection) {
        tx.insertInto(DI_CONNECTION)
                .set(DI_CONNECTION.ACCOUNT_ID, accountId)
                .set(DI_CONNECTION.ENVIRONMENT_ID, connection.environmentId())
                .set(DI_CONNECTION.ID, connection.id())
                .set(DI_CONNECTION.NAME, connection.name())
                .set(DI_CONNECTION.TYPE_ID, connection.typeId())
                .set(DI_CONNECTION.TYPE_LABEL, connection.typeLabel())
                .set(DI_CONNECTION.DESCRIPTION, connection.description())
                .set(DI_CONNECTION.IS_TEST, connection.isTest())
                .set(DI_CONNECTION.SETTINGS, connection.settings().toString())
                .set(DI_CONNECTION.CATALOG, connection.catalog().toString())
                .set(DI_CONNECTION.UPDATE_BY, connection.updateBy())
                .set(DI_CONNECTION.UPDATE_TIME, connection.updateTime().atOffset(ZoneOffset.UTC))
                .execute();
    }

    public void update(String accountId, DiConnection connection) {
        dsl.update(DI_CONNECTION)
                .set(DI_CONNECTION.NAME, connection.name())
                .set(DI_CONNECTION.TYPE_ID, connection.typeId())
                .set(DI_CONNECTION.TYPE_LABEL, connection.typeLabel())
                .set(DI_CONNECTION.DESCRIPTION, connection.description())
                .set(DI_CONNECTION.IS_TEST, connection.isTest())
                .set(DI_CONNECTION.SETTINGS, connection.settings().toString())
                .set(DI_CONNECTION.UPDATE_BY, connection.updateBy())
                .set(DI_CONNECTION.UPDATE_TIME, connection.updateTime().atOffset(ZoneOffset.UTC))
                .where(inEnvironment(accountId, connection.environmentId()).and(DI_CONNECTION.ID.eq(connection.id())))
                .execute();
    }

    public boolean delete(String accountId, String environmentId, String id) {
        return dsl.deleteFrom(DI_CONNECTION)
                .where(inEnvironment(accountId, environmentId).and(DI_CONNECTION.ID.eq(id)))
                .execute() == 1;
    }

    public static boolean exists(DSLContext tx, String accountId, String environmentId, String id) {
        return tx.fetchExists(DI_CONNECTION, inEnvironment(accountId, environmentId).and(DI_CONNECTION.ID.eq(id)));
    }

    private static Condition inEnvironment(String accountId, String environmentId) {
        return DI_CONNECTION.ACCOUNT_ID.eq(accountId).and(DI_CONNECTION.ENVIRONMENT_ID.eq(environmentId));
    }

    private static DiConnection toConnection(DiConnectionRecord row) {
        return new DiConnection(row.getId(), row.getEnvironmentId(), row.getName(), row.getTypeId(),
                row.getTypeLabel(), row.getDescription(), row.getIsTest(), object(row.getSettings()),
                object(row.getCatalog()), row.getUpdateBy(), row.getUpdateTime().toInstant());
    }

    private static ObjectNode object(String json) {
        try {
            return (ObjectNode) Json.mapper().readTree(json);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
