package dev.boomiemulator.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * A build step (Maven's process-classes phase, emulator/pom.xml): writes each OpenAPI document of a folder, kept in
 * YAML for its readers, beside it in JSON, which {@link RequestValidation} parses instead. Parsing YAML at start-up
 * loaded SnakeYAML (150 classes, 1.5 MB of an idle launcher's RSS) for four documents that never change after the
 * build; the emulator still serves the YAML itself ({@link ServedDocuments}).
 */
public final class OpenApiDocumentsAsJson {
    private OpenApiDocumentsAsJson() {
    }

    /** {@code args[0]}: the folder of {@code *.yaml} documents (target/classes/openapi). */
    public static void main(String[] args) throws IOException {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        ObjectMapper json = new ObjectMapper();
        List<Path> documents;
        try (Stream<Path> files = Files.list(Path.of(args[0]))) {
            documents = files.filter(file -> file.toString().endsWith(".yaml")).sorted().toList();
        }
        for (Path document : documents) {
            JsonNode tree = yaml.readTree(document.toFile());
            json.writeValue(document.resolveSibling(jsonName(document.getFileName().toString())).toFile(), tree);
        }
    }

    /** The name of a document's JSON form: {@code openapi/platform-v1.yaml} -> {@code openapi/platform-v1.json}. */
    static String jsonName(String yamlName) {
        return yamlName.substring(0, yamlName.length() - ".yaml".length()) + ".json";
    }
}
