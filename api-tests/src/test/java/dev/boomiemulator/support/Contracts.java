package dev.boomiemulator.support;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;
import io.restassured.filter.Filter;
import io.restassured.response.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * REST Assured filters that check every response against the project's own OpenAPI documents, and Platform
 * responses against Boomi's own document too ({@link OfficialPlatformConformance}).
 * Requests are not judged here (tests send bad requests on purpose); the server validates those.
 */
public final class Contracts {
    /**
     * A delete answered in XML has no body (the document's {@code application/xml: {}}), which the validator, seeing
     * the JSON form's schema beside it, reports as a missing body: for the Platform that one message is not a finding.
     */
    public static final Filter PLATFORM = andBoomisDocument(responsesOf("openapi/platform-v1.yaml",
            "validation.response.body.missing"));
    public static final OpenApiValidationFilter DATA_INTEGRATION = responsesOf("openapi/data-integration-v1.yaml");
    public static final OpenApiValidationFilter CONTROL = responsesOf("openapi/emulator-control.yaml");
    public static final OpenApiValidationFilter CONNECT_NOW = responsesOf("openapi/ws-simple.yaml");

    private Contracts() {
    }

    public static OpenApiValidationFilter responsesOf(String document, String... ignored) {
        LevelResolver.Builder levels = LevelResolver.create()
                .withLevel("validation.request", ValidationReport.Level.IGNORE);
        for (String key : ignored) {
            levels.withLevel(key, ValidationReport.Level.IGNORE);
        }
        return new OpenApiValidationFilter(OpenApiInteractionValidator
                .createForInlineApiSpecification(read(document))
                .withLevelResolver(levels.build())
                .build());
    }

    /** The project's own check first, then Boomi's document on the same response. */
    private static Filter andBoomisDocument(OpenApiValidationFilter own) {
        return (request, response, context) -> {
            Response answered = own.filter(request, response, context);
            OfficialPlatformConformance.check(request, answered);
            return answered;
        };
    }

    private static String read(String resource) {
        try (InputStream in = Contracts.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
