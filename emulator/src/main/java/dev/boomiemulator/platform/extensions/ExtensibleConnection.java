package dev.boomiemulator.platform.extensions;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A connection an environment's deployed processes use, with its extensible fields and their values as the
 * connection component says (the defaults an extension overrides): the component's {@code <field id value/>}
 * elements, as Boomi writes connection settings, else the attributes of its configuration element.
 */
record ExtensibleConnection(String id, String name, Map<String, Field> fields) {
    private static final Pattern FIELD = Pattern.compile("<field\\b([^>]*)/?>");
    private static final Pattern ROOT = Pattern.compile("^\\s*<([\\w.:-]+)\\b([^>]*)/?>");
    private static final Pattern ATTRIBUTE = Pattern.compile("([\\w.:-]+)=\"([^\"]*)\"");

    /** A field: its default value, and whether it is a secret (never answered back once set). */
    record Field(String id, String defaultValue, boolean usesEncryption) {
    }

    static ExtensibleConnection of(String id, String name, String objectXml) {
        Map<String, Field> fields = new LinkedHashMap<>();
        String xml = objectXml == null ? "" : objectXml;
        Matcher field = FIELD.matcher(xml);
        while (field.find()) {
            Map<String, String> attributes = attributes(field.group(1));
            String fieldId = attributes.get("id");
            if (fieldId != null) {
                boolean secret = "password".equalsIgnoreCase(attributes.get("type"))
                        || "true".equalsIgnoreCase(attributes.get("usesEncryption")) || looksSecret(fieldId);
                fields.put(fieldId, new Field(fieldId, attributes.getOrDefault("value", ""), secret));
            }
        }
        if (fields.isEmpty()) {
            Matcher root = ROOT.matcher(xml);
            if (root.find()) {
                attributes(root.group(2)).forEach((attribute, value) ->
                        fields.put(attribute, new Field(attribute, value, looksSecret(attribute))));
            }
        }
        return new ExtensibleConnection(id, name, fields);
    }

    private static boolean looksSecret(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.contains("password") || lower.contains("secret") || lower.contains("token");
    }

    private static Map<String, String> attributes(String text) {
        Map<String, String> attributes = new LinkedHashMap<>();
        Matcher attribute = ATTRIBUTE.matcher(text);
        while (attribute.find()) {
            attributes.put(attribute.group(1), unescape(attribute.group(2)));
        }
        return attributes;
    }

    private static String unescape(String value) {
        return value.replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }

    List<String> fieldIds() {
        return new ArrayList<>(fields.keySet());
    }
}
