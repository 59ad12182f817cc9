package dev.boomiemulator.domain.integrationpack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.boomiemulator.common.DomainException;
import dev.boomiemulator.common.InvalidInput;
import dev.boomiemulator.common.JsonFields;
import dev.boomiemulator.domain.integrationpack.IntegrationPackDefinition.Connection;
import dev.boomiemulator.domain.integrationpack.IntegrationPackDefinition.CrossReferenceTable;
import dev.boomiemulator.domain.integrationpack.IntegrationPackDefinition.MapDefinition;
import dev.boomiemulator.domain.integrationpack.IntegrationPackDefinition.PropertyComponent;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An installed instance's extensible connections, process properties, cross-reference tables and maps,
 * per environment it is attached to: reads merge the values upserted in that environment over the
 * pack's defaults; upserts are partial (only what is named changes) and all or nothing (everything is
 * checked before anything is stored). Encrypted values are stored but never returned.
 */
public final class IntegrationPackExtensionService {
    private final IntegrationPackRepository packs;
    private final ExtensionRepository values;

    public IntegrationPackExtensionService(IntegrationPackRepository packs, ExtensionRepository values) {
        this.packs = packs;
        this.values = values;
    }

    // ---- reads -------------------------------------------------------------------------------------

    public List<Extensions.Connection> connections(String accountId, IntegrationPackInstance instance) {
        IntegrationPackDefinition definition = definition(accountId, instance);
        List<Extensions.Connection> result = new ArrayList<>();
        for (String environmentId : instance.environmentIds()) {
            Map<String, String> stored = values.fieldValues(accountId, instance.id(), environmentId);
            for (Connection connection : definition.connections()) {
                List<Extensions.Field> fields = connection.fields().stream().map(field -> {
                    Shown shown = Shown.of(stored, ExtensionRepository.key(connection.id(), field.id()),
                            field.value(), field.encrypted());
                    return new Extensions.Field(field.id(), field.label(), shown.value(),
                            field.encrypted(), shown.encryptedValueSet(), false, shown.usesDefault(),
                            field.oauth2(), field.oauth2() ? field.oauth2TokenUrl() : null);
                }).toList();
                result.add(new Extensions.Connection(connection.id(), connection.name(), environmentId, instance.id(), fields));
            }
        }
        return result;
    }

    public List<Extensions.ProcessPropertyContainer> processProperties(String accountId, IntegrationPackInstance instance) {
        IntegrationPackDefinition definition = definition(accountId, instance);
        List<Extensions.ProcessPropertyContainer> result = new ArrayList<>();
        for (String environmentId : instance.environmentIds()) {
            Map<String, String> stored = values.propertyValues(accountId, instance.id(), environmentId);
            for (PropertyComponent component : definition.processProperties()) {
                List<Extensions.PropertyValue> properties = component.properties().stream().map(property -> {
                    Shown shown = Shown.of(stored, ExtensionRepository.key(component.id(), property.key()),
                            property.value(), property.encrypted());
                    return new Extensions.PropertyValue(property.key(), property.label(), shown.value(),
                            property.encrypted(), shown.encryptedValueSet(), shown.usesDefault());
                }).toList();
                result.add(new Extensions.ProcessPropertyContainer(component.id(), component.name(), environmentId,
                        instance.id(), properties));
            }
        }
        return result;
    }

    public List<Extensions.CrossReference> crossReferences(String accountId, IntegrationPackInstance instance) {
        IntegrationPackDefinition definition = definition(accountId, instance);
        List<Extensions.CrossReference> result = new ArrayList<>();
        for (String environmentId : instance.environmentIds()) {
            for (CrossReferenceTable table : definition.crossReferenceTables()) {
                result.add(crossReference(accountId, instance, environmentId, table));
            }
        }
        return result;
    }

    public List<Extensions.MapExtension> maps(String accountId, IntegrationPackInstance instance) {
        IntegrationPackDefinition definition = definition(accountId, instance);
        List<Extensions.MapExtension> result = new ArrayList<>();
        for (String environmentId : instance.environmentIds()) {
            for (MapDefinition map : definition.maps()) {
                result.add(map(accountId, instance, environmentId, map));
            }
        }
        return result;
    }

