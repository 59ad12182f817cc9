package dev.boomiemulator.robustness.fuzz;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Turns (operation, input kind, seeded random) into one request: a plausible request built from the
 * OpenAPI document, broken in the one way the kind names. Deterministic: the same random gives the
 * same bytes.
 */
final class CaseGenerator {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ObjectMapper PLAIN = new ObjectMapper();
    /** Non-ASCII as \\uXXXX escapes: how lone surrogates reach a server intact. */
    private static final ObjectMapper ESCAPED = JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();
    /** Stands in a JSON tree for raw text (10k-deep nesting, out-of-range numbers) spliced in after writing. */
    private static final String SPLICE = "\u0007SPLICE\u0007";
    private static final List<String> STANDARD_METHODS = List.of("GET", "POST", "PUT", "DELETE", "PATCH");

    private final Map<String, Set<String>> methodsByPath = new HashMap<>();
    private final String queryToken;

    /**
     * @param operations every operation, to know which methods a path does not have
     * @param queryToken a real Platform queryToken to tamper with
     */
    CaseGenerator(List<Operation> operations, String queryToken) {
        for (Operation operation : operations) {
            methodsByPath.computeIfAbsent(operation.pathTemplate(), p -> new HashSet<>()).add(operation.method());
        }
        this.queryToken = queryToken;
    }

    FuzzRequest generate(long index, Operation operation, InputKind kind, Random random) {
        Draft draft = baseline(operation, random);
        switch (kind) {
            case VALID -> draft.note = "as documented";
            case WRONG_TYPE, NULL, EMPTY, HUGE_STRING, UNICODE, DEEP_NESTING -> breakOneField(draft, kind, random);
            case MALFORMED_JSON -> malformedJson(draft, random);
            case BAD_CHARSET -> badCharset(draft, random);
            case WRONG_CONTENT_TYPE -> wrongContentType(draft, random);
            case JUNK_MULTIPART -> junkMultipart(draft, random);
            case ODD_PATH -> oddPath(draft, random);
            case LONG_URL -> longUrl(draft, random);
            case HUGE_HEADER -> hugeHeader(draft, random);
            case BAD_QUERY_PARAM -> badQueryParam(draft, random);
            case TAMPERED_QUERY_TOKEN -> tamperedToken(draft, random);
            case WRONG_METHOD -> wrongMethod(draft, random);
            case BAD_AUTH -> badAuth(draft, random);
        }
        if (kind.fieldLevel() || kind == InputKind.VALID) {
            asXmlNowAndThen(draft, random);
        }
        return draft.build(index, kind);
    }

    /**
     * A third of the Platform's JSON bodies go as XML, by the operation's schema ({@link XmlBodies}): the real
     * service's other body format, read by the emulator's own XML reader before validation.
     */
    private static void asXmlNowAndThen(Draft draft, Random random) {
        boolean json = draft.json != null && draft.splice == null && draft.raw == null && !draft.escapeNonAscii
                && "application/json".equals(draft.headers.get("Content-Type"));
        if (draft.operation.family() == Family.PLATFORM && draft.operation.bodySchema() != null && json
                && random.nextInt(3) == 0) {
            draft.raw = XmlBodies.write(draft.json, draft.operation.bodySchema()).getBytes(StandardCharsets.UTF_8);
            draft.headers.put("Content-Type", "application/xml");
            draft.note += " (as XML)";
        }
    }

    /** Whether the request must be refused whatever the server's leniency: a 2xx for it is a finding. */
    static boolean mustBeRefused(FuzzRequest request) {
        return switch (request.kind()) {
            case WRONG_METHOD -> STANDARD_METHODS.contains(request.method());
            case BAD_AUTH -> request.operation().family() != Family.CONTROL;
            default -> false;
        };
    }

    // ---- the plausible request ----

