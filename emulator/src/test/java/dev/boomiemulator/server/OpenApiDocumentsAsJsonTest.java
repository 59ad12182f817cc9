package dev.boomiemulator.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

/** The JSON form the build writes of each served OpenAPI document, which request validation parses. */
class OpenApiDocumentsAsJsonTest {
    @Test
    void every_served_document_has_its_json_form_on_the_classpath_saying_the_same() throws Exception {
        assertThat(ServedDocuments.DOCUMENTS.values()).filteredOn(resource -> resource.endsWith(".yaml")).hasSize(4);
        for (String yaml : ServedDocuments.DOCUMENTS.values()) {
            if (!yaml.endsWith(".yaml")) {
                continue;
            }
            String json = OpenApiDocumentsAsJson.jsonName(yaml);
            try (InputStream yamlIn = resource(yaml); InputStream jsonIn = resource(json)) {
                assertThat(jsonIn).as(json + ", written by the build (exec-maven-plugin, process-classes)").isNotNull();
                assertThat(new ObjectMapper().readTree(jsonIn)).as(json)
                        .isEqualTo(new ObjectMapper(new YAMLFactory()).readTree(yamlIn));
            }
        }
    }

    private static InputStream resource(String name) {
        return OpenApiDocumentsAsJsonTest.class.getClassLoader().getResourceAsStream(name);
    }
}
