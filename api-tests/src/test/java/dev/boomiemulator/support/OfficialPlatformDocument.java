package dev.boomiemulator.support;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.Response;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Map;

/**
 * Boomi's own OpenAPI document for the Platform API (a copy of
 * {@code shared/reference/boomi-platform-openapi-3.0.3.json}, which the emulator serves and its jar holds),
 * parsed once per JVM: it is 4 MB and takes seconds to read, and every test class shares it.
 *
 * <p>Its servers are {@code https://api.boomi.com/api/rest/v1/{accountId}} and its paths start at the object
 * ({@code /Environment/{id}}), so callers pass the path after the account id and the base path is the root.
 */
public final class OfficialPlatformDocument {
    public static final String RESOURCE = "reference/boomi-platform-openapi-3.0.3.json";

    private OfficialPlatformDocument() {
    }

    /** Checks one response against the document's description of {@code path} (a document path, no base). */
    static ValidationReport validateResponse(String path, Request.Method method, Response response) {
        return Holder.VALIDATOR.validateResponse(path, method, response);
    }

    /** The holder idiom: built on first use, the JVM doing the once-only locking for parallel test classes. */
    private static final class Holder {
        static final OpenApiInteractionValidator VALIDATOR = OpenApiInteractionValidator.createFor(parse())
                .withBasePathOverride("/")
                .build();
    }

    /**
     * Parsed directly rather than through the validator's loader, which refuses a document with any parse
     * warning (this one has a few harmless ones: a licence URL, stray {@code content} keys on two schemas).
     */
    private static OpenAPI parse() {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(text(), null, options);
        if (parsed.getOpenAPI() == null) {
            throw new IllegalStateException(RESOURCE + " does not parse: " + parsed.getMessages());
        }
        return parsed.getOpenAPI();
    }

    /** The document's text, less the stray entries on which the OpenAPI parser gives up (see below). */
    public static String text() {
        ObjectMapper json = new ObjectMapper();
        try (InputStream in = OfficialPlatformDocument.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the test classpath");
            }
            JsonNode document = json.readTree(in);
            dropStrayContentEntries(document);
            return json.writeValueAsString(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A {@code content} map holds media types, each an object; the document has one stray string beside them
     * ({@code POST /PublisherIntegrationPack/bulk}: an XML {@code example} one level too high), on which the
     * parser gives up on the whole document. Dropping such entries loses nothing a validator reads.
     */
    private static void dropStrayContentEntries(JsonNode node) {
        if (node.get("content") instanceof ObjectNode content) {
            Iterator<Map.Entry<String, JsonNode>> entries = content.fields();
            while (entries.hasNext()) {
                if (!entries.next().getValue().isObject()) {
                    entries.remove();
                }
            }
        }
        node.elements().forEachRemaining(OfficialPlatformDocument::dropStrayContentEntries);
    }
}
