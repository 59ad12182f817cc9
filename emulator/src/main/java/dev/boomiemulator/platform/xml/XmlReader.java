package dev.boomiemulator.platform.xml;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.xml.XmlFactory;
import com.fasterxml.jackson.dataformat.xml.XmlMapper;
import java.math.BigDecimal;
import java.util.Iterator;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;

/**
 * Reads a Platform request body sent as XML into the JSON tree the handlers read, the way the official document's
 * schema for the request says. Jackson's XML module parses it (attributes and elements both become fields,
 * repeated elements an array); the schema then restores what XML cannot say: that a single {@code <bns:argument>}
 * is still a list, that {@code <bns:maxResults>10</bns:maxResults>} is a number, and that {@code xsi:type} is the
 * JSON form's {@code @type}. Values that do not fit the schema are left as they came, for request validation to
 * report in the usual words.
 */
final class XmlReader {
    private static final XmlMapper MAPPER = new XmlMapper(secureFactory());
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private XmlReader() {
    }

    /** No DTDs and no external entities: a request body must not make the emulator fetch or expand anything. */
    private static XmlFactory secureFactory() {
        XMLInputFactory input = XMLInputFactory.newFactory();
        input.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        input.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        return XmlFactory.builder().xmlInputFactory(input).build();
    }

    /** The body as JSON; {@link JsonProcessingException} when it is not well-formed XML. */
    static JsonNode read(String xml, SchemaView schema) throws JsonProcessingException {
        JsonNode parsed = MAPPER.readTree(xml);
        return coerce(parsed == null ? NODES.objectNode() : parsed, schema);
    }

    private static JsonNode coerce(JsonNode value, SchemaView declared) {
        if (!declared.known()) {
            return value;
        }
        SchemaView schema = declared.settledFor(value);
        String type = schema.type();
        if ("array".equals(type)) {
            ArrayNode items = NODES.arrayNode();
            SchemaView item = schema.items();
            if (value.isArray()) {
                value.forEach(each -> items.add(coerce(each, item)));
            } else if (!isEmptyText(value)) {
                items.add(coerce(value, item));
            }
            return items;
        }
        if ("object".equals(type)) {
            return isEmptyText(value) ? NODES.objectNode() : object(value, schema);
        }
        if (value.isTextual() && type != null) {
            return scalar(value.asText(), type, value);
        }
        return value;
    }

    private static JsonNode object(JsonNode value, SchemaView schema) {
        if (!value.isObject()) {
            return value;
        }
        ObjectNode object = NODES.objectNode();
        for (Iterator<Map.Entry<String, JsonNode>> fields = value.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            String name = field.getKey();
            if (name.equals("type") && !schema.declares("type") && field.getValue().isTextual()) {
                // xsi:type="bns:GroupingExpression" arrives as "type": the JSON form's @type, without the prefix
                String typeName = field.getValue().asText();
                object.put("@type", typeName.substring(typeName.indexOf(':') + 1));
                continue;
            }
            object.set(name, coerce(field.getValue(), schema.property(name)));
        }
        return object;
    }

    private static JsonNode scalar(String text, String type, JsonNode asSent) {
        String trimmed = text.trim();
        try {
            return switch (type) {
                case "integer" -> NODES.numberNode(Long.parseLong(trimmed));
                case "number" -> NODES.numberNode(new BigDecimal(trimmed));
                case "boolean" -> trimmed.equals("true") || trimmed.equals("false")
                        ? NODES.booleanNode(trimmed.equals("true")) : asSent;
                default -> asSent;
            };
        } catch (NumberFormatException notANumber) {
            return asSent;
        }
    }

    private static boolean isEmptyText(JsonNode value) {
        return value.isTextual() && value.asText().isBlank();
    }
}
