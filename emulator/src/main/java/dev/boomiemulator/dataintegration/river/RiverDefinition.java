package dev.boomiemulator.dataintegration.river;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.boomiemulator.common.Json;
import dev.boomiemulator.common.JsonFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A data flow's definition as the client sent it, kept as
 * {@code {"metadata":{..},"settings":{..},"properties":{..},"schedulers":[..],"extra":{..}}}: read-only
 * fields left out, unknown fields kept (top-level ones in {@code extra}) so they are echoed back.
 */
final class RiverDefinition {
    static final int DEFAULT_RUN_TIMEOUT_SECONDS = 43200;

    /** Top-level request fields the emulator reads. */
    private static final Set<String> KNOWN = Set.of("name", "type", "kind", "group_id", "group_name", "metadata",
            "settings", "properties", "schedulers");
    /** Top-level fields a GET answers that the path or the server decides: ignored on input. */
    private static final Set<String> READ_ONLY = Set.of("cross_id", "account_id", "environment_id",
            "environment_name", "deployment_definition");
    /** Metadata a GET answers that the server keeps: ignored on input. */
    static final Set<String> METADATA_READ_ONLY = Set.of("river_status", "current_version_id", "created_by",
            "last_updated_by", "created_at", "last_updated_at", "is_deleted");

    private RiverDefinition() {
    }

    /** What a create or update request asks for. */
    record Input(String name, String type, String kind, String groupId, String groupName, ObjectNode definition) {
    }

    /** A source table selected for running: its schema, name and the table it loads into. */
    record SourceTable(String schema, String name, String targetTable) {
        String qualifiedName() {
            return schema == null ? name : schema + "." + name;
        }
    }

    static Input fromRequest(ObjectNode body) {
        ObjectNode definition = Json.mapper().createObjectNode();
        ObjectNode metadata = definition.putObject("metadata");
        JsonNode givenMetadata = body.get("metadata");
        if (givenMetadata != null && givenMetadata.isObject()) {
            givenMetadata.fields().forEachRemaining(field -> {
                if (!METADATA_READ_ONLY.contains(field.getKey())) {
                    metadata.set(field.getKey(), field.getValue());
                }
            });
        }
        JsonNode settings = body.get("settings");
        if (settings == null || settings.isNull()) {
            ObjectNode defaults = Json.mapper().createObjectNode();
            defaults.put("run_timeout_seconds", DEFAULT_RUN_TIMEOUT_SECONDS);
            settings = defaults;
        }
        definition.set("settings", settings);
        JsonNode properties = body.get("properties");
        definition.set("properties", properties == null || properties.isNull() ? Json.mapper().createObjectNode() : properties);
        JsonNode schedulers = body.get("schedulers");
        definition.set("schedulers", schedulers == null || schedulers.isNull() ? Json.mapper().createArrayNode() : schedulers);
        ObjectNode extra = definition.putObject("extra");
        body.fields().forEachRemaining(field -> {
            if (!KNOWN.contains(field.getKey()) && !READ_ONLY.contains(field.getKey())) {
                extra.set(field.getKey(), field.getValue());
            }
        });
        return new Input(
                body.path("name").asText(),
                body.path("type").asText(River.SOURCE_TO_TARGET),
                JsonFields.text(body, "kind").orElse(River.MAIN_RIVER),
                JsonFields.text(body, "group_id").orElse(null),
                JsonFields.text(body, "group_name").orElse(null),
                definition);
    }

    static ObjectNode metadata(ObjectNode definition) {
        return object(definition, "metadata");
    }

    static ObjectNode properties(ObjectNode definition) {
        return object(definition, "properties");
    }

    static JsonNode settings(ObjectNode definition) {
        return definition.path("settings");
    }

    static ArrayNode schedulers(ObjectNode definition) {
        JsonNode schedulers = definition.get("schedulers");
        return schedulers instanceof ArrayNode array ? array : Json.mapper().createArrayNode();
    }

    static ObjectNode extra(ObjectNode definition) {
        return object(definition, "extra");
    }

