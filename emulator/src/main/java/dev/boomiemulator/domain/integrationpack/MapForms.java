package dev.boomiemulator.domain.integrationpack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.boomiemulator.common.DomainException;
import dev.boomiemulator.common.JsonFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Map extension mappings and functions in their one stored form: the Connect Now arrays, every object
 * with its Platform {@code @type}. Reads both the Connect Now form ({@code [...]}) and the Platform form
 * ({@code {"Mapping":[...]}}, {@code {"Function":[...]}}), lenient about scalars.
 */
final class MapForms {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private MapForms() {
    }

    /** The items of a list in either form; a bare object under the wrapper key counts as a one-item list. */
    static List<JsonNode> items(JsonNode given, String wrapperKey) {
        List<JsonNode> items = new ArrayList<>();
        if (given == null || given.isNull() || given.isMissingNode()) {
            return items;
        }
        JsonNode list = given.isObject() ? given.get(wrapperKey) : given;
        if (list == null || list.isNull()) {
            return items;
        }
        if (list.isArray()) {
            list.forEach(items::add);
        } else if (list.isObject()) {
            items.add(list);
        } else {
            throw DomainException.badRequest(wrapperKey + " must be a list of objects.");
        }
        return items;
    }

    static ArrayNode mappings(JsonNode given, String at) {
        ArrayNode out = NODES.arrayNode();
        List<JsonNode> items = items(given, "Mapping");
        for (int i = 0; i < items.size(); i++) {
            JsonNode item = items.get(i);
            if (!item.isObject()) {
                throw DomainException.badRequest(at + "[" + i + "] must be an object.");
            }
            ObjectNode mapping = out.addObject();
            mapping.put("@type", "MapExtensionsMapping");
            for (String field : List.of("fromXPath", "toXPath", "fromFunction", "toFunction")) {
                JsonFields.text(item, field).ifPresent(value -> mapping.put(field, value));
            }
        }
        return out;
    }

    static ArrayNode functions(JsonNode given, String at) {
        ArrayNode out = NODES.arrayNode();
        List<JsonNode> items = items(given, "Function");
        for (int i = 0; i < items.size(); i++) {
            JsonNode item = items.get(i);
            String where = at + "[" + i + "]";
            if (!item.isObject()) {
                throw DomainException.badRequest(where + " must be an object.");
            }
            ObjectNode function = out.addObject();
            function.put("@type", "MapExtensionsFunction");
            function.put("id", JsonFields.text(item, "id")
                    .orElseThrow(() -> DomainException.badRequest(where + ".id is required: mappings name functions by id.")));
            function.put("type", JsonFields.text(item, "type")
                    .orElseThrow(() -> DomainException.badRequest(where + ".type is required (e.g. StringAppend).")));
            JsonFields.text(item, "cacheType").ifPresent(cache -> {
                if (!Set.of("None", "ByDocument", "ByMap").contains(cache)) {
                    throw DomainException.badRequest(where + ".cacheType must be None, ByDocument or ByMap, not '" + cache + "'.");
                }
                function.put("cacheType", cache);
            });
            function.set("Inputs", parameters(first(item, "Inputs", "inputs"), "Input", "MapExtensionsInput", true, where));
            function.set("Outputs", parameters(first(item, "Outputs", "outputs"), "Output", "MapExtensionsOutput", false, where));
            JsonNode configuration = item.get("Configuration");
            if (configuration != null && configuration.isObject()) {
                function.set("Configuration", configuration);
            }
        }
        return out;
    }

    private static JsonNode first(JsonNode item, String name, String alias) {
        return item.has(name) ? item.get(name) : item.get(alias);
    }

    private static ObjectNode parameters(JsonNode given, String key, String type, boolean inputs, String at) {
        ObjectNode wrapper = NODES.objectNode();
        wrapper.put("@type", type + "s");
        ArrayNode list = wrapper.putArray(key);
        List<JsonNode> items = items(given, key);
        for (int i = 0; i < items.size(); i++) {
            JsonNode item = items.get(i);
            ObjectNode parameter = list.addObject();
            parameter.put("@type", type);
            long number;
            try {
                number = JsonFields.integer(item, "key").orElse((long) i + 1);
            } catch (dev.boomiemulator.common.InvalidInput e) {
                throw DomainException.badRequest(at + "." + key + "[" + i + "].key must be a whole number.");
            }
            parameter.put("key", number);
            JsonFields.text(item, "name").ifPresent(name -> parameter.put("name", name));
            if (inputs) {
                JsonFields.text(item, "default").ifPresent(value -> parameter.put("default", value));
            }
        }
        return wrapper;
    }
}