    private Draft baseline(Operation operation, Random random) {
        Draft draft = new Draft(operation);
        for (String name : operation.pathParams()) {
            draft.pathValues.put(name, encode(KnownIds.pathValue(operation, name, random)));
        }
        for (Operation.QueryParam param : operation.queryParams()) {
            if (param.required() || random.nextInt(3) == 0) {
                JsonNode value = SampleBodies.sample(param.schema(), random);
                draft.query.add(param.name() + "=" + encode(value.isTextual() ? value.asText() : value.toString()));
            }
        }
        String authorization = operation.family().authorization();
        if (authorization != null) {
            draft.headers.put("Authorization", authorization);
        }
        if (operation.family() != Family.PLATFORM || random.nextInt(3) != 0) {
            draft.headers.put("Accept", "application/json");
        } // else no Accept: a Platform answer is XML then, the real service's default, and a third of its cases ask so
        if (operation.bodySchema() != null) {
            draft.json = SampleBodies.sample(operation.bodySchema(), random);
            draft.headers.put("Content-Type", "application/json");
        } else if (operation.takesBody()) {
            draft.text = operation.operationId().startsWith("queryMore") ? queryToken : "fuzz";
            draft.headers.put("Content-Type", "text/plain");
        }
        return draft;
    }

    // ---- field kinds ----

    private void breakOneField(Draft draft, InputKind kind, Random random) {
        List<String> bodyFields = draft.json != null ? fieldPaths(draft.json) : List.of();
        List<String> slots = new ArrayList<>();
        bodyFields.forEach(path -> slots.add("body:" + path));
        draft.operation.queryParams().forEach(p -> slots.add("query:" + p.name()));
        draft.operation.pathParams().forEach(p -> slots.add("path:" + p));
        if (draft.text != null) {
            slots.add("text:");
        }
        if (draft.json != null && random.nextInt(4) == 0) {
            slots.add("body:");  // the whole body
        }
        if (slots.isEmpty()) {
            slots.add("query:fuzz");  // nothing documented to break: an undocumented parameter
        }
        String slot = slots.get(random.nextInt(slots.size()));
        String where = slot.substring(slot.indexOf(':') + 1);
        switch (slot.substring(0, slot.indexOf(':'))) {
            case "body" -> breakBodyField(draft, where, kind, random);
            case "text" -> {
                draft.text = hostileText(kind, random);
                draft.note = "text body <- " + describe(kind);
            }
            case "path" -> {
                draft.pathValues.put(where, encode(hostileText(kind, random)));
                draft.note = "path " + where + " <- " + describe(kind);
            }
            default -> {
                draft.query.removeIf(q -> q.startsWith(where + "="));
                draft.query.add(kind == InputKind.NULL && random.nextBoolean() ? where
                        : where + "=" + encode(hostileText(kind, random)));
                draft.note = "query " + where + " <- " + describe(kind);
            }
        }
    }

    private void breakBodyField(Draft draft, String path, InputKind kind, Random random) {
        JsonNode value = switch (kind) {
            case WRONG_TYPE -> Hostile.wrongType(path.isEmpty() ? draft.json : at(draft.json, path), random);
            case NULL -> NODES.nullNode();
            case EMPTY -> random.nextInt(3) == 0 ? NODES.arrayNode() : random.nextBoolean() ? NODES.objectNode() : NODES.textNode("");
            case HUGE_STRING -> NODES.textNode(Hostile.huge(random));
            case UNICODE -> NODES.textNode(Hostile.unicode(random));
            default -> NODES.textNode(SPLICE);
        };
        if (kind == InputKind.WRONG_TYPE && random.nextInt(4) == 0) {
            value = NODES.textNode(SPLICE);
            draft.splice = Hostile.rawJson(random);
        } else if (kind == InputKind.DEEP_NESTING) {
            draft.splice = Hostile.deepJson(random);
        }
        if (path.isEmpty()) {
            draft.json = value;
        } else {
            set(draft.json, path, value);
        }
        draft.escapeNonAscii = random.nextBoolean();
        draft.note = "body" + (path.isEmpty() ? "" : "." + path) + " <- " + describe(kind)
                + (draft.splice != null && draft.splice.length() < 60 ? " " + draft.splice : "");
    }