    // ---- environment extensions upsert ---------------------------------------------------------------

    /**
     * Applies a partial update of process properties, connection fields and cross-reference tables.
     *
     * @param defaultEnvironment the target for items that name no environment; when empty, every
     *                           environment the instance is attached to
     */
    public void upsert(String accountId, IntegrationPackInstance instance, Optional<String> defaultEnvironment,
                       JsonNode propertyContainers, JsonNode connections, JsonNode crossReferenceTables) {
        IntegrationPackDefinition definition = definition(accountId, instance);
        List<Runnable> writes = new ArrayList<>();

        List<JsonNode> containers = list(propertyContainers, "processPropertyContainers");
        for (int i = 0; i < containers.size(); i++) {
            JsonNode item = containers.get(i);
            String at = "processPropertyContainers[" + i + "]";
            String id = required(item, "id", at);
            PropertyComponent component = definition.propertyComponent(id).orElseThrow(() ->
                    DomainException.badRequest(at + ": no extensible process property component '" + id
                            + "' in integration pack instance " + instance.id() + "."));
            JsonNode given = item.has("processProperties") ? item.get("processProperties") : item.get("ProcessPropertyValue");
            List<JsonNode> properties = list(given, at + ".processProperties");
            for (String environmentId : targets(instance, item, defaultEnvironment, at)) {
                for (int p = 0; p < properties.size(); p++) {
                    JsonNode property = properties.get(p);
                    String pat = at + ".processProperties[" + p + "]";
                    String key = required(property, "key", pat);
                    IntegrationPackDefinition.Property known = component.property(key).orElseThrow(() ->
                            DomainException.badRequest(pat + ": process property component " + id + " has no key '" + key + "'."));
                    if (bool(property, "useDefault", pat)) {
                        writes.add(() -> values.clearProperty(accountId, instance.id(), environmentId, id, key));
                    } else {
                        JsonFields.text(property, "value").ifPresent(value ->
                                writes.add(() -> values.setProperty(accountId, instance.id(), environmentId, id, known.key(), value)));
                    }
                }
            }
        }

        List<JsonNode> connectionItems = list(connections, "connections");
        for (int i = 0; i < connectionItems.size(); i++) {
            JsonNode item = connectionItems.get(i);
            String at = "connections[" + i + "]";
            String id = required(item, "id", at);
            Connection connection = definition.connection(id).orElseThrow(() ->
                    DomainException.badRequest(at + ": no extensible connection '" + id
                            + "' in integration pack instance " + instance.id() + "."));
            List<JsonNode> fields = list(item.get("field"), at + ".field");
            for (String environmentId : targets(instance, item, defaultEnvironment, at)) {
                for (int f = 0; f < fields.size(); f++) {
                    JsonNode field = fields.get(f);
                    String fat = at + ".field[" + f + "]";
                    String fieldId = required(field, "id", fat);
                    connection.field(fieldId).orElseThrow(() ->
                            DomainException.badRequest(fat + ": connection " + id + " has no extensible field '" + fieldId + "'."));
                    if (bool(field, "useDefault", fat)) {
                        writes.add(() -> values.clearField(accountId, instance.id(), environmentId, id, fieldId));
                    } else {
                        JsonFields.text(field, "value").ifPresent(value ->
                                writes.add(() -> values.setField(accountId, instance.id(), environmentId, id, fieldId, value)));
                    }
                }
            }
        }

        List<JsonNode> tables = list(crossReferenceTables, "crossReferenceTables");
        for (int i = 0; i < tables.size(); i++) {
            JsonNode item = tables.get(i);
            String at = "crossReferenceTables[" + i + "]";
            String id = required(item, "id", at);
            CrossReferenceTable table = definition.crossReferenceTable(id).orElseThrow(() ->
                    DomainException.badRequest(at + ": no extensible cross-reference table '" + id
                            + "' in integration pack instance " + instance.id() + "."));
            JsonNode rowsNode = item.path("CrossReferenceRows").get("row");
            Optional<List<List<String>>> rows = rowsNode == null || rowsNode.isNull()
                    ? Optional.empty() : Optional.of(rows(list(rowsNode, at + ".CrossReferenceRows.row"), table, at));
            Optional<Boolean> override = optionalBool(item, "overrideValues", at);
            if (rows.isEmpty() && override.isEmpty()) {
                continue;
            }
            for (String environmentId : targets(instance, item, defaultEnvironment, at)) {
                writes.add(() -> {
                    Optional<ExtensionRepository.CrossReferenceValues> current =
                            values.crossReference(accountId, instance.id(), environmentId, id);
                    List<List<String>> newRows = rows.orElseGet(() -> current.map(ExtensionRepository.CrossReferenceValues::rows)
                            .orElse(table.rows()));
                    boolean newOverride = override.orElse(true);
                    values.putCrossReference(accountId, instance.id(), environmentId, id,
                            new ExtensionRepository.CrossReferenceValues(newOverride, newRows));
                });
            }
        }
        writes.forEach(Runnable::run);
    }

