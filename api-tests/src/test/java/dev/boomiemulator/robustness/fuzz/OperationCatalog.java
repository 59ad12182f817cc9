package dev.boomiemulator.robustness.fuzz;

import dev.boomiemulator.support.OfficialPlatformDocument;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every operation of the emulator's four OpenAPI documents and of Boomi's own Platform document (the objects the
 * generic engine serves), read from the classpath. The fuzzer covers whatever the documents declare, so a new
 * endpoint is fuzzed as soon as it is documented.
 */
public final class OperationCatalog {
    private OperationCatalog() {
    }

    public static List<Operation> all() {
        List<Operation> operations = new ArrayList<>();
        for (Family family : Family.values()) {
            operations.addAll(of(family));
        }
        return List.copyOf(operations);
    }

    static List<Operation> of(Family family) {
        List<Operation> operations = new ArrayList<>();
        OpenAPI api = parse(read(family.document()), family.document());
        api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
            if (!CHANGES_OTHER_ANSWERS.contains(operation.getOperationId())) {
                operations.add(toOperation(family, path, method, item, operation));
            }
        }));
        if (family == Family.PLATFORM) {
            operations.addAll(official(operations));
        }
        return operations;
    }

    /**
     * The operations of Boomi's official Platform document that the emulator's own Platform document does not
     * describe: the objects the generic engine serves, reached under the same prefix. Their paths in the official
     * document start after the account ({@code /Account/{id}}), as its server URL ends in {@code /{accountId}}.
     */
    private static List<Operation> official(List<Operation> described) {
        Set<String> known = new HashSet<>();
        described.forEach(operation -> known.add(operation.method() + " " + operation.pathTemplate()));
        List<Operation> operations = new ArrayList<>();
        String prefix = Family.PLATFORM.prefix() + "{accountId}";
        OpenAPI api = parse(OfficialPlatformDocument.text(), OfficialPlatformDocument.RESOURCE);
        api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
            Operation official = toOperation(Family.PLATFORM, prefix + path, method, item, operation);
            if (!known.contains(official.method() + " " + official.pathTemplate())) {
                operations.add(official);
            }
        }));
        return operations;
    }

    private static OpenAPI parse(String text, String document) {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        options.setResolveFully(true);
        OpenAPI api = new OpenAPIV3Parser().readContents(text, null, options).getOpenAPI();
        if (api == null || api.getPaths() == null) {
            throw new IllegalStateException(document + " did not parse");
        }
        return api;
    }

    /**
     * Control operations whose purpose is to change how every other request is answered: a fuzzed fault rule would
     * make the emulator answer 5xx on purpose, a fuzzed state document replace the fixtures the checks rely on. Their
     * own refusals of bad input are tested in FaultInjectionApiTest and StateApiTest.
     */
    private static final Pattern TEMPLATE_VARIABLE = Pattern.compile("\\{([^}]+)}");

    private static final Set<String> CHANGES_OTHER_ANSWERS = Set.of("addFault", "loadState");

    private static Operation toOperation(Family family, String path, PathItem.HttpMethod method, PathItem item,
                                         io.swagger.v3.oas.models.Operation operation) {
        // operation parameters override path-level ones of the same name and place
        Map<String, Parameter> parameters = new LinkedHashMap<>();
        for (List<Parameter> list : java.util.Arrays.asList(item.getParameters(), operation.getParameters())) {
            if (list != null) {
                list.forEach(p -> parameters.put(p.getIn() + ":" + p.getName(), p));
            }
        }
        List<String> pathParams = new ArrayList<>();
        List<Operation.QueryParam> queryParams = new ArrayList<>();
        for (Parameter p : parameters.values()) {
            if ("path".equals(p.getIn())) {
                pathParams.add(p.getName());
            } else if ("query".equals(p.getIn())) {
                queryParams.add(new Operation.QueryParam(p.getName(), p.getSchema(), Boolean.TRUE.equals(p.getRequired())));
            }
        }
        // a template variable no parameter declares: the official document's {accountId}, a variable of its server URL
        for (Matcher variable = TEMPLATE_VARIABLE.matcher(path); variable.find(); ) {
            if (!pathParams.contains(variable.group(1))) {
                pathParams.add(variable.group(1));
            }
        }
        Schema<?> bodySchema = null;
        List<String> bodyTypes = new ArrayList<>();
        if (operation.getRequestBody() != null && operation.getRequestBody().getContent() != null) {
            Content content = operation.getRequestBody().getContent();
            bodyTypes.addAll(content.keySet());
            MediaType json = content.get("application/json");
            if (json != null) {
                bodySchema = json.getSchema();
            }
        }
        String id = operation.getOperationId() != null ? operation.getOperationId() : method + " " + path;
        return new Operation(family, method.name(), path, id, List.copyOf(pathParams), List.copyOf(queryParams),
                bodySchema, List.copyOf(bodyTypes));
    }

    private static String read(String resource) {
        try (InputStream in = OperationCatalog.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
