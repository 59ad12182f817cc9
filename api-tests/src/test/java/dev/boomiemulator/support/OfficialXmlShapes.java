package dev.boomiemulator.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * Checks an XML answer against the {@code xml} annotations of Boomi's own document, written apart from the
 * emulator's XML codec so that the two can disagree: the root element's name and namespace, every attribute
 * declared as an attribute, every child element declared as an element in the {@code bns} namespace, required
 * properties present, and integer and boolean values that parse. A DOM parser reads the answer, so it must also be
 * well-formed XML.
 */
final class OfficialXmlShapes {
    static final String NAMESPACE = "http://api.platform.boomi.com/";
    private static final String XSI = XMLConstants.W3C_XML_SCHEMA_INSTANCE_NS_URI;
    private static final JsonNode DOCUMENT = read();

    private OfficialXmlShapes() {
    }

    /**
     * The findings for an answer to {@code method path} (a document path); empty when it conforms or is undescribed.
     * Each names its element path as the pointer ({@code /BulkResult/response}) and a key {@code xml.*}, so that
     * the allow-list can explain one as it does the JSON findings.
     */
    static List<ConformanceAllowList.Finding> check(String method, String path, String xml) {
        JsonNode schema = responseSchema(method, path);
        String operation = method + " " + path;
        List<ConformanceAllowList.Finding> findings = new ArrayList<>();
        Element root;
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            root = factory.newDocumentBuilder()
                    .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))).getDocumentElement();
        } catch (Exception notXml) {
            return List.of(new ConformanceAllowList.Finding(operation, "xml.malformed", "/", "", notXml.getMessage()));
        }
        if (schema == null) {
            return findings;
        }
        String expected = rootName(schema);
        if (!expected.equals(root.getLocalName()) || !NAMESPACE.equals(root.getNamespaceURI())) {
            findings.add(new ConformanceAllowList.Finding(operation, "xml.root", "/", "", "the root is {"
                    + root.getNamespaceURI() + "}" + root.getLocalName() + ", the document says {" + NAMESPACE + "}"
                    + expected));
        }
        element(root, schema, "/" + root.getLocalName(), new Findings(operation, findings));
        return findings;
    }

    /** Whether the document describes an XML answer for the operation at all. */
    static boolean describes(String method, String path) {
        return responseSchema(method, path) != null;
    }

    private static void element(Element element, JsonNode declared, String where, Findings findings) {
        JsonNode schema = settle(resolve(declared), element);
        Map<String, JsonNode> properties = properties(schema);
        Set<String> present = new HashSet<>();
        NamedNodeMap attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Attr attribute = (Attr) attributes.item(i);
            if (XMLConstants.XMLNS_ATTRIBUTE_NS_URI.equals(attribute.getNamespaceURI())
                    || XSI.equals(attribute.getNamespaceURI())) {
                continue;
            }
            String name = attribute.getLocalName();
            JsonNode property = propertyByElementName(properties, name);
            if (property == null) {
                findings.add("xml.undeclared", where, "the attribute " + name + " is not declared");
            } else if (!isAttribute(property)) {
                findings.add("xml.notAnAttribute", where, name + " is declared an element, not an attribute");
            } else {
                present.add(propertyName(properties, property));
                scalar(resolve(property), attribute.getValue(), where + "/@" + name, findings);
            }
        }
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (!(child instanceof Element childElement)) {
                continue;
            }
            String name = childElement.getLocalName();
            String at = where + "/" + name;
            if (!NAMESPACE.equals(childElement.getNamespaceURI())) {
                findings.add("xml.namespace", at, name + " is not in the namespace " + NAMESPACE);
            }
            JsonNode property = propertyByElementName(properties, name);
            if (property == null) {
                findings.add("xml.undeclared", where, "the element " + name + " is not declared");
                continue;
            }
            if (isAttribute(property)) {
                findings.add("xml.notAnElement", where, name + " is declared an attribute, not an element");
            }
            present.add(propertyName(properties, property));
            JsonNode target = resolve(property);
            JsonNode item = "array".equals(target.path("type").asText()) ? target.path("items") : property;
            JsonNode itemSchema = resolve(item);
            if (isObject(itemSchema)) {
                element(childElement, item, at, findings);
            } else {
                scalar(itemSchema, childElement.getTextContent(), at, findings);
            }
        }
        List<String> missing = required(schema).stream().map(JsonNode::asText).filter(r -> !present.contains(r)).toList();
        if (!missing.isEmpty()) {
            findings.add("xml.required", where, "lacks required properties: " + missing);
        }
    }

    private static void scalar(JsonNode schema, String value, String at, Findings findings) {
        String type = schema.path("type").asText();
        boolean fits = switch (type) {
            case "integer" -> value.trim().matches("-?\\d+");
            case "boolean" -> value.equals("true") || value.equals("false");
            case "number" -> value.trim().matches("-?\\d+(\\.\\d+)?([eE][-+]?\\d+)?");
            default -> true;
        };
        if (!fits) {
            findings.add("xml.type", at, "'" + value + "' is not a " + type);
        }
    }

    /** Collects findings for one answer, with element paths as pointers. */
    private record Findings(String operation, List<ConformanceAllowList.Finding> all) {
        void add(String key, String where, String message) {
            all.add(new ConformanceAllowList.Finding(operation, key, where, "", message));
        }
    }

    private static JsonNode responseSchema(String method, String path) {
        JsonNode operation = DOCUMENT.path("paths").path(path).path(method.toLowerCase());
        JsonNode content = operation.path("responses").path("200").path("content");
        JsonNode schema = content.path("application/xml").path("schema");
        return schema.isMissingNode() ? null : schema;
    }

    private static String rootName(JsonNode schema) {
        JsonNode resolved = resolve(schema);
        String name = resolved.path("xml").path("name").asText(null);
        if (name != null) {
            return name;
        }
        String ref = schema.path("$ref").asText();
        return ref.substring(ref.lastIndexOf('/') + 1);
    }

    private static JsonNode resolve(JsonNode schema) {
        JsonNode resolved = schema;
        while (resolved.has("$ref")) {
            String ref = resolved.get("$ref").asText();
            resolved = DOCUMENT.path("components").path("schemas").path(ref.substring(ref.lastIndexOf('/') + 1));
        }
        return resolved;
    }

    /** A oneOf schema as the variant the element's {@code xsi:type} names, or the first one. */
    private static JsonNode settle(JsonNode schema, Element element) {
        if (!schema.has("oneOf")) {
            return schema;
        }
        String type = element.getAttributeNS(XSI, "type");
        String local = type.substring(type.indexOf(':') + 1);
        for (JsonNode variant : schema.get("oneOf")) {
            String ref = variant.path("$ref").asText();
            if (!local.isEmpty() && ref.endsWith(local)) {
                return resolve(variant);
            }
        }
        return resolve(schema.get("oneOf").get(0));
    }

    private static Map<String, JsonNode> properties(JsonNode schema) {
        Map<String, JsonNode> properties = new LinkedHashMap<>();
        for (JsonNode part : schema.path("allOf")) {
            properties.putAll(properties(resolve(part)));
        }
        schema.path("properties").fields().forEachRemaining(p -> properties.put(p.getKey(), p.getValue()));
        return properties;
    }

    private static List<JsonNode> required(JsonNode schema) {
        List<JsonNode> required = new ArrayList<>();
        schema.path("required").forEach(required::add);
        for (JsonNode part : schema.path("allOf")) {
            required.addAll(required(resolve(part)));
        }
        return required;
    }

    /** The property an element or attribute name stands for: by its {@code xml.name}, its items' name, or its own. */
    private static JsonNode propertyByElementName(Map<String, JsonNode> properties, String name) {
        for (Map.Entry<String, JsonNode> property : properties.entrySet()) {
            JsonNode schema = property.getValue();
            String own = schema.path("xml").path("name").asText(property.getKey());
            String items = schema.path("items").path("xml").path("name").asText(own);
            if (name.equals(own) || name.equals(items)) {
                return schema;
            }
        }
        return null;
    }

    private static String propertyName(Map<String, JsonNode> properties, JsonNode property) {
        return properties.entrySet().stream().filter(e -> e.getValue() == property).findFirst()
                .map(Map.Entry::getKey).orElseThrow();
    }

    private static boolean isAttribute(JsonNode property) {
        JsonNode own = property.path("xml").path("attribute");
        return own.isMissingNode() ? resolve(property).path("xml").path("attribute").asBoolean() : own.asBoolean();
    }

    private static boolean isObject(JsonNode schema) {
        return "object".equals(schema.path("type").asText()) || schema.has("properties") || schema.has("allOf")
                || schema.has("oneOf");
    }

    private static JsonNode read() {
        try (InputStream in = OfficialXmlShapes.class.getClassLoader()
                .getResourceAsStream(OfficialPlatformDocument.RESOURCE)) {
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
