package dev.boomiemulator.coverage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Every operation of Boomi's official Platform document: its object, its verb, its method and path. Paths in the
 * document are relative to its server URL, {@code .../api/rest/v1/{accountId}}.
 */
record OfficialOperations(List<Operation> all) {
    static final String DOCUMENT = "reference/boomi-platform-openapi-3.0.3.json";
    private static final Set<String> METHODS = Set.of("get", "post", "put", "delete", "patch");

    /** One documented operation, e.g. {@code Environment query POST /Environment/query}. */
    record Operation(String object, String verb, String method, String path) {
        /** The path with every parameter replaced by {@code value}, as a request would send it. */
        String samplePath(String value) {
            return path.replaceAll("\\{[^}]+}", value);
        }
    }

    static OfficialOperations load() {
        try (InputStream in = OfficialOperations.class.getClassLoader().getResourceAsStream(DOCUMENT)) {
            if (in == null) {
                throw new IllegalStateException(DOCUMENT + " is not on the test classpath");
            }
            JsonNode paths = new ObjectMapper().readTree(in).path("paths");
            List<Operation> operations = new ArrayList<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> path = it.next();
                for (Iterator<Map.Entry<String, JsonNode>> methods = path.getValue().fields(); methods.hasNext(); ) {
                    Map.Entry<String, JsonNode> method = methods.next();
                    if (METHODS.contains(method.getKey())) {
                        operations.add(describe(path.getKey(), method.getKey().toUpperCase(Locale.ROOT),
                                method.getValue().path("operationId").asText("")));
                    }
                }
            }
            operations.sort(Comparator.comparing(Operation::object).thenComparing(Operation::path)
                    .thenComparing(Operation::method));
            return new OfficialOperations(List.copyOf(operations));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The object is the first path segment, or the one after {@code async}; the verb is the CRUD, query or bulk
     * verb the path's shape says, else the document's operation id (the object's own actions).
     */
    private static Operation describe(String path, String method, String operationId) {
        List<String> segments = new ArrayList<>(List.of(path.substring(1).split("/")));
        if (segments.get(0).equals("async") && segments.size() > 1) {
            segments.remove(0);
        }
        String object = segments.get(0);
        String last = segments.get(segments.size() - 1);
        boolean endsWithId = last.startsWith("{") && segments.size() == 2;
        String verb;
        if (last.equals("query")) {
            verb = "query";
        } else if (last.equals("queryMore")) {
            verb = "queryMore";
        } else if (last.equals("bulk")) {
            verb = "bulk";
        } else if (segments.size() == 1 && method.equals("POST")) {
            verb = "create";
        } else if (endsWithId && method.equals("GET")) {
            verb = "get";
        } else if (endsWithId && (method.equals("POST") || method.equals("PUT"))) {
            verb = "update";
        } else if (endsWithId && method.equals("DELETE")) {
            verb = "delete";
        } else if (segments.size() == 3 && last.equals("update") && method.equals("POST")) {
            verb = "update";
        } else {
            verb = operationId.isEmpty() ? method.toLowerCase(Locale.ROOT) + " " + path : operationId;
        }
        return new Operation(object, verb, method, path);
    }
}
