package dev.boomiemulator.robustness.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.XML;
import java.util.Iterator;
import java.util.Map;

/**
 * A Platform JSON body written as the XML the real service reads, by the operation's schema: properties the schema
 * marks {@code xml.attribute} as attributes of their object, every other one as a {@code bns:} element, a list as
 * repeated elements. Characters are escaped as XML needs and otherwise left as they are, so a fuzzed value XML cannot
 * carry reaches the emulator's parser as sent.
 */
final class XmlBodies {
    private static final String NAMESPACES = " xmlns:bns=\"http://api.platform.boomi.com/\""
            + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"";

    private XmlBodies() {
    }

    static String write(JsonNode body, Schema<?> schema) {
        XML xml = schema.getXml();
        String root = xml != null && xml.getName() != null ? xml.getName() : "Request";
        StringBuilder out = new StringBuilder();
        element(out, root, body, schema, true);
        return out.toString();
    }

    private static void element(StringBuilder out, String name, JsonNode value, Schema<?> schema, boolean root) {
        out.append("<bns:").append(name);
        if (root) {
            out.append(NAMESPACES);
        }
        Schema<?> flat = schema == null ? null : SampleBodies.flatten(schema);
        if (!value.isObject()) {
            out.append('>');
            text(out, value.asText());
            out.append("</bns:").append(name).append('>');
            return;
        }
        for (Iterator<Map.Entry<String, JsonNode>> fields = value.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (isAttribute(property(flat, field.getKey())) && field.getValue().isValueNode()
                    && !field.getValue().isNull()) {
                out.append(' ').append(field.getKey()).append("=\"");
                text(out, field.getValue().asText());
                out.append('"');
            }
        }
        out.append('>');
        for (Iterator<Map.Entry<String, JsonNode>> fields = value.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            Schema<?> property = property(flat, field.getKey());
            JsonNode child = field.getValue();
            if (child.isNull() || field.getKey().startsWith("@")
                    || isAttribute(property) && child.isValueNode()) {
                continue;
            }
            if (child.isArray()) {
                Schema<?> items = property == null ? null : SampleBodies.flatten(property).getItems();
                child.forEach(item -> element(out, field.getKey(), item, items, false));
            } else {
                element(out, field.getKey(), child, property, false);
            }
        }
        out.append("</bns:").append(name).append('>');
    }

    private static Schema<?> property(Schema<?> object, String name) {
        return object == null || object.getProperties() == null ? null : object.getProperties().get(name);
    }

    private static boolean isAttribute(Schema<?> property) {
        return property != null && property.getXml() != null && Boolean.TRUE.equals(property.getXml().getAttribute());
    }

    private static void text(StringBuilder out, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> out.append(c);
            }
        }
    }
}