    static String description(ObjectNode definition) {
        return JsonFields.text(metadata(definition), "description").orElse(null);
    }

    static JsonNode source(ObjectNode definition) {
        return properties(definition).path("source");
    }

    static JsonNode target(ObjectNode definition) {
        return properties(definition).path("target");
    }

    static Optional<String> sourceName(ObjectNode definition) {
        return JsonFields.text(source(definition), "name");
    }

    /** The cron expressions of the schedulers. */
    static List<String> cronExpressions(ObjectNode definition) {
        List<String> crons = new ArrayList<>();
        for (JsonNode scheduler : schedulers(definition)) {
            JsonFields.text(scheduler, "cron_expression").ifPresent(crons::add);
        }
        return crons;
    }

    static boolean hasEnabledScheduler(ObjectNode definition) {
        for (JsonNode scheduler : schedulers(definition)) {
            if (scheduler.isObject() && !scheduler.path("is_enabled").asText("true").equalsIgnoreCase("false")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The tables selected in {@code properties.schemas[].tables[]}: every table whose
     * {@code details.is_selected} is not false. Schema and table names are read from {@code name} or
     * {@code schema_name}/{@code table_name}, at the table's top level or in its {@code details}.
     */
    static List<SourceTable> selectedTables(ObjectNode definition) {
        List<SourceTable> tables = new ArrayList<>();
        for (JsonNode schema : properties(definition).path("schemas")) {
            String schemaName = JsonFields.text(schema, "name").or(() -> JsonFields.text(schema, "schema_name")).orElse(null);
            for (JsonNode table : schema.path("tables")) {
                JsonNode details = table.path("details");
                if (details.path("is_selected").asText("true").equalsIgnoreCase("false")) {
                    continue;
                }
                Optional<String> name = JsonFields.text(details, "name")
                        .or(() -> JsonFields.text(table, "name"))
                        .or(() -> JsonFields.text(table, "table_name"))
                        .or(() -> JsonFields.text(details, "table_name"));
                if (name.isPresent()) {
                    tables.add(new SourceTable(schemaName, name.get(),
                            JsonFields.text(details, "target_table").orElse(name.get())));
                }
            }
        }
        return tables;
    }

    /** The single target table of a non-multi-table source ({@code properties.target.table_name}). */
    static Optional<String> singleTargetTable(ObjectNode definition) {
        String runType = JsonFields.text(source(definition), "run_type").orElse("");
        if (runType.equalsIgnoreCase("multi_tables")) {
            return Optional.empty();
        }
        return JsonFields.text(target(definition), "table_name");
    }

    /** Why the definition cannot run (source_to_target without any source table), if it cannot. */
    static Optional<String> runProblem(River river) {
        if (!River.SOURCE_TO_TARGET.equals(river.type())) {
            return Optional.empty();
        }
        if (selectedTables(river.definition()).isEmpty() && singleTargetTable(river.definition()).isEmpty()) {
            return Optional.of("Data flow " + river.id() + " has no source tables configured: select at least one "
                    + "table in properties.schemas (or, for a single-table source, set properties.target.table_name)");
        }
        return Optional.empty();
    }

    /** The target table a run reports: the single target table, else the first selected table's target. */
    static String runTargetName(River river) {
        return singleTargetTable(river.definition())
                .or(() -> selectedTables(river.definition()).stream().map(SourceTable::targetTable).findFirst())
                .orElse(null);
    }

    /** The tables a run covers, for its logs. */
    static List<String> runTables(River river) {
        List<String> tables = new ArrayList<>(selectedTables(river.definition()).stream()
                .map(SourceTable::qualifiedName).toList());
        if (tables.isEmpty()) {
            singleTargetTable(river.definition()).ifPresent(tables::add);
        }
        return tables;
    }

    private static ObjectNode object(ObjectNode parent, String field) {
        JsonNode node = parent.get(field);
        return node instanceof ObjectNode object ? object : Json.mapper().createObjectNode();
    }
}
