package dev.boomiemulator.common;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;

/**
 * Lenient reads of request and fixture fields, the way the real services read them: scalars may
 * arrive as strings ({@code "30"}, {@code "false"}) and an empty string means absent.
 */
public final class JsonFields {
    private JsonFields() {
    }

    public static Optional<String> text(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        if (value == null || value.isNull() || value.isContainerNode()) {
            return Optional.empty();
        }
        String text = value.asText();
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }

    public static Optional<Long> integer(JsonNode node, String field) {
        return text(node, field).map(text -> {
            try {
                return Long.parseLong(text.trim());
            } catch (NumberFormatException e) {
                throw new InvalidInput(field + " must be a whole number, not '" + text + "'");
            }
        });
    }

    public static Optional<Boolean> bool(JsonNode node, String field) {
        return text(node, field).map(text -> switch (text.trim().toLowerCase()) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new InvalidInput(field + " must be true or false, not '" + text + "'");
        });
    }
}
