package dev.boomiemulator.platform.xml;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.xml.XmlFactory;
import java.io.StringWriter;
import java.util.Iterator;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes a Platform answer (the JSON tree the handlers produce) as the real service's XML, the way the official
 * document's schema for it says: the root {@code <bns:Environment>} (or its {@code xml.name}, as
 * {@code <bns:QueryResult>}) in the {@code http://api.platform.boomi.com/} namespace, properties marked
 * {@code xml.attribute} as attributes, every other one as a {@code bns:} element, arrays as repeated elements,
 * and a nested object's {@code @type} as {@code xsi:type="bns:..."}. Fields the document does not declare for
 * the object are left out.
 *
 * <p>The schema differs per answer rather than per Java class (a query result holds whatever it found), so the
 * walk follows the schema; the XML itself is written by the StAX writer Jackson's XML module runs on (Woodstox),
 * which does the escaping and the namespaces.
 */
final class XmlWriter {
    static final String NAMESPACE = "http://api.platform.boomi.com/";
    static final String PREFIX = "bns";
    static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";
    /** What a character XML cannot carry is written as ({@link #carriable}). */
    private static final char REPLACEMENT = '\uFFFD';
    private static final XMLOutputFactory FACTORY = outputFactory();

    private XmlWriter() {
    }

    /**
     * Woodstox as Jackson's XML module sets it up, but writing the prefixes it is given instead of working out
     * (repairing) the namespace bindings of each element and attribute: the two namespaces are declared on the root,
     * and binding them again per element was a third of the writer's time on a page of records.
     */
    private static XMLOutputFactory outputFactory() {
        XMLOutputFactory factory = new XmlFactory().getXMLOutputFactory();
        factory.setProperty(XMLOutputFactory.IS_REPAIRING_NAMESPACES, false);
        return factory;
    }

    /**
     * {@code text} with each character XML 1.0 cannot carry, not even escaped, written as U+FFFD: the controls below
     * U+0020 other than tab, line feed and carriage return, U+FFFE, U+FFFF and a surrogate without its pair. JSON
     * carries them all, so a name sent as JSON may hold one, and so may an error message quoting a body. Woodstox gave
     * up on the whole answer at a control (every XML read of that object, or of a query page holding it, was a 500)
     * and wrote U+FFFF as {@code &#xffff;}, which no XML parser reads. The stored value keeps the character, and
     * JSON answers show it.
     */
    static String carriable(String text) {
        int at = 0;
        while (at < text.length() && isCarriable(text, at)) {
            at++;
        }
        if (at == text.length()) {
            return text;
        }
        StringBuilder carried = new StringBuilder(text.length()).append(text, 0, at);
        for (; at < text.length(); at++) {
            carried.append(isCarriable(text, at) ? text.charAt(at) : REPLACEMENT);
        }
        return carried.toString();
    }

    /** Whether the character at {@code at} is XML 1.0's {@code Char}, a surrogate counting when its pair is there. */
    private static boolean isCarriable(String text, int at) {
        char c = text.charAt(at);
        if (c >= 0x20 && c < Character.MIN_SURROGATE || c > Character.MAX_SURROGATE && c < 0xFFFE) {
            return true;
        }
        if (Character.isHighSurrogate(c)) {
            return at + 1 < text.length() && Character.isLowSurrogate(text.charAt(at + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return at > 0 && Character.isHighSurrogate(text.charAt(at - 1));
        }
        return c == '\t' || c == '\n' || c == '\r';
    }

    /** {@code body} (an object) under the root element {@code root} describes. */
    static String write(JsonNode body, SchemaView root) {
        String fallbackName = body.path("@type").asText("Response");
        return render(out -> {
            out.writeStartElement(PREFIX, root.rootName(fallbackName), NAMESPACE);
            out.writeNamespace(PREFIX, NAMESPACE);
            out.writeNamespace("xsi", XSI);
            content(out, body, root.settledFor(body), true);
            out.writeEndElement();
        });
    }

    /** The error body the document gives for every failure: {@code <error><message>...</message></error>}. */
    static String error(String message) {
        return render(out -> {
            out.writeStartElement("error");
            out.writeStartElement("message");
            out.writeCharacters(carriable(message));
            out.writeEndElement();
            out.writeEndElement();
        });
    }

    private interface Body {
        void writeTo(XMLStreamWriter out) throws XMLStreamException;
    }

    private static String render(Body body) {
        StringWriter text = new StringWriter(256);
        try {
            XMLStreamWriter out = FACTORY.createXMLStreamWriter(text);
            out.writeStartDocument("UTF-8", "1.0");
            body.writeTo(out);
            out.writeEndDocument();
            out.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("writing an XML answer failed", e);
        }
        return text.toString();
    }

    /** An object's attributes first (XML puts them in the start tag), then its elements. */
    private static void content(XMLStreamWriter out, JsonNode object, SchemaView schema, boolean root)
            throws XMLStreamException {
        String type = object.path("@type").asText("");
        if (!root && !type.isEmpty()) {
            out.writeAttribute("xsi", XSI, "type", PREFIX + ":" + carriable(type));
        }
        for (Iterator<Map.Entry<String, JsonNode>> fields = object.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            SchemaView property = schema.property(field.getKey());
            if (isAttribute(field, property)) {
                out.writeAttribute(property.elementName(field.getKey()), carriable(field.getValue().asText()));
            }
        }
        for (Iterator<Map.Entry<String, JsonNode>> fields = object.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            String name = field.getKey();
            JsonNode value = field.getValue();
            SchemaView property = schema.property(name);
            if (name.equals("@type") || value.isNull() || isAttribute(field, property)
                    || (schema.known() && !property.known())) {
                // a field the emulator adds beyond the document (createdDate) stays in JSON: an XML client
                // binds the document's elements, and gets exactly those
                continue;
            }
            if (value.isArray()) {
                array(out, name, value, property);
            } else {
                element(out, property.elementName(name), value, property);
            }
        }
    }

    private static boolean isAttribute(Map.Entry<String, JsonNode> field, SchemaView property) {
        return property.isAttribute() && field.getValue().isValueNode() && !field.getValue().isNull();
    }

    /** Repeated elements, each named as the items say (else as the property); inside a wrapper if the document wraps. */
    private static void array(XMLStreamWriter out, String name, JsonNode items, SchemaView property)
            throws XMLStreamException {
        SchemaView item = property.items();
        String itemName = item.elementName(property.elementName(name));
        if (property.isWrapped()) {
            out.writeStartElement(PREFIX, property.elementName(name), NAMESPACE);
        }
        for (JsonNode value : items) {
            if (!value.isNull()) {
                element(out, itemName, value, item);
            }
        }
        if (property.isWrapped()) {
            out.writeEndElement();
        }
    }

    private static void element(XMLStreamWriter out, String name, JsonNode value, SchemaView schema)
            throws XMLStreamException {
        out.writeStartElement(PREFIX, name, NAMESPACE);
        if (value.isObject()) {
            content(out, value, schema.forValue(value, OfficialSchemas.get()).settledFor(value), false);
        } else if (value.isArray()) {
            // an array inside an array has no element name of its own in the document: repeat the outer one
            array(out, name, value, SchemaView.UNKNOWN);
        } else {
            out.writeCharacters(carriable(value.asText()));
        }
        out.writeEndElement();
    }
}
