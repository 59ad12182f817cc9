package dev.boomiemulator.server;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.boomiemulator.client.EmulatorRuntimeInfo;
import dev.boomiemulator.junit.BoomiEmulatorTest;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The documents the emulator serves by, Swagger UI over them, and the front page that links them. */
@BoomiEmulatorTest
class ServedDocumentsApiTest {
    @ParameterizedTest
    @ValueSource(strings = {"platform-v1.yaml", "ws-simple.yaml", "data-integration-v1.yaml", "emulator-control.yaml",
            "boomi-platform-openapi-3.0.3.json"})
    void each_document_is_served_and_parses(String name, EmulatorRuntimeInfo emulator) throws Exception {
        String text = given().get(emulator.baseUrl() + "/_emulator/openapi/" + name).then().statusCode(200)
                .extract().asString();
        ObjectMapper parser = name.endsWith(".json") ? new ObjectMapper() : new ObjectMapper(new YAMLFactory());
        JsonNode document = parser.readTree(text);
        assertThat(document.path("openapi").asText()).startsWith("3.");
        assertThat(document.path("paths").size()).isPositive();
    }

    @Test
    void swagger_ui_loads_its_files_from_the_webjar_and_lists_every_document(EmulatorRuntimeInfo emulator) {
        String page = given().get(emulator.baseUrl() + "/_emulator/docs").then().statusCode(200)
                .contentType(startsWith("text/html")).extract().asString();
        Matcher bundle = Pattern.compile("src=\"(/webjars/swagger-ui/[^\"]+/swagger-ui-bundle.js)\"").matcher(page);
        assertThat(bundle.find()).isTrue();
        given().get(emulator.baseUrl() + bundle.group(1)).then().statusCode(200).body(containsString("SwaggerUIBundle"));
        for (String name : List.of("platform-v1.yaml", "ws-simple.yaml", "data-integration-v1.yaml", "emulator-control.yaml")) {
            assertThat(page).contains("/_emulator/openapi/" + name);
        }
    }

    @Test
    void the_front_page_links_the_documents_and_the_tools(EmulatorRuntimeInfo emulator) {
        given().get(emulator.baseUrl() + "/").then().statusCode(200).contentType(startsWith("text/html"))
                .body(containsString("href=\"/_emulator/docs\""))
                .body(containsString("href=\"/_emulator/openapi/platform-v1.yaml\""))
                .body(containsString("href=\"/_emulator/requests\""));
    }

    @Test
    void an_unknown_document_is_a_404_naming_the_known_ones(EmulatorRuntimeInfo emulator) {
        given().get(emulator.baseUrl() + "/_emulator/openapi/secrets.yaml").then().statusCode(404)
                .body("message", containsString("platform-v1.yaml"));
        given().get(emulator.baseUrl() + "/_emulator/openapi/..%2F..%2Fpom.xml").then().statusCode(404);
    }
}
