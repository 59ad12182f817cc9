package dev.boomiemulator.domain.integrationpack;

import static dev.boomiemulator.db.jooq.Tables.IPACK_EXTENSION_CONNECTION_FIELD;
import static dev.boomiemulator.db.jooq.Tables.IPACK_EXTENSION_CROSS_REFERENCE;
import static dev.boomiemulator.db.jooq.Tables.IPACK_EXTENSION_MAP;
import static dev.boomiemulator.db.jooq.Tables.IPACK_EXTENSION_PROCESS_PROPERTY;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import dev.boomiemulator.common.Json;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;

/** Extension values upserted per instance and environment; a missing row means "the pack's default". */
public final class ExtensionRepository {
    private final DSLContext dsl;

    public ExtensionRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** A stored cross-reference override. */
    public record CrossReferenceValues(boolean overrideValues, List<List<String>> rows) {
    }

    /** A stored map extension (Connect Now form arrays). */
    public record MapValues(JsonNode mappings, JsonNode functions) {
    }

    static String key(String first, String second) {
        return first + '\u0000' + second;
    }

    /** Stored field values of one environment, by {@link #key(String, String) key(connectionId, fieldId)}. */
    public Map<String, String> fieldValues(String accountId, String instanceId, String environmentId) {
        Map<String, String> values = new HashMap<>();
        dsl.selectFrom(IPACK_EXTENSION_CONNECTION_FIELD)
                .where(IPACK_EXTENSION_CONNECTION_FIELD.ACCOUNT_ID.eq(accountId)
                        .and(IPACK_EXTENSION_CONNECTION_FIELD.INSTANCE_ID.eq(instanceId))
                        .and(IPACK_EXTENSION_CONNECTION_FIELD.ENVIRONMENT_ID.eq(environmentId)))
                .forEach(row -> values.put(key(row.getConnectionId(), row.getFieldId()), row.getFieldValue()));
        return values;
    }

    public void setField(String accountId, String instanceId, String environmentId, String connectionId,
                         String fieldId, String value) {
        dsl.insertInto(IPACK_EXTENSION_CONNECTION_FIELD)
                .set(IPACK_EXTENSION_CONNECTION_FIELD.ACCOUNT_ID, accountId)
                .set(IPACK_EXTENSION_CONNECTION_FIELD.INSTANCE_ID, instanceId)
                .set(IPACK_EXTENSION_CONNECTION_FIELD.ENVIRONMENT_ID, environmentId)
                .set(IPACK_EXTENSION_CONNECTION_FIELD.CONNECTION_ID, connectionId)
                .set(IPACK_EXTENSION_CONNECTION_FIELD.FIELD_ID, fieldId)
                .set(IPACK_EXTENSION_CONNECTION_FIELD.FIELD_VALUE, value)
                .onDuplicateKeyUpdate()
                .set(IPACK_EXTENSION_CONNECTION_FIELD.FIELD_VALUE, value)
                .execute();
    }

    public void clearField(String accountId, String instanceId, String environmentId, String connectionId, String fieldId) {
        dsl.deleteFrom(IPACK_EXTENSION_CONNECTION_FIELD)
                .where(IPACK_EXTENSION_CONNECTION_FIELD.ACCOUNT_ID.eq(accountId)
                        .and(IPACK_EXTENSION_CONNECTION_FIELD.INSTANCE_ID.eq(instanceId))
                        .and(IPACK_EXTENSION_CONNECTION_FIELD.ENVIRONMENT_ID.eq(environmentId))
                        .and(IPACK_EXTENSION_CONNECTION_FIELD.CONNECTION_ID.eq(connectionId))
                        .and(IPACK_EXTENSION_CONNECTION_FIELD.FIELD_ID.eq(fieldId)))
                .execute();
    }

    /** Stored process property values of one environment, by {@link #key(String, String) key(componentId, key)}. */
    public Map<String, String> propertyValues(String accountId, String instanceId, String environmentId) {
        Map<String, String> values = new HashMap<>();
        dsl.selectFrom(IPACK_EXTENSION_PROCESS_PROPERTY)
                .where(IPACK_EXTENSION_PROCESS_PROPERTY.ACCOUNT_ID.eq(accountId)
                        .and(IPACK_EXTENSION_PROCESS_PROPERTY.INSTANCE_ID.eq(instanceId))
                        .and(IPACK_EXTENSION_PROCESS_PROPERTY.ENVIRONMENT_ID.eq(environmentId)))
                .forEach(row -> values.put(key(row.getComponentId(), row.getPropertyKey()), row.getPropertyValue()));
        return values;
    }

    public void setProperty(String accountId, String instanceId, String environmentId, String componentId,
                            String propertyKey, String value) {
        dsl.insertInto(IPACK_EXTENSION_PROCESS_PROPERTY)
                .set(IPACK_EXTENSION_PROCESS_PROPERTY.ACCOUNT_ID, accountId)
                .set(IPACK_EXTENSION_PROCESS_PROPERTY.INSTANCE_ID, instanceId)
                .set(IPACK_EXTENSION_PROCESS_PROPERTY.ENVIRONMENT_ID, environmentId)
                .set(IPACK_EXTENSION_PROCESS_PROPERTY.COMPONENT_ID, componentId)
                .set(IPACK_EXTENSION_PROCESS_PROPERTY.PROPERTY_KEY, propertyKey)
                .set(IPACK_EXTENSION_PROCESS_PROPERTY.PROPERTY_VALUE, value)
                .onDuplicateKeyUpdate()
                .set(IPACK_EXTENSION_PROCESS_PROPERTY.PROPERTY_VALUE, value)
                .execute();
    }

