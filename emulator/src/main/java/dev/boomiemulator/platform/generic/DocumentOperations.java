package dev.boomiemulator.platform.generic;

import com.fasterxml.jackson.databind.JsonNode;
import dev.boomiemulator.platform.xml.OfficialSchemas;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The official document's operations, one line each ({@value #RESOURCE}): method, path, operation id, object, and
 * the schemas its request takes and its answer gives. Routes are made from this at start-up, in a millisecond,
 * rather than from the 4 MB document, which loads in the background until a request needs a schema.
 * {@code DocumentOperationsTest} derives the file from the document and fails when it is stale.
 */
public record DocumentOperations(List<Row> rows) {
    public static final String RESOURCE = "reference/platform-operations.tsv";

    /** One operation. {@code takes} and {@code answers} are schema names, or "-" for none. */
    public record Row(String method, String path, String operationId, String object, String takes, String answers) {
        OperationKind kind() {
            return OperationKind.of(operationId, object, path);
        }

        String line() {
            return String.join("\t", method, path, operationId, object, takes, answers);
        }
    }

    public static DocumentOperations load() {
        try (InputStream in = DocumentOperations.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the classpath");
            }
            List<Row> rows = new ArrayList<>();
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] cells = line.split("\t", -1);
                    rows.add(new Row(cells[0], cells[1], cells[2], cells[3], cells[4], cells[5]));
                }
            }
            return new DocumentOperations(List.copyOf(rows));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The index as derived from the document itself; the committed file must say the same. */
    public static DocumentOperations of(OfficialSchemas document) {
        List<Row> rows = new ArrayList<>();
        for (OfficialSchemas.Listed op : document.operations()) {
            JsonNode answers = op.schemas().jsonResponse().isMissingNode()
                    ? op.schemas().response() : op.schemas().jsonResponse();
            rows.add(new Row(op.method(), op.path(), op.operationId(), op.tag(), schemaName(op.schemas().request()),
                    schemaName(answers)));
        }
        return new DocumentOperations(List.copyOf(rows));
    }

    /** The file's text. */
    public String text() {
        StringBuilder out = new StringBuilder("# method\tpath\toperationId\tobject\ttakes\tanswers"
                + " (generated from boomi-platform-openapi-3.0.3.json by DocumentOperationsTest)\n");
        rows.forEach(row -> out.append(row.line()).append('\n'));
        return out.toString();
    }

    private static String schemaName(JsonNode schema) {
        return schema == null || !schema.has("$ref") ? "-" : OfficialSchemas.refName(schema.get("$ref").asText());
    }
}
