package dev.boomiemulator.platform.component;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.xml.XmlMapper;
import dev.boomiemulator.common.Json;
import dev.boomiemulator.platform.PlatformException;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerConfigurationException;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * The component XML of the Component object ({@code <bns:Component ...><bns:object>...</bns:object></bns:Component>})
 * read and written as text: a component's {@code object} is whatever its type's configuration is, so it is kept
 * verbatim rather than pushed through the schema-driven codec every other object uses. A JSON body is accepted too,
 * its {@code object} turned into XML.
 */
final class ComponentXml {
    static final String NAMESPACE = "http://api.platform.boomi.com/";
    private static final XmlMapper XML = new XmlMapper();

    private ComponentXml() {
    }

    static boolean isXml(String body) {
        return body.stripLeading().startsWith("<");
    }

    static ComponentDraft read(String body) {
        return isXml(body) ? fromXml(body) : fromJson(body);
    }

    private static ComponentDraft fromXml(String body) {
        Element root;
        try {
            root = parser().parse(new InputSource(new StringReader(body))).getDocumentElement();
        } catch (SAXException | IOException e) {
            throw PlatformException.badRequest("The request body is not well-formed XML: " + e.getMessage());
        }
        if (!root.getLocalName().equals("Component")) {
            throw PlatformException.badRequest("A component is a bns:Component element, not " + root.getTagName() + ".");
        }
        return new ComponentDraft(attribute(root, "componentId"), attribute(root, "name"), attribute(root, "type"),
                attribute(root, "folderId"), attribute(root, "branchId"),
                attribute(root, "deleted") == null ? null : Boolean.valueOf(attribute(root, "deleted")),
                childText(root, "description"), childXml(root, "object"), childXml(root, "processOverrides"),
                childXml(root, "encryptedValues"));
    }

    private static ComponentDraft fromJson(String body) {
        JsonNode json;
        try {
            json = Json.mapper().readTree(body);
        } catch (IOException e) {
            throw PlatformException.badRequest("The request body is neither XML nor JSON: " + e.getMessage());
        }
        if (json == null || !json.isObject()) {
            throw PlatformException.badRequest("The request body must be a Component.");
        }
        return new ComponentDraft(text(json, "componentId"), text(json, "name"), text(json, "type"),
                text(json, "folderId"), text(json, "branchId"),
                json.has("deleted") ? json.get("deleted").asBoolean() : null, text(json, "description"),
                jsonAsXml(json.get("object")), jsonAsXml(json.get("processOverrides")),
                jsonAsXml(json.get("encryptedValues")));
    }

