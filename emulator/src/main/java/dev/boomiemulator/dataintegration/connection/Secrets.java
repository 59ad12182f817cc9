package dev.boomiemulator.dataintegration.connection;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Which connection settings are secrets, and the settings with them left out. */
public final class Secrets {
    private static final List<String> MARKERS =
            List.of("password", "secret", "token", "private_key", "privatekey", "api_key", "apikey",
                    "access_key", "accesskey", "credential", "passphrase");

    private Secrets() {
    }

    public static boolean isSecret(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return MARKERS.stream().anyMatch(lower::contains);
    }

    /** A copy of the settings without any secret, at any depth. */
    public static ObjectNode redact(ObjectNode settings) {
        ObjectNode copy = settings.deepCopy();
        strip(copy);
        return copy;
    }

    private static void strip(JsonNode node) {
        if (node instanceof ObjectNode object) {
            Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (isSecret(field.getKey())) {
                    fields.remove();
                } else {
                    strip(field.getValue());
                }
            }
        } else if (node instanceof ArrayNode array) {
            array.forEach(Secrets::strip);
        }
    }
}
