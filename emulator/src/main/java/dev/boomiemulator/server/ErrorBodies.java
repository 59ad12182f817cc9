package dev.boomiemulator.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.boomiemulator.common.Json;
import java.util.Iterator;
import java.util.Map;

/**
 * The one place where an error body is made safe to send: messages quote what the client sent (an id,
 * a name, a value), and a 100 KB id must not come back 100 KB long. Every text in the body is cut word by
 * word (a "word" being a run without spaces: an echoed id or value) and as a whole.
 */
final class ErrorBodies {
    /** The longest run of an echoed value kept in a message. */
    static final int MAX_ECHO = 200;
    /** The longest message kept. */
    static final int MAX_TEXT = 2000;
    private static final String ELLIPSIS = "…";

    private ErrorBodies() {
    }

    static JsonNode shortened(Object body) {
        return shorten(Json.mapper().valueToTree(body));
    }

    static String shorten(String text) {
        StringBuilder out = new StringBuilder(Math.min(text.length(), MAX_TEXT + 1));
        int wordStart = 0;
        for (int i = 0; i <= text.length() && out.length() <= MAX_TEXT; i++) {
            if (i == text.length() || Character.isWhitespace(text.charAt(i))) {
                int wordLength = i - wordStart;
                if (wordLength > MAX_ECHO) {
                    out.append(text, wordStart, wordStart + MAX_ECHO).append(ELLIPSIS);
                } else {
                    out.append(text, wordStart, i);
                }
                if (i < text.length()) {
                    out.append(text.charAt(i));
                }
                wordStart = i + 1;
            }
        }
        if (out.length() > MAX_TEXT) {
            out.setLength(MAX_TEXT);
            out.append(ELLIPSIS);
        }
        return out.toString();
    }

    private static JsonNode shorten(JsonNode node) {
        if (node.isTextual()) {
            return new TextNode(shorten(node.asText()));
        }
        if (node instanceof ObjectNode object) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = object.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                field.setValue(shorten(field.getValue()));
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                array.set(i, shorten(array.get(i)));
            }
        }
        return node;
    }
}