    private static String hostileText(InputKind kind, Random random) {
        return switch (kind) {
            case WRONG_TYPE -> Hostile.wrongTypeText(random);
            case NULL -> "null";
            case EMPTY -> "";
            case HUGE_STRING -> Hostile.huge(random);
            case UNICODE -> Hostile.unicode(random);
            case DEEP_NESTING -> Hostile.deepJson(random);
            default -> "fuzz";
        };
    }

    private static String describe(InputKind kind) {
        return switch (kind) {
            case HUGE_STRING -> "100 KB string";
            case DEEP_NESTING -> "10k-deep nesting";
            default -> kind.name().toLowerCase();
        };
    }

    // ---- frame kinds ----

    private void malformedJson(Draft draft, Random random) {
        String sample = draft.json != null ? write(draft.json, false) : "{\"a\":1}";
        String[] bodies = {
            sample.substring(0, Math.max(1, sample.length() / 2)), "{", "{\"a\":}", "[1,2", "nul", "{} trailing",
            "{'single':'quotes'}", "/* comment */ {}", "{\"a\":1,\"a\":2}", "\uFEFF" + sample, "\"just a string\"", "42",
            "[]", "null", "", "{\"a\":NaN}", "{\"a\":\"unterminated}", "{\"a\":\"\\uZZZZ\"}", "{\"a\":\"\\ud800\"}"};
        int choice = random.nextInt(bodies.length + 2);
        draft.json = null;
        draft.text = null;
        if (choice == bodies.length) {
            draft.raw = new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, (byte) 0x28, (byte) 0xFF, '"', '}'};
            draft.note = "invalid UTF-8 in a JSON string";
        } else if (choice == bodies.length + 1) {
            draft.raw = new byte[256];
            random.nextBytes(draft.raw);
            draft.note = "256 random bytes";
        } else {
            draft.text = bodies[choice];
            draft.note = "body " + (bodies[choice].length() > 40 ? bodies[choice].substring(0, 40) + "..." : bodies[choice]);
        }
        draft.headers.put("Content-Type", "application/json");
    }

    private void badCharset(Draft draft, Random random) {
        ensureBody(draft);
        String[] types = {"application/json; charset=nope", "application/json; charset=utf-16", "application/json; charset=",
            "application/json;;;", "application/json; charset=\"utf-8", "application/json; charset=UTF-32BE",
            "application/json; charset=x-\u00e9", "application/json; boundary=x; charset=ebcdic-cp-us"};
        String type = types[random.nextInt(types.length)];
        draft.headers.put("Content-Type", type);
        draft.note = "Content-Type " + type;
    }

    private void wrongContentType(Draft draft, Random random) {
        ensureBody(draft);
        switch (random.nextInt(9)) {
            case 0 -> retype(draft, "text/xml", "<Environment><name>x</name></Environment>");
            case 1 -> retype(draft, "application/x-www-form-urlencoded", "name=x&classification=TEST");
            case 2 -> retype(draft, "text/plain", null);
            case 3 -> {
                draft.headers.remove("Content-Type");
                draft.note = "no Content-Type";
            }
            case 4 -> retype(draft, "application/octet-stream", null);
            case 5 -> retype(draft, "image/png", null);
            case 6 -> retype(draft, "*/*", null);
            case 7 -> retype(draft, "application/json", "name=x&classification=TEST");
            default -> {
                draft.headers.put("Accept", random.nextBoolean() ? "application/xml" : "text/html;q=0.9, */*;q=0");
                draft.note = "Accept " + draft.headers.get("Accept");
            }
        }
    }

    private static void retype(Draft draft, String type, String body) {
        draft.headers.put("Content-Type", type);
        if (body != null) {
            draft.json = null;
            draft.text = body;
        }
        draft.note = "Content-Type " + type + (body != null ? " with body " + body : "");
    }

    private void junkMultipart(Draft draft, Random random) {
        draft.json = null;
        String boundary = "fuzz" + Integer.toHexString(random.nextInt());
        switch (random.nextInt(5)) {
            case 0 -> {
                draft.headers.put("Content-Type", "multipart/form-data; boundary=" + boundary);
                draft.text = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\n{\"name\":\"x\"}\r\n--"
                        + boundary + "--\r\n";
                draft.note = "a well-formed multipart body";
            }
            case 1 -> {
                draft.headers.put("Content-Type", "multipart/form-data");
                draft.text = "--x\r\n\r\njunk";
                draft.note = "multipart without boundary";
            }
            case 2 -> {
                draft.headers.put("Content-Type", "multipart/form-data; boundary=" + boundary);
                draft.text = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"../../x\"\r\n\r\n"
                        + "unterminated";
                draft.note = "unterminated multipart";
            }
            case 3 -> {
                draft.headers.put("Content-Type", "multipart/mixed; boundary=\"\"");
                draft.raw = new byte[512];
                random.nextBytes(draft.raw);
                draft.note = "multipart with empty boundary and random bytes";
            }
            default -> {
                draft.headers.put("Content-Type", "multipart/form-data; boundary=" + boundary);
                draft.text = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"p\"\r\n\r\nv\r\n").repeat(2000);
                draft.note = "2000 unterminated parts";
            }
        }
    }

    private void oddPath(Draft draft, Random random) {
        String[] odd = {"%zz", "%00", "..", "%2e%2e", "%2F", "a%2F..%2F..", "%ff%fe", ";jsessionid=x", "%20", "~",
            "%u0041", "%", "%0d%0aX-Injected:%201", "\u00e9", "*", "%c0%ae%c0%ae", "."};
        String token = odd[random.nextInt(odd.length)];
        String path = draft.path();
        switch (random.nextInt(4)) {
            case 0 -> {
                if (!draft.pathValues.isEmpty()) {
                    List<String> names = new ArrayList<>(draft.pathValues.keySet());
                    String name = names.get(random.nextInt(names.size()));
                    draft.pathValues.put(name, token);
                    draft.note = "path " + name + " <- " + token;
                } else {
                    draft.rawPath = path + "/" + token;
                    draft.note = "appended /" + token;
                }
            }
            case 1 -> {
                draft.rawPath = path + "/" + token;
                draft.note = "appended /" + token;
            }
            case 2 -> {
                int cut = path.indexOf('/', 1);
                draft.rawPath = cut > 0 ? path.substring(0, cut) + "/" + token + "/.." + path.substring(cut) : path + "/" + token;
                draft.note = "inserted /" + token + "/..";
            }
            default -> {
                String[] variants = {path.replaceFirst("/", "//"), path + "/./", path.toUpperCase(), path + "%00", path + "?%zz=1",
                    path + "#frag", path.replace("/", "/%2e/")};
                draft.rawPath = variants[random.nextInt(variants.length)];
                draft.note = "path " + (draft.rawPath.length() > 60 ? draft.rawPath.substring(0, 60) + "..." : draft.rawPath);
            }
        }
    }

    private void longUrl(Draft draft, Random random) {
        String filler = "a".repeat(9 * 1024);
        if (random.nextBoolean()) {
            draft.rawPath = draft.path() + "/" + filler;
            draft.note = "9 KB path segment";
        } else {
            draft.query.add("fuzz=" + filler);
            draft.note = "9 KB query string";
        }
    }

    private void hugeHeader(Draft draft, Random random) {
        String filler = "h".repeat(9 * 1024);
        switch (random.nextInt(4)) {
            case 0 -> {
                draft.headers.put("X-Fuzz", filler);
                draft.note = "9 KB X-Fuzz header";
            }
            case 1 -> {
                draft.headers.put("Authorization", "Basic " + filler);
                draft.note = "9 KB Authorization header";
            }
            case 2 -> {
                draft.headers.put("Content-Type", "application/json; x=" + filler);
                draft.note = "9 KB Content-Type header";
            }
            default -> {
                for (int i = 0; i < 300; i++) {
                    draft.headers.put("X-Fuzz-" + i, "v" + i + "-0123456789012345678901234567890");
                }
                draft.note = "300 headers";
            }
        }
    }

    private void badQueryParam(Draft draft, Random random) {
        List<Operation.QueryParam> params = draft.operation.queryParams();
        String name = params.isEmpty() || random.nextInt(4) == 0 ? "fuzz" : params.get(random.nextInt(params.size())).name();
        String[] values = {"-1", "0", "99999999999999999999", "1.5", "abc", "%zz", "%00", "", "true", "[]", "9223372036854775808",
            encode(Hostile.unicode(random))};
        String value = values[random.nextInt(values.length)];
        draft.query.removeIf(q -> q.startsWith(name + "="));
        switch (random.nextInt(3)) {
            case 0 -> {
                draft.query.add(name + "=" + value);
                draft.note = "query " + name + "=" + value;
            }
            case 1 -> {
                draft.query.add(name + "=1");
                draft.query.add(name + "=" + value);
                draft.note = "query " + name + " twice (1, " + value + ")";
            }
            default -> {
                draft.query.add(name);
                draft.query.add("&&=&");
                draft.note = "query " + name + " without value, and &&=&";
            }
        }
    }

    private void tamperedToken(Draft draft, Random random) {
        String token = queryToken;
        String[] tampered = {
            token.substring(0, token.length() / 2),
            token + "x",
            flip(token, random),
            Base64.getEncoder().encodeToString("{\"offset\":-1}".getBytes(StandardCharsets.UTF_8)),
            Base64.getEncoder().encodeToString(("ExecutionRecord:" + Long.MAX_VALUE).getBytes(StandardCharsets.UTF_8)),
            "", "null", "%zz", token.repeat(200), Hostile.unicode(random), "\"" + token + "\"",
            "{\"queryToken\":\"" + token + "\"}"};
        String bad = tampered[random.nextInt(tampered.length)];
        if (draft.operation.operationId().startsWith("queryMore")) {
            draft.json = null;
            draft.text = bad;
            draft.note = "queryToken body " + (bad.length() > 40 ? bad.substring(0, 40) + "..." : bad);
        } else {
            draft.query.add("queryToken=" + encode(bad));
            draft.note = "undocumented queryToken parameter";
        }
    }

    private static String flip(String token, Random random) {
        char[] chars = token.toCharArray();
        int at = random.nextInt(chars.length);
        chars[at] = chars[at] == 'A' ? 'B' : 'A';
        return new String(chars);
    }

    private void wrongMethod(Draft draft, Random random) {
        Set<String> declared = methodsByPath.getOrDefault(draft.operation.pathTemplate(), Set.of());
        List<String> wrong = new ArrayList<>();
        for (String method : List.of("GET", "POST", "PUT", "DELETE", "PATCH", "TRACE", "FUZZ")) {
            if (!declared.contains(method)) {
                wrong.add(method);
            }
        }
        draft.method = wrong.get(random.nextInt(wrong.size()));
        draft.note = draft.method + " instead of " + String.join("/", declared);
    }

    private void badAuth(Draft draft, Random random) {
        if (draft.json instanceof ObjectNode body) {
            body.remove("auth");  // Connect Now also reads credentials from the body
        }
        String[] values = {null, "Basic", "Basic !!!not-base64!!!", "Basic " + base64("no-colon"),
            "Basic " + base64(Family.DEMO_USER + ":wrong-password"), "Basic " + base64("other@example.com:other-password"),
            "Bearer wrong-token", "Bearer ", "Basic " + base64(Hostile.unicode(random) + ":" + Hostile.unicode(random)),
            "Digest username=\"x\"", "Basic " + base64("BOOMI_TOKEN." + Family.DEMO_USER + ":wrong-token")};
        String value = values[random.nextInt(values.length)];
        if (value == null) {
            draft.headers.remove("Authorization");
            draft.note = "no Authorization";
        } else {
            draft.headers.put("Authorization", value);
            draft.note = "Authorization " + value;
        }
    }

    private static String base64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private static void ensureBody(Draft draft) {
        if (draft.json == null && draft.text == null && draft.raw == null) {
            draft.json = NODES.objectNode();
        }
    }

    // ---- JSON helpers ----

    /** Dotted paths of every field and array element, up to three levels down. */
    private static List<String> fieldPaths(JsonNode node) {
        List<String> paths = new ArrayList<>();
        collect(node, "", paths, 0);
        return paths;
    }

    private static void collect(JsonNode node, String prefix, List<String> paths, int depth) {
        if (depth >= 3) {
            return;
        }
        if (node.isObject()) {
            node.fieldNames().forEachRemaining(name -> {
                String path = prefix.isEmpty() ? name : prefix + "." + name;
                paths.add(path);
                collect(node.get(name), path, paths, depth + 1);
            });
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                String path = prefix.isEmpty() ? "" + i : prefix + "." + i;
                paths.add(path);
                collect(node.get(i), path, paths, depth + 1);
            }
        }
    }

    private static JsonNode at(JsonNode root, String path) {
        JsonNode node = root;
        for (String part : path.split("\\.")) {
            node = node.isArray() ? node.path(Integer.parseInt(part)) : node.path(part);
        }
        return node;
    }

    private static void set(JsonNode root, String path, JsonNode value) {
        int cut = path.lastIndexOf('.');
        JsonNode parent = cut < 0 ? root : at(root, path.substring(0, cut));
        String last = path.substring(cut + 1);
        if (parent instanceof ArrayNode array) {
            array.set(Integer.parseInt(last), value);
        } else if (parent instanceof ObjectNode object) {
            object.set(last, value);
        }
    }

    private static String write(JsonNode node, boolean escapeNonAscii) {
        try {
            return (escapeNonAscii ? ESCAPED : PLAIN).writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Percent-encodes a value for a path segment or query value, UTF-8, nothing left unescaped but unreserved characters. */
    static String encode(String value) {
        StringBuilder out = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.' || c == '~') {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        return out.toString();
    }

    /** A request under construction. */
    private static final class Draft {
        final Operation operation;
        String method;
        final Map<String, String> pathValues = new LinkedHashMap<>();
        final List<String> query = new ArrayList<>();
        final Map<String, String> headers = new LinkedHashMap<>();
        JsonNode json;
        String text;
        byte[] raw;
        String splice;
        boolean escapeNonAscii;
        String rawPath;
        String note = "";

        Draft(Operation operation) {
            this.operation = operation;
            this.method = operation.method();
        }

        String path() {
            String path = operation.pathTemplate();
            for (Map.Entry<String, String> value : pathValues.entrySet()) {
                path = path.replace("{" + value.getKey() + "}", value.getValue());
            }
            return path;
        }

        FuzzRequest build(long index, InputKind kind) {
            String target = (rawPath != null ? rawPath : path()) + (query.isEmpty() ? "" : "?" + String.join("&", query));
            byte[] body = raw;
            if (body == null && json != null) {
                String written = write(json, escapeNonAscii);
                if (splice != null) {
                    written = written.replace(write(NODES.textNode(SPLICE), false), splice);
                }
                body = written.getBytes(StandardCharsets.UTF_8);
            } else if (body == null && text != null) {
                body = text.getBytes(StandardCharsets.UTF_8);
            }
            List<String[]> headerList = new ArrayList<>();
            headers.forEach((name, value) -> headerList.add(new String[] {name, value}));
            return new FuzzRequest(index, operation, kind, method, target, List.copyOf(headerList), body, note);
        }
    }
}
