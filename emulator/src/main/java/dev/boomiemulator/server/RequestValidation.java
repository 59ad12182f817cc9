package dev.boomiemulator.server;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.interaction.request.RequestValidator;
import com.atlassian.oai.validator.model.ApiOperation;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.MessageResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.util.OpenApiLoader;
import dev.boomiemulator.common.ApiModule;
import dev.boomiemulator.common.Json;
import dev.boomiemulator.common.PathAlias;
import dev.boomiemulator.common.AsSent;
import dev.boomiemulator.common.Violation;
import io.javalin.http.Context;
import io.javalin.router.Endpoint;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem.HttpMethod;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks a family's requests against its OpenAPI document, as strictly as the real service and no
 * more: authentication is the server's own job, routing decides unknown paths and methods, and unknown
 * fields and content types are accepted because real clients send them.
 */
final class RequestValidation {
    private static final Pattern MISSING_PROPERTIES = Pattern.compile("\\(\\[(.*)]\\)");

    private final ApiModule module;
    private final String documentResource;
    /**
     * Parsing a large document takes a while: it starts in the background once the server is up
     * ({@link #prepareInBackground()}), so start-up stays fast; the first request waits for it if need be.
     */
    private volatile CompletableFuture<Validator> validator;

    RequestValidation(ApiModule module, String documentResource) {
        this.module = module;
        this.documentResource = documentResource;
    }

    /** Starts building the validator in the background unless it is built or being built. */
    CompletableFuture<?> prepareInBackground() {
        return validator();
    }

    /** Read on every request: without the lock once set (the field is volatile), so requests do not queue on it. */
    private CompletableFuture<Validator> validator() {
        CompletableFuture<Validator> set = validator;
        return set != null ? set : startBuilding();
    }

    private synchronized CompletableFuture<Validator> startBuilding() {
        if (validator == null) {
            Validator built = BUILT.get(documentResource);
            validator = built != null ? CompletableFuture.completedFuture(built)
                    : CompletableFuture.supplyAsync(() -> BUILT.computeIfAbsent(documentResource, RequestValidation::build));
        }
        return validator;
    }

    void validate(Context ctx) {
        ValidationReport report = validator().join().validate(ctx, module);
        List<Violation> violations = new ArrayList<>();
        for (ValidationReport.Message message : report.getMessages()) {
            if (message.getLevel() == ValidationReport.Level.ERROR) {
                violations.add(toViolation(message));
            }
        }
        if (!violations.isEmpty()) {
            throw module.invalidRequest(violations);
        }
    }

    /**
     * swagger-request-validator's own request validation ({@link RequestValidator}: path and query parameters,
     * headers, body, on every request), with the operation found by {@link OperationIndex} instead of
     * {@link OpenApiInteractionValidator#validateRequest}'s per-request search, and verdicts remembered on parameter
     * values ({@link ParameterVerdicts}) and on whole requests ({@link RequestVerdicts}). All give the library's own
     * answers. It depends on the document only, so every server in a JVM shares one per document ({@link #BUILT}).
     */
    private static final class Validator {
        private final OperationIndex operations;
        private final RequestValidator requests;
        private final RequestVerdicts verdicts;

        Validator(OpenAPI api) {
            this.operations = new OperationIndex(api);
            this.requests = new RequestValidator(Shared.SCHEMAS, Shared.MESSAGES, api, List.of());
            this.verdicts = new RequestVerdicts(api);
        }

