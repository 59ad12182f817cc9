package dev.boomiemulator.platform.component;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * A diff of two versions of a component's XML, as {@code ComponentDiffRequest} answers it: the elements added and
 * deleted, and the attributes and texts modified, each with its XPath ({@code /Component[1]/object[1]/process[1]/...})
 * and value. Elements are paired by name and their {@code name} or {@code id} attribute where they have one (a
 * process's shapes), else by their position among their namesakes.
 */
final class ComponentDiff {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final List<String> KEY_ATTRIBUTES = List.of("name", "id");

    private final List<ObjectNode> additions = new ArrayList<>();
    private final List<ObjectNode> deletions = new ArrayList<>();
    private final List<ObjectNode> modifications = new ArrayList<>();

    private ComponentDiff() {
    }

    static JsonNode of(Component source, Component target) {
        ComponentDiff diff = new ComponentDiff();
        diff.element(parse(source.objectXml()), parse(target.objectXml()), "/Component[1]/object[1]",
                "/Component[1]/object[1]");
        ObjectNode answer = NODES.objectNode();
        answer.put("@type", "ComponentDiffResponse");
        answer.put("message", "Diffed Versions " + source.version() + " and " + target.version() + " of Component: "
                + target.name() + " (Type = " + target.type() + ", ID = " + target.id() + ")");
        ObjectNode generic = answer.putObject("GenericDiff");
        section(generic, "addition", diff.additions);
        section(generic, "deletion", diff.deletions);
        section(generic, "modification", diff.modifications);
        return answer;
    }

    /** A section's total and changes: one change alone, several as a list, as Boomi's XML reads into JSON. */
    private static void section(ObjectNode generic, String name, List<ObjectNode> changes) {
        ObjectNode section = generic.putObject(name);
        section.put("total", changes.size());
        if (changes.size() == 1) {
            section.set("change", changes.get(0));
        } else if (!changes.isEmpty()) {
            ArrayNode list = section.putArray("change");
            changes.forEach(list::add);
        }
    }

    private void element(Element source, Element target, String sourcePath, String targetPath) {
        attributes(source, target, sourcePath, targetPath);
        String oldText = directText(source);
        String newText = directText(target);
        if (!oldText.equals(newText)) {
            ObjectNode change = change("text", target.getTagName(), target);
            change.set("newValue", value(targetPath + "/text()", newText));
            change.set("oldValue", value(sourcePath + "/text()", oldText));
            modifications.add(change);
        }
        Map<String, Located> oldChildren = children(source, sourcePath);
        Map<String, Located> newChildren = children(target, targetPath);
        for (Map.Entry<String, Located> child : newChildren.entrySet()) {
            Located old = oldChildren.get(child.getKey());
            if (old == null) {
                ObjectNode change = change("element", child.getValue().element().getTagName(), child.getValue().element());
                change.set("newValue", value(child.getValue().path(), serialize(child.getValue().element())));
                additions.add(change);
            } else {
                element(old.element(), child.getValue().element(), old.path(), child.getValue().path());
            }
        }
        for (Map.Entry<String, Located> child : oldChildren.entrySet()) {
            if (!newChildren.containsKey(child.getKey())) {
                ObjectNode change = change("element", child.getValue().element().getTagName(), child.getValue().element());
                change.set("oldValue", value(child.getValue().path(), serialize(child.getValue().element())));
                deletions.add(change);
            }
        }
    }

    private void attributes(Element source, Element target, String sourcePath, String targetPath) {
        Set<String> names = new LinkedHashSet<>();
        names.addAll(attributeNames(source));
        names.addAll(attributeNames(target));
        for (String name : names) {
            boolean before = source.hasAttribute(name);
            boolean after = target.hasAttribute(name);
            if (before && after && source.getAttribute(name).equals(target.getAttribute(name))) {
                continue;
            }
            ObjectNode change = change("attribute", name, target);
            if (after) {
                change.set("newValue", value(targetPath + "/@" + name, target.getAttribute(name)));
            }
            if (before) {
                change.set("oldValue", value(sourcePath + "/@" + name, source.getAttribute(name)));
            }
            (before && after ? modifications : after ? additions : deletions).add(change);
        }
    }

    private static ObjectNode change(String type, String particle, Element element) {
        ObjectNode change = NODES.objectNode();
        change.put("type", type);
        change.put("changedParticleName", particle);
        ObjectNode key = change.putObject("elementKey");
        key.put("elementName", element.getTagName());
        for (String attribute : KEY_ATTRIBUTES) {
            if (element.hasAttribute(attribute)) {
                key.putObject("key-part").put("attribute", attribute).put("value", element.getAttribute(attribute));
                break;
            }
        }
        return change;
    }

    private static ObjectNode value(String xpath, String value) {
        return NODES.objectNode().put("xpath", xpath).put("value", value);
    }

    private record Located(Element element, String path) {
    }

    /** Child elements by pairing key, each with its XPath (its position among its namesakes, from 1). */
    private static Map<String, Located> children(Element parent, String path) {
        Map<String, Located> children = new LinkedHashMap<>();
        Map<String, Integer> positions = new LinkedHashMap<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element child) {
                int position = positions.merge(child.getTagName(), 1, Integer::sum);
                String key = child.getTagName() + KEY_ATTRIBUTES.stream().filter(child::hasAttribute).findFirst()
                        .map(attribute -> "@" + attribute + "=" + child.getAttribute(attribute))
                        .orElse("#" + position);
                children.putIfAbsent(key, new Located(child, path + "/" + child.getTagName() + "[" + position + "]"));
            }
        }
        return children;
    }

    private static List<String> attributeNames(Element element) {
        List<String> names = new ArrayList<>();
        NamedNodeMap attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            String name = attributes.item(i).getNodeName();
            if (!name.startsWith("xmlns")) {
                names.add(name);
            }
        }
        return names;
    }

    private static String directText(Element element) {
        StringBuilder text = new StringBuilder();
        for (Node node = element.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node.getNodeType() == Node.TEXT_NODE || node.getNodeType() == Node.CDATA_SECTION_NODE) {
                text.append(node.getNodeValue());
            }
        }
        return text.toString().strip();
    }

    /** The object XML under a wrapper element standing for {@code object}. */
    private static Element parse(String objectXml) {
        try {
            return ComponentXml.parser().parse(new InputSource(new StringReader("<object>" + objectXml + "</object>")))
                    .getDocumentElement();
        } catch (SAXException | IOException e) {
            throw new IllegalStateException("a stored component's XML did not parse", e);
        }
    }

    private static String serialize(Element element) {
        return ComponentXml.serialize(element);
    }
}