    public void clearProperty(String accountId, String instanceId, String environmentId, String componentId,
                              String propertyKey) {
        dsl.deleteFrom(IPACK_EXTENSION_PROCESS_PROPERTY)
                .where(IPACK_EXTENSION_PROCESS_PROPERTY.ACCOUNT_ID.eq(accountId)
                        .and(IPACK_EXTENSION_PROCESS_PROPERTY.INSTANCE_ID.eq(instanceId))
                        .and(IPACK_EXTENSION_PROCESS_PROPERTY.ENVIRONMENT_ID.eq(environmentId))
                        .and(IPACK_EXTENSION_PROCESS_PROPERTY.COMPONENT_ID.eq(componentId))
                        .and(IPACK_EXTENSION_PROCESS_PROPERTY.PROPERTY_KEY.eq(propertyKey)))
                .execute();
    }

    public Optional<CrossReferenceValues> crossReference(String accountId, String instanceId, String environmentId,
                                                         String tableId) {
        return dsl.selectFrom(IPACK_EXTENSION_CROSS_REFERENCE)
                .where(IPACK_EXTENSION_CROSS_REFERENCE.ACCOUNT_ID.eq(accountId)
                        .and(IPACK_EXTENSION_CROSS_REFERENCE.INSTANCE_ID.eq(instanceId))
                        .and(IPACK_EXTENSION_CROSS_REFERENCE.ENVIRONMENT_ID.eq(environmentId))
                        .and(IPACK_EXTENSION_CROSS_REFERENCE.TABLE_ID.eq(tableId)))
                .fetchOptional()
                .map(row -> new CrossReferenceValues(row.getOverrideValues(),
                        read(row.getTableRows(), new TypeReference<List<List<String>>>() { })));
    }

    public void putCrossReference(String accountId, String instanceId, String environmentId, String tableId,
                                  CrossReferenceValues values) {
        String rows = write(values.rows());
        dsl.insertInto(IPACK_EXTENSION_CROSS_REFERENCE)
                .set(IPACK_EXTENSION_CROSS_REFERENCE.ACCOUNT_ID, accountId)
                .set(IPACK_EXTENSION_CROSS_REFERENCE.INSTANCE_ID, instanceId)
                .set(IPACK_EXTENSION_CROSS_REFERENCE.ENVIRONMENT_ID, environmentId)
                .set(IPACK_EXTENSION_CROSS_REFERENCE.TABLE_ID, tableId)
                .set(IPACK_EXTENSION_CROSS_REFERENCE.OVERRIDE_VALUES, values.overrideValues())
                .set(IPACK_EXTENSION_CROSS_REFERENCE.TABLE_ROWS, rows)
                .onDuplicateKeyUpdate()
                .set(IPACK_EXTENSION_CROSS_REFERENCE.OVERRIDE_VALUES, values.overrideValues())
                .set(IPACK_EXTENSION_CROSS_REFERENCE.TABLE_ROWS, rows)
                .execute();
    }

    public Optional<MapValues> map(String accountId, String instanceId, String environmentId, String mapId,
                                   String processId) {
        return dsl.selectFrom(IPACK_EXTENSION_MAP)
                .where(IPACK_EXTENSION_MAP.ACCOUNT_ID.eq(accountId)
                        .and(IPACK_EXTENSION_MAP.INSTANCE_ID.eq(instanceId))
                        .and(IPACK_EXTENSION_MAP.ENVIRONMENT_ID.eq(environmentId))
                        .and(IPACK_EXTENSION_MAP.MAP_ID.eq(mapId))
                        .and(IPACK_EXTENSION_MAP.PROCESS_ID.eq(processId)))
                .fetchOptional()
                .map(row -> new MapValues(read(row.getMappings(), new TypeReference<JsonNode>() { }),
                        read(row.getFunctions(), new TypeReference<JsonNode>() { })));
    }

    public void putMap(String accountId, String instanceId, String environmentId, String mapId, String processId,
                       MapValues values) {
        String mappings = write(values.mappings());
        String functions = write(values.functions());
        dsl.insertInto(IPACK_EXTENSION_MAP)
                .set(IPACK_EXTENSION_MAP.ACCOUNT_ID, accountId)
                .set(IPACK_EXTENSION_MAP.INSTANCE_ID, instanceId)
                .set(IPACK_EXTENSION_MAP.ENVIRONMENT_ID, environmentId)
                .set(IPACK_EXTENSION_MAP.MAP_ID, mapId)
                .set(IPACK_EXTENSION_MAP.PROCESS_ID, processId)
                .set(IPACK_EXTENSION_MAP.MAPPINGS, mappings)
                .set(IPACK_EXTENSION_MAP.FUNCTIONS, functions)
                .onDuplicateKeyUpdate()
                .set(IPACK_EXTENSION_MAP.MAPPINGS, mappings)
                .set(IPACK_EXTENSION_MAP.FUNCTIONS, functions)
                .execute();
    }

    private static <T> T read(String json, TypeReference<T> type) {
        try {
            return Json.mapper().readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored extension value is unreadable", e);
        }
    }

    private static String write(Object value) {
        try {
            return Json.mapper().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