        ValidationReport validate(Context ctx, ApiModule module) {
            HttpMethod method = HttpMethod.valueOf(ctx.method().name());
            String path = documentPath(module, ctx.path());
            // the HTTP route Javalin matched (ctx.endpoint() would be the before-handler running now)
            Endpoint route = ctx.endpoints().matchedHttpEndpoint();
            Optional<ApiOperation> operation = route == null
                    ? operations.find(path, method)
                    : operations.find(documentPath(module, route.path), path, method);
            if (operation.isEmpty()) {
                // routing, not the document, decides unknown paths and methods (see the level resolver below)
                return ValidationReport.empty();
            }
            ApiOperation found = operation.get();
            if (ctx.isMultipartFormData()) {
                return requests.validateRequest(toRequest(ctx, module, path, ""), found);
            }
            String body = hasBody(ctx) ? module.requestBody(ctx) : "";
            var asked = new RequestVerdicts.Asked(found.getOperation(), AsSent.path(ctx), ctx.queryString(),
                    ctx.header("Content-Type"), body);
            return verdicts.verdict(asked, () -> requests.validateRequest(toRequest(ctx, module, path, body), found));
        }
    }

    /**
     * What every document's validator shares. The schema validator gets a document without the component schemas,
     * which it reads only to resolve references: parsed with references resolved fully, the emulator's documents leave
     * none (SchemaValidatorDocumentTest checks each, and that bodies are judged alike). It put a deep copy of every
     * component schema into each schema it compiled: after 20,000 varied requests those unread copies were most of a
     * 44 MB growth of the live heap, which a reset does not give back. Reading no document, one serves all four, and
     * so does its JSON Schema factory (110 KB of keyword libraries each).
     */
    private static final class Shared {
        static final MessageResolver MESSAGES = new MessageResolver(levels());
        static final ParameterVerdicts SCHEMAS = new ParameterVerdicts(new OpenAPI(), MESSAGES);
    }

    private static Validator build(String documentResource) {
        return new Validator(parse(documentResource));
    }

    private static LevelResolver levels() {
        return LevelResolver.create()
                .withLevel("validation.request.security", ValidationReport.Level.IGNORE)
                .withLevel("validation.request.path.missing", ValidationReport.Level.IGNORE)
                .withLevel("validation.request.operation.notAllowed", ValidationReport.Level.IGNORE)
                .withLevel("validation.request.accept.notAllowed", ValidationReport.Level.IGNORE)
                .withLevel("validation.request.contentType.notAllowed", ValidationReport.Level.IGNORE)
                .withLevel("validation.schema.additionalProperties", ValidationReport.Level.IGNORE)
                .withLevel("validation.request.body.schema.additionalProperties", ValidationReport.Level.IGNORE)
                // a body that is not JSON is the family's to judge: queryMore takes a bare token under any
                // Content-Type, and the others parse the body themselves and answer in their own shape
                .withLevel("validation.schema.invalidJson", ValidationReport.Level.IGNORE)
                .withLevel("validation.request.body.schema.invalidJson", ValidationReport.Level.IGNORE)
                .build();
    }

    /**
     * Each document's validator built once per JVM: it only reads the document, and a test JVM that starts a server
     * per test class would otherwise parse the documents and index their schemas again each time (the schemas' index,
     * the validator's own, alone was a tenth of a warm start's CPU).
     */
    private static final ConcurrentHashMap<String, Validator> BUILT = new ConcurrentHashMap<>();

    /** A document parsed as OpenApiInteractionValidator.Builder parses it: references resolved fully, combinators kept. */
    static OpenAPI parse(String documentResource) {
        ParseOptions parsing = new ParseOptions();
        parsing.setResolve(true);
        parsing.setResolveFully(true);
        parsing.setResolveCombinators(false);
        return new OpenApiLoader().loadApi(
                OpenApiInteractionValidator.SpecSource.inline(readAsJson(documentResource)), List.of(), parsing);
    }

