package dev.boomiemulator.platform.xml;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Makes equal subtrees of read-only JSON trees one instance: Boomi's document repeats the same small schemas
 * ({@code {"type": "string"}}, the same {@code xml} annotation, the same reference) thousands of times, and a
 * parsed tree holds each as its own nodes. Sharing them halves the tree (the whole document: 7.3 -> 3.8 MB).
 *
 * <p>Only for trees no one changes afterwards. Two objects count as equal only with the same fields in the same
 * order (Jackson's own equality ignores the order, which names the XML elements' order).
 */
final class SharedSubtrees {
    /** Each distinct subtree seen so far, by its shape: its children are already shared, so compared by identity. */
    private final Map<Shape, JsonNode> seen = new HashMap<>();

    /**
     * The tree with every subtree replaced by the first equal one this instance saw (changes {@code node} in place);
     * null for null.
     */
    JsonNode share(JsonNode node) {
        if (node == null) {
            return null;
        }
        if (node instanceof ObjectNode object) {
            List<Object> parts = new ArrayList<>(object.size() * 2);
            for (Map.Entry<String, JsonNode> field : object.properties()) {
                JsonNode child = share(field.getValue());
                field.setValue(child);
                parts.add(field.getKey());
                parts.add(child);
            }
            return seen.computeIfAbsent(new Shape('{', parts.toArray()), shape -> object);
        }
        if (node instanceof ArrayNode array) {
            Object[] parts = new Object[array.size()];
            for (int i = 0; i < array.size(); i++) {
                JsonNode child = share(array.get(i));
                array.set(i, child);
                parts[i] = child;
            }
            return seen.computeIfAbsent(new Shape('[', parts), shape -> array);
        }
        // a value (text, number, boolean, null) or a missing node: its own equality is its value's
        return seen.computeIfAbsent(new Shape('=', new Object[] {node}), shape -> node);
    }

    /**
     * A node's kind and parts in order: for a container, field names and children (shared already, so the same
     * instance when equal); for a value, the node itself.
     */
    private record Shape(char kind, Object[] parts) {
        @Override
        public boolean equals(Object other) {
            if (!(other instanceof Shape shape) || shape.kind != kind || shape.parts.length != parts.length) {
                return false;
            }
            for (int i = 0; i < parts.length; i++) {
                boolean same = parts[i] instanceof String || kind == '=' ? parts[i].equals(shape.parts[i])
                        : parts[i] == shape.parts[i];
                if (!same) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public int hashCode() {
            int hash = kind;
            for (Object part : parts) {
                hash = 31 * hash + (part instanceof String || kind == '=' ? part.hashCode()
                        : System.identityHashCode(part));
            }
            return hash;
        }

        @Override
        public String toString() {
            return kind + Arrays.toString(parts);
        }
    }
}
