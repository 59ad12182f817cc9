package dev.boomiemulator.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.oai.validator.report.MessageResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.schema.SchemaValidator;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The request validator's schema validator is given no component schemas ({@code RequestValidation.Validator}): no
 * reference to them is left once one of the emulator's documents is parsed, and bodies are judged exactly as with
 * them, the same messages for good and bad bodies.
 */
class SchemaValidatorDocumentTest {
    private static final List<String> BODIES = List.of(
            "{\"name\":\"Production\",\"classification\":\"PROD\"}",
            "{\"name\":123,\"classification\":[\"PROD\"]}",
            "{\"classification\":\"TEST\"}",
            "{\"QueryFilter\":{\"expression\":{\"property\":\"name\",\"operator\":\"EQUALS\",\"argument\":[\"x\"]}}}",
            "{\"QueryFilter\":{\"expression\":{\"property\":7,\"operator\":{\"no\":1}}}}",
            "[1,2]", "\"text\"", "null", "{\"name\":\"" + "n".repeat(300) + "\"}");

    @ParameterizedTest
    @ValueSource(strings = {"openapi/platform-v1.yaml", "openapi/data-integration-v1.yaml", "openapi/ws-simple.yaml",
            "openapi/emulator-control.yaml"})
    void the_emulators_documents_leave_no_reference_and_bodies_are_judged_alike_without_their_components(
            String document) throws Exception {
        OpenAPI api = RequestValidation.parse(document);
        assertThat(Json.mapper().writeValueAsString(api)).as("the references left in %s", document)
                .doesNotContain("\"$ref\"");

        SchemaValidator full = new SchemaValidator(api, new MessageResolver());
        SchemaValidator stripped = new SchemaValidator(new OpenAPI(), new MessageResolver());
        int compared = 0;
        int refused = 0;
        for (var path : api.getPaths().values()) {
            for (var operation : path.readOperations()) {
                if (operation.getRequestBody() == null || operation.getRequestBody().getContent() == null) {
                    continue;
                }
                for (var mediaType : operation.getRequestBody().getContent().values()) {
                    Schema<?> schema = mediaType.getSchema();
                    for (String body : BODIES) {
                        List<String> withComponents = messages(full.validate(body, schema, "request.body"));
                        assertThat(messages(stripped.validate(body, schema, "request.body")))
                                .as("%s against %s", body, operation.getOperationId())
                                .isEqualTo(withComponents);
                        compared++;
                        refused += withComponents.isEmpty() ? 0 : 1;
                    }
                }
            }
        }
        assertThat(compared).isPositive();
        assertThat(refused).as("bodies the document refuses, among %d", compared).isPositive();
    }

    private static List<String> messages(ValidationReport report) {
        return report.getMessages().stream().map(m -> m.getKey() + ": " + m.getMessage()).toList();
    }
}