    /**
     * The request as the validator sees it. For a family that reads bodies by their content, a body sent as
     * a form (curl's default) is presented as what the handler will read it as.
     */
    private static Request toRequest(Context ctx, ApiModule module, String path, String body) {
        boolean byContent = module.readsBodiesByContent();
        // under an alias (the Partner path), less the alias's own query parameters
        PathAlias alias = module.aliasOf(AsSent.path(ctx));
        Map<String, List<String>> query = new LinkedHashMap<>(ctx.queryParamMap());
        if (alias != null) {
            query.keySet().removeAll(alias.queryParameters());
        }
        SimpleRequest.Builder request = new SimpleRequest.Builder(ctx.method().name(), path);
        if (ctx.isMultipartFormData()) {
            // reading the body here would consume the parts the handler reads; the handler checks them
            ctx.headerMap().forEach(request::withHeader);
            query.forEach(request::withQueryParam);
            return request.build();
        }
        boolean notAForm = byContent && !isJson(ctx.header("Content-Type"));
        ctx.headerMap().forEach((name, value) -> {
            if (name.equalsIgnoreCase("Accept")) {
                // not judged (validation.request.accept.notAllowed is ignored): matching it against every response
                // media type was a tenth of a GET's time for nothing
                return;
            }
            if (notAForm && name.equalsIgnoreCase("Content-Type")) {
                // judged as what the handler will read it as: JSON when it is JSON (a body curl sent
                // without -H, or XML the family turned into JSON), else plain text (a bare queryMore token)
                request.withHeader(name, looksLikeJson(body) ? "application/json" : "text/plain");
            } else {
                request.withHeader(name, value);
            }
        });
        query.forEach(request::withQueryParam);
        if (!body.isEmpty()) {
            request.withBody(body, StandardCharsets.UTF_8);
        }
        return request.build();
    }

    /** A request's path or a route as the document writes it: under an alias (the Partner path), the main path. */
    private static String documentPath(ApiModule module, String path) {
        PathAlias alias = module.aliasOf(path);
        return alias == null ? path : module.pathPrefix() + path.substring(alias.prefix().length());
    }

    /**
     * Whether the request carries a body at all: HTTP/1.1 frames one by Content-Length or Transfer-Encoding, so
     * without either (a GET, a DELETE) there is nothing to read, and reading the empty stream is a cost per request.
     */
    private static boolean hasBody(Context ctx) {
        return ctx.contentLength() > 0 || ctx.header("Transfer-Encoding") != null;
    }

    private static boolean isJson(String contentType) {
        return contentType != null && contentType.toLowerCase(Locale.ROOT).contains("json");
    }

    private static boolean looksLikeJson(String body) {
        try {
            Json.mapper().readTree(body);
            return !body.isBlank();
        } catch (IOException notJson) {
            return false;
        }
    }

    private static Violation toViolation(ValidationReport.Message message) {
        String key = message.getKey();
        String type = key.substring(key.lastIndexOf('.') + 1);
        var context = message.getContext();
        var parameter = context.flatMap(ValidationReport.MessageContext::getParameter);
        if (parameter.isPresent()) {
            String in = parameter.get().getIn().toLowerCase(Locale.ROOT);
            return new Violation(in, List.of(parameter.get().getName()), type, message.getMessage());
        }
        List<String> loc = new ArrayList<>();
        context.flatMap(ValidationReport.MessageContext::getPointers).map(p -> p.getInstance()).ifPresent(pointer ->
                Arrays.stream(pointer.split("/")).filter(part -> !part.isEmpty()).forEach(loc::add));
        if (type.equals("required")) {
            Matcher missing = MISSING_PROPERTIES.matcher(message.getMessage());
            if (missing.find()) {
                loc.add(missing.group(1).split(",")[0].replace("\"", "").trim());
            }
            type = "missing";
        }
        return new Violation("body", loc, type, message.getMessage());
    }

    /**
     * The document in the JSON the build wrote beside it ({@link OpenApiDocumentsAsJson}), for the parser to read
     * without loading SnakeYAML; the YAML itself where there is none (classes an IDE built).
     */
    private static String readAsJson(String documentResource) {
        if (documentResource.endsWith(".yaml")) {
            String json = OpenApiDocumentsAsJson.jsonName(documentResource);
            if (RequestValidation.class.getClassLoader().getResource(json) != null) {
                return read(json);
            }
        }
        return read(documentResource);
    }

    private static String read(String resource) {
        try (InputStream in = RequestValidation.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("OpenAPI document " + resource + " is not on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