    /** The component as the real service answers it. */
    static String write(Component component) {
        StringBuilder xml = new StringBuilder(256 + component.objectXml().length())
                .append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>")
                .append("<bns:Component xmlns:bns=\"").append(NAMESPACE)
                .append("\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"");
        attribute(xml, "componentId", component.id());
        attribute(xml, "version", String.valueOf(component.version()));
        attribute(xml, "name", component.name());
        attribute(xml, "type", component.type());
        attribute(xml, "createdDate", timestamp(component.createdDate()));
        attribute(xml, "createdBy", component.createdBy());
        attribute(xml, "modifiedDate", timestamp(component.modifiedDate()));
        attribute(xml, "modifiedBy", component.modifiedBy());
        attribute(xml, "deleted", String.valueOf(component.deleted()));
        attribute(xml, "currentVersion", String.valueOf(component.currentVersion()));
        attribute(xml, "folderName", component.folderName());
        attribute(xml, "folderId", component.folderId());
        attribute(xml, "folderFullPath", component.folderFullPath());
        attribute(xml, "branchName", component.branchName());
        attribute(xml, "branchId", component.branchId());
        xml.append('>');
        element(xml, "encryptedValues", component.encryptedValuesXml());
        xml.append("<bns:description>").append(escape(component.description() == null ? "" : component.description()))
                .append("</bns:description>");
        element(xml, "object", component.objectXml());
        element(xml, "processOverrides", component.processOverridesXml());
        return xml.append("</bns:Component>").toString();
    }

    /** The component in JSON, its XML parts read into JSON as Jackson reads XML. */
    static ObjectNode json(Component component) {
        ObjectNode json = Json.mapper().createObjectNode();
        json.put("@type", "Component");
        json.put("componentId", component.id());
        json.put("version", component.version());
        json.put("name", component.name());
        json.put("type", component.type());
        json.put("createdDate", timestamp(component.createdDate()));
        json.put("createdBy", component.createdBy());
        json.put("modifiedDate", timestamp(component.modifiedDate()));
        json.put("modifiedBy", component.modifiedBy());
        json.put("deleted", component.deleted());
        json.put("currentVersion", component.currentVersion());
        putIfSet(json, "folderName", component.folderName());
        putIfSet(json, "folderId", component.folderId());
        putIfSet(json, "folderFullPath", component.folderFullPath());
        putIfSet(json, "branchName", component.branchName());
        putIfSet(json, "branchId", component.branchId());
        json.set("encryptedValues", xmlAsJson(component.encryptedValuesXml()));
        json.put("description", component.description() == null ? "" : component.description());
        json.set("object", xmlAsJson(component.objectXml()));
        json.set("processOverrides", xmlAsJson(component.processOverridesXml()));
        return json;
    }

    /**
     * Each thread's parser, reused: building one (the factory found, its features set) was 15% of a component
     * create's CPU. A parser parses one document at a time, and none of these parses another while it parses.
     */
    private static final ThreadLocal<DocumentBuilder> PARSERS = ThreadLocal.withInitial(ComponentXml::newParser);
    /** Each thread's serializer of parsed nodes, reused for the same reason (3% of a component create's CPU). */
    private static final ThreadLocal<Transformer> SERIALIZERS = ThreadLocal.withInitial(ComponentXml::newSerializer);

    /** A parser with DTDs and external entities off, namespace-aware: this thread's, reset. */
    static DocumentBuilder parser() {
        DocumentBuilder builder = PARSERS.get();
        builder.reset();
        builder.setErrorHandler(null);
        return builder;
    }

    private static DocumentBuilder newParser() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            return factory.newDocumentBuilder();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser lacks a standard feature", e);
        }
    }

    private static Transformer newSerializer() {
        try {
            Transformer transformer = TransformerFactory.newInstance().newTransformer();
            transformer.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
            return transformer;
        } catch (TransformerConfigurationException e) {
            throw new IllegalStateException("the JDK has no XML serializer", e);
        }
    }

    private static String attribute(Element element, String name) {
        return element.hasAttribute(name) ? element.getAttribute(name) : null;
    }

    private static Element child(Element parent, String localName) {
        NodeList children = parent.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i) instanceof Element element && localName.equals(element.getLocalName())) {
                return element;
            }
        }
        return null;
    }

    private static String childText(Element parent, String localName) {
        Element child = child(parent, localName);
        return child == null ? null : child.getTextContent();
    }

    /** The inner XML of a child element, verbatim, or null when there is no such child. */
    private static String childXml(Element parent, String localName) {
        Element child = child(parent, localName);
        if (child == null) {
            return null;
        }
        StringBuilder inner = new StringBuilder();
        NodeList nodes = child.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            inner.append(serialize(nodes.item(i)));
        }
        return inner.toString().strip();
    }

    /** A node as XML text, without a declaration. */
    static String serialize(Node node) {
        if (node.getNodeType() == Node.TEXT_NODE) {
            return escape(node.getNodeValue());
        }
        try {
            StringWriter out = new StringWriter();
            SERIALIZERS.get().transform(new DOMSource(node), new StreamResult(out));
            return out.toString();
        } catch (TransformerException e) {
            throw new IllegalStateException("serializing a parsed XML node", e);
        }
    }

    private static String jsonAsXml(JsonNode node) {
        if (node == null || node.isNull() || node.isEmpty()) {
            return null;
        }
        try {
            StringBuilder xml = new StringBuilder();
            for (var field : (Iterable<java.util.Map.Entry<String, JsonNode>>) node::fields) {
                xml.append(XML.writer().withRootName(field.getKey()).writeValueAsString(field.getValue()));
            }
            return xml.toString();
        } catch (IOException e) {
            throw PlatformException.badRequest("The component's object cannot be written as XML: " + e.getMessage());
        }
    }

    private static JsonNode xmlAsJson(String xml) {
        ObjectNode json = Json.mapper().createObjectNode();
        if (xml == null || xml.isBlank()) {
            return json;
        }
        try {
            Element root = parser().parse(new InputSource(new StringReader("<wrapper>" + xml + "</wrapper>")))
                    .getDocumentElement();
            NodeList children = root.getChildNodes();
            for (int i = 0; i < children.getLength(); i++) {
                if (children.item(i) instanceof Element element) {
                    json.set(element.getTagName(), XML.readTree(serialize(element)));
                }
            }
        } catch (SAXException | IOException e) {
            json.put("xml", xml); // stored verbatim, so it parsed once; keep it readable whatever happens
        }
        return json;
    }

    private static String text(JsonNode json, String field) {
        return json.hasNonNull(field) ? json.get(field).asText() : null;
    }

    private static void putIfSet(ObjectNode json, String name, String value) {
        if (value != null) {
            json.put(name, value);
        }
    }

    private static void attribute(StringBuilder xml, String name, String value) {
        if (value != null) {
            xml.append(' ').append(name).append("=\"").append(escape(value)).append('"');
        }
    }

    private static void element(StringBuilder xml, String name, String inner) {
        if (inner == null || inner.isEmpty()) {
            xml.append("<bns:").append(name).append("/>");
        } else {
            xml.append("<bns:").append(name).append('>').append(inner).append("</bns:").append(name).append('>');
        }
    }

    /** To the second, as the real service writes its times. */
    private static String timestamp(java.time.Instant instant) {
        return instant.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

}