    // ---- map extensions upsert -----------------------------------------------------------------------

    /**
     * Replaces the mappings and functions of the named maps.
     *
     * @return the updated maps, as {@link #maps} shows them
     */
    public List<Extensions.MapExtension> upsertMaps(String accountId, IntegrationPackInstance instance,
                                                    Optional<String> environment, JsonNode maps) {
        IntegrationPackDefinition definition = definition(accountId, instance);
        List<JsonNode> items = list(maps, "Maps");
        List<Runnable> writes = new ArrayList<>();
        List<Target> touched = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            JsonNode item = items.get(i);
            String at = "Maps[" + i + "]";
            Optional<String> idEnvironment = Optional.empty();
            MapDefinition map;
            Optional<String> id = JsonFields.text(item, "id");
            if (id.isPresent()) {
                MapId decoded = MapId.decode(id.get()).filter(d -> d.instanceId().equals(instance.id())).orElseThrow(() ->
                        DomainException.badRequest(at + ": no map extension with id '" + id.get() + "' in integration pack instance "
                                + instance.id() + "."));
                map = definition.maps().stream().filter(m -> m.id().equals(decoded.mapId())
                        && m.processId().equals(decoded.processId())).findFirst().orElseThrow(() ->
                        DomainException.badRequest(at + ": no map extension with id '" + id.get() + "'."));
                idEnvironment = Optional.of(decoded.environmentId());
            } else {
                map = mapByMapId(definition, instance, item, at);
            }
            Optional<String> itemEnvironment = environment.or(() -> JsonFields.text(item, "environmentId"));
            Optional<String> chosen = itemEnvironment.isPresent() ? itemEnvironment : idEnvironment;
            List<String> environments = chosen.map(env -> List.of(attached(instance, env, at))).orElseGet(() -> all(instance, at));
            JsonNode body = item.path("Map");
            ArrayNode mappings = body.has("ExtendedMappings") ? MapForms.mappings(body.get("ExtendedMappings"), at + ".Map.ExtendedMappings") : null;
            ArrayNode functions = body.has("ExtendedFunctions") ? MapForms.functions(body.get("ExtendedFunctions"), at + ".Map.ExtendedFunctions") : null;
            for (String environmentId : environments) {
                ExtensionRepository.MapValues current = current(accountId, instance, environmentId, map);
                ArrayNode newMappings = mappings != null ? mappings : (ArrayNode) current.mappings();
                ArrayNode newFunctions = functions != null ? functions : (ArrayNode) current.functions();
                checkMappings(map, newMappings, newFunctions, at);
                writes.add(() -> values.putMap(accountId, instance.id(), environmentId, map.id(), map.processId(),
                        new ExtensionRepository.MapValues(newMappings, newFunctions)));
                touched.add(new Target(environmentId, map));
            }
        }
        writes.forEach(Runnable::run);
        return touched.stream().distinct().map(t -> map(accountId, instance, t.environmentId(), t.map())).toList();
    }

    private record Target(String environmentId, MapDefinition map) {
    }

    private static MapDefinition mapByMapId(IntegrationPackDefinition definition, IntegrationPackInstance instance,
                                            JsonNode item, String at) {
        String mapId = JsonFields.text(item, "mapId").orElseThrow(() ->
                DomainException.badRequest(at + ": name the map by id, or by mapId (and processId)."));
        Optional<String> processId = JsonFields.text(item, "processId")
                .map(given -> instance.process(given).map(IntegrationPackInstance.Process::originalProcessId).orElse(given));
        List<MapDefinition> candidates = definition.maps().stream()
                .filter(m -> m.id().equals(mapId) && processId.map(p -> p.equals(m.processId())).orElse(true))
                .toList();
        if (candidates.isEmpty()) {
            throw DomainException.badRequest(at + ": no extensible map '" + mapId + "'"
                    + processId.map(p -> " in process " + p).orElse("") + " in integration pack instance " + instance.id() + ".");
        }
        if (candidates.size() > 1) {
            throw DomainException.badRequest(at + ": map '" + mapId + "' is used by several processes; give processId.");
        }
        return candidates.get(0);
    }

    private static void checkMappings(MapDefinition map, ArrayNode mappings, ArrayNode functions, String at) {
        Set<String> sources = map.sourceProfile() == null ? Set.of() : map.sourceProfile().nodes().stream()
                .map(IntegrationPackDefinition.ProfileNode::xpath).collect(Collectors.toSet());
        Set<String> destinations = map.destinationProfile() == null ? Set.of() : map.destinationProfile().nodes().stream()
                .map(IntegrationPackDefinition.ProfileNode::xpath).collect(Collectors.toSet());
        Set<String> functionIds = new HashSet<>();
        functions.forEach(f -> {
            if (!functionIds.add(f.get("id").asText())) {
                throw DomainException.badRequest(at + ": two functions have the id '" + f.get("id").asText() + "'.");
            }
        });
        for (int i = 0; i < mappings.size(); i++) {
            JsonNode mapping = mappings.get(i);
            String mat = at + ".Map.ExtendedMappings[" + i + "]";
            end(mapping, "fromXPath", "fromFunction", sources, functionIds, "source profile", mat);
            end(mapping, "toXPath", "toFunction", destinations, functionIds, "destination profile", mat);
        }
    }

    private static void end(JsonNode mapping, String xpathField, String functionField, Set<String> xpaths,
                            Set<String> functionIds, String profile, String at) {
        Optional<String> xpath = JsonFields.text(mapping, xpathField);
        Optional<String> function = JsonFields.text(mapping, functionField);
        if (xpath.isEmpty() && function.isEmpty()) {
            throw DomainException.badRequest(at + " needs " + xpathField + " or " + functionField + ".");
        }
        xpath.filter(x -> !xpaths.contains(x)).ifPresent(x -> {
            throw DomainException.badRequest(at + "." + xpathField + ": '" + x + "' is not a node of the map's " + profile + ".");
        });
        function.filter(f -> !functionIds.contains(f)).ifPresent(f -> {
            throw DomainException.badRequest(at + "." + functionField + ": no function '" + f + "' in the map's ExtendedFunctions.");
        });
    }

    // ---- OAuth2 --------------------------------------------------------------------------------------

    /**
     * The access-token URL of an OAuth2 connection field: the field's token URL with a {@code state}
     * naming the account, instance, environment, connection and field. Unknown connection or field: 404;
     * a field not marked OAuth2: 400.
     */
    public Extensions.OAuth2Url oauth2Url(String accountId, String connectionId, String fieldId,
                                          Optional<String> environmentId, Optional<String> extensionGroupId,
                                          List<IntegrationPackInstance> candidates) {
        for (IntegrationPackInstance instance : candidates) {
            if (environmentId.isPresent() && !instance.environmentIds().contains(environmentId.get())) {
                continue;
            }
            Optional<Connection> connection = definition(accountId, instance).connection(connectionId);
            if (connection.isEmpty()) {
                continue;
            }
            IntegrationPackDefinition.Field field = connection.get().field(fieldId).orElseThrow(() ->
                    DomainException.notFound("Connection " + connectionId + " has no field '" + fieldId + "'."));
            if (!field.oauth2()) {
                throw DomainException.badRequest("Field '" + fieldId + "' of connection " + connectionId
                        + " is not an OAuth2 field.");
            }
            String environment = environmentId.orElse(instance.environmentIds().isEmpty() ? null : instance.environmentIds().get(0));
            String state = Base64.getUrlEncoder().withoutPadding().encodeToString(String.join(":", accountId, instance.id(),
                    environment == null ? "" : environment, connectionId, fieldId).getBytes(StandardCharsets.UTF_8));
            String base = field.oauth2TokenUrl();
            String url = base + (base.contains("?") ? "&" : "?") + "state=" + URLEncoder.encode(state, StandardCharsets.UTF_8);
            return new Extensions.OAuth2Url(url, connectionId, fieldId, environment, instance.id());
        }
        throw DomainException.notFound("No extensible connection " + connectionId
                + extensionGroupId.map(g -> " in extension group " + g).orElse("")
                + environmentId.map(e -> " attached to environment " + e).orElse("") + " was found.");
    }

    // ---- helpers -------------------------------------------------------------------------------------

    private IntegrationPackDefinition definition(String accountId, IntegrationPackInstance instance) {
        return packs.findPack(accountId, instance.integrationPackId()).map(IntegrationPack::definition)
                .orElse(new IntegrationPackDefinition(null, null, null, null, null));
    }

    private Extensions.CrossReference crossReference(String accountId, IntegrationPackInstance instance,
                                                     String environmentId, CrossReferenceTable table) {
        Optional<ExtensionRepository.CrossReferenceValues> stored =
                values.crossReference(accountId, instance.id(), environmentId, table.id());
        boolean override = stored.map(ExtensionRepository.CrossReferenceValues::overrideValues).orElse(false);
        List<List<String>> rows = override ? stored.get().rows() : table.rows();
        List<Map<String, String>> rendered = new ArrayList<>();
        for (List<String> row : rows) {
            Map<String, String> out = new LinkedHashMap<>();
            out.put("@type", "CrossReferenceRow");
            for (int c = 0; c < table.columns().size(); c++) {
                out.put("ref" + (c + 1), c < row.size() && row.get(c) != null ? row.get(c) : "");
            }
            rendered.add(out);
        }
        return new Extensions.CrossReference(table.id(), table.name(), environmentId, instance.id(), override,
                String.join(",", table.columns()), new Extensions.Rows(rendered));
    }

    private Extensions.MapExtension map(String accountId, IntegrationPackInstance instance, String environmentId,
                                        MapDefinition map) {
        ExtensionRepository.MapValues current = current(accountId, instance, environmentId, map);
        String processId = instance.process(map.processId()).map(IntegrationPackInstance.Process::processId)
                .orElse(map.processId());
        String name = map.name() != null ? map.name()
                : profileName(map.sourceProfile()) + " - " + profileName(map.destinationProfile());
        return new Extensions.MapExtension(new MapId(environmentId, instance.id(), map.processId(), map.id()).encode(),
                map.id(), processId, name, environmentId, instance.id(),
                new Extensions.MapBody(nodes(map.sourceProfile()), nodes(map.destinationProfile()),
                        current.mappings(), current.functions()));
    }

    private ExtensionRepository.MapValues current(String accountId, IntegrationPackInstance instance,
                                                  String environmentId, MapDefinition map) {
        return values.map(accountId, instance.id(), environmentId, map.id(), map.processId())
                .orElseGet(() -> new ExtensionRepository.MapValues(MapForms.mappings(map.mappings(), "mappings"),
                        MapForms.functions(map.functions(), "functions")));
    }

    private static String profileName(IntegrationPackDefinition.Profile profile) {
        return profile == null || profile.name() == null ? "" : profile.name();
    }

    private static List<Extensions.ProfileNode> nodes(IntegrationPackDefinition.Profile profile) {
        if (profile == null) {
            return List.of();
        }
        return profile.nodes().stream()
                .map(node -> new Extensions.ProfileNode(node.name(), profile.componentId(), node.xpath()))
                .toList();
    }

    private static List<List<String>> rows(List<JsonNode> given, CrossReferenceTable table, String at) {
        int columns = table.columns().size();
        List<List<String>> rows = new ArrayList<>();
        for (int r = 0; r < given.size(); r++) {
            JsonNode row = given.get(r);
            String rat = at + ".CrossReferenceRows.row[" + r + "]";
            if (!row.isObject()) {
                throw DomainException.badRequest(rat + " must be an object with ref1..ref" + columns + ".");
            }
            for (int c = columns + 1; c <= IntegrationPackDefinition.MAX_CROSS_REFERENCE_COLUMNS; c++) {
                if (JsonFields.text(row, "ref" + c).isPresent()) {
                    throw DomainException.badRequest(rat + ".ref" + c + ": table " + table.id() + " has only "
                            + columns + " columns (" + String.join(", ", table.columns()) + ").");
                }
            }
            List<String> values = new ArrayList<>();
            for (int c = 1; c <= columns; c++) {
                values.add(JsonFields.text(row, "ref" + c).orElse(""));
            }
            rows.add(values);
        }
        return rows;
    }

    private static List<String> targets(IntegrationPackInstance instance, JsonNode item, Optional<String> defaultEnvironment,
                                        String at) {
        Optional<String> given = JsonFields.text(item, "environmentId").or(() -> defaultEnvironment);
        return given.map(env -> List.of(attached(instance, env, at))).orElseGet(() -> all(instance, at));
    }

    private static String attached(IntegrationPackInstance instance, String environmentId, String at) {
        if (!instance.environmentIds().contains(environmentId)) {
            throw DomainException.badRequest(at + ": integration pack instance " + instance.id()
                    + " is not attached to environment " + environmentId + ".");
        }
        return environmentId;
    }

    private static List<String> all(IntegrationPackInstance instance, String at) {
        if (instance.environmentIds().isEmpty()) {
            throw DomainException.badRequest(at + ": integration pack instance " + instance.id()
                    + " is attached to no environment; attach it first (createIntegrationPackDeployment).");
        }
        return instance.environmentIds();
    }

    private static String required(JsonNode item, String field, String at) {
        return JsonFields.text(item, field).orElseThrow(() -> DomainException.badRequest(at + "." + field + " is required."));
    }

    private static boolean bool(JsonNode item, String field, String at) {
        return optionalBool(item, field, at).orElse(false);
    }

    private static Optional<Boolean> optionalBool(JsonNode item, String field, String at) {
        try {
            return JsonFields.bool(item, field);
        } catch (InvalidInput e) {
            throw DomainException.badRequest(at + "." + field + " must be true or false.");
        }
    }

    private static List<JsonNode> list(JsonNode given, String at) {
        List<JsonNode> items = new ArrayList<>();
        if (given == null || given.isNull() || given.isMissingNode()) {
            return items;
        }
        if (given.isArray()) {
            for (int i = 0; i < given.size(); i++) {
                if (!given.get(i).isObject()) {
                    throw DomainException.badRequest(at + "[" + i + "] must be an object.");
                }
                items.add(given.get(i));
            }
        } else if (given.isObject()) {
            items.add(given);
        } else {
            throw DomainException.badRequest(at + " must be a list of objects.");
        }
        return items;
    }

    /** The synthesized id of a map extension: environment, instance, process and map, base64url. */
    record MapId(String environmentId, String instanceId, String processId, String mapId) {
        String encode() {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(
                    String.join(":", environmentId, instanceId, processId, mapId).getBytes(StandardCharsets.UTF_8));
        }

        static Optional<MapId> decode(String id) {
            try {
                String[] parts = new String(Base64.getUrlDecoder().decode(id), StandardCharsets.UTF_8).split(":", -1);
                return parts.length == 4 ? Optional.of(new MapId(parts[0], parts[1], parts[2], parts[3])) : Optional.empty();
            } catch (IllegalArgumentException notOurs) {
                return Optional.empty();
            }
        }
    }

    /**
     * How one extensible value is shown: the value stored for the environment, else the pack's default;
     * an encrypted value is never echoed, only whether one is set.
     */
    private record Shown(String value, boolean encryptedValueSet, boolean usesDefault) {
        static Shown of(Map<String, String> stored, String key, String defaultValue, boolean encrypted) {
            boolean overridden = stored.containsKey(key);
            String value = overridden ? stored.get(key) : defaultValue;
            boolean set = value != null && !value.isEmpty();
            return new Shown(encrypted ? null : (value == null ? "" : value), encrypted && set, !overridden);
        }
    }
}
