package dev.boomiemulator.platform.generic;

import com.fasterxml.jackson.databind.JsonNode;
import dev.boomiemulator.common.Json;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The values an object's QueryFilter can compare, read off its JSON: one per scalar, one per element of a list, one
 * per scalar inside a nested object ({@code PermittedRoles} filters by the role ids it holds).
 */
final class StoredValues {
    /** Values kept per property: beyond this a list is still stored whole, just not all of it filterable. */
    static final int MAX_PER_PROPERTY = 200;
    private static final int MAX_TEXT = 4000;

    /**
     * One value of one property, in the table of the property's declared type: its text, number or instant (null
     * where it does not read as the property's type).
     */
    record Value(String property, int position, ValueTable table, Object typed) {
    }

    private StoredValues() {
    }

    static List<Value> of(OfficialObject object, String accountId, JsonNode body) {
        List<Value> values = new ArrayList<>();
        for (OfficialObject.Filterable filterable : object.filterable()) {
            JsonNode node = find(body, filterable.source());
            List<String> texts = new ArrayList<>();
            if (node == null && ObjectSchema.normalized(filterable.name()).equals("accountid")) {
                texts.add(accountId); // records carry their account even where the schema does not say so
            } else if (node != null) {
                scalars(node, texts, 0);
            }
            ValueTable table = ValueTable.of(filterable.type());
            boolean caseless = table == ValueTable.TEXT && CaselessKeys.isKept(object.name(), filterable.name());
            for (int i = 0; i < texts.size() && i < MAX_PER_PROPERTY; i++) {
                values.add(new Value(filterable.name(), i, table, typed(table, texts.get(i))));
                if (caseless) {
                    values.add(new Value(CaselessKeys.property(filterable.name()), i, table,
                            CaselessKeys.key(texts.get(i))));
                }
            }
        }
        return values;
    }

    /** The body's property of that name, its case and underscores aside. */
    private static JsonNode find(JsonNode body, String name) {
        JsonNode exact = body.get(name);
        if (exact != null) {
            return exact.isNull() ? null : exact;
        }
        String wanted = ObjectSchema.normalized(name);
        for (Iterator<Map.Entry<String, JsonNode>> fields = body.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (ObjectSchema.normalized(field.getKey()).equals(wanted) && !field.getValue().isNull()) {
                return field.getValue();
            }
        }
        return null;
    }

    private static void scalars(JsonNode node, List<String> into, int depth) {
        if (depth > 6 || into.size() >= MAX_PER_PROPERTY) {
            return;
        }
        if (node.isValueNode() && !node.isNull()) {
            into.add(node.asText());
        } else if (node.isContainerNode()) {
            for (JsonNode child : node) {
                scalars(child, into, depth + 1);
            }
        }
    }

    private static Object typed(ValueTable table, String text) {
        return switch (table) {
            case NUMBER -> number(text);
            case TIME -> time(text);
            case TEXT -> text(text);
        };
    }

    /** A text value as it is kept: its first 4,000 characters. */
    static String text(String text) {
        return text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text;
    }

    private static BigDecimal number(String text) {
        if (text.isEmpty() || text.length() > 40 || !(Character.isDigit(text.charAt(0)) || text.charAt(0) == '-')) {
            return null;
        }
        try {
            BigDecimal number = new BigDecimal(text);
            return number.abs().compareTo(BigDecimal.TEN.pow(27)) < 0 ? number : null;
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    private static OffsetDateTime time(String text) {
        if (text.length() < 10 || text.length() > 40 || !Character.isDigit(text.charAt(0)) || text.charAt(4) != '-') {
            return null;
        }
        Instant wholeSeconds = Json.parseWholeSeconds(text);
        if (wholeSeconds != null) {
            return wholeSeconds.atOffset(ZoneOffset.UTC);
        }
        try {
            return OffsetDateTime.parse(text);
        } catch (DateTimeParseException withoutZone) {
            try {
                return Instant.parse(text + "Z").atOffset(ZoneOffset.UTC);
            } catch (DateTimeParseException notAnInstant) {
                try {
                    return java.time.LocalDate.parse(text).atStartOfDay().atOffset(ZoneOffset.UTC);
                } catch (DateTimeParseException notADate) {
                    return null;
                }
            }
        }
    }
}
