package dev.boomiemulator.robustness.fuzz;

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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every operation of the four OpenAPI documents, read from the classpath. The fuzzer covers whatever
 * the documents declare, so a new endpoint is fuzzed as soon as it is documented.
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
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        options.setResolveFully(true);
        OpenAPI api = new OpenAPIV3Parser().readContents(read(family.document()), null, options).getOpenAPI();
        if (api == null || api.getPaths() == null) {
            throw new IllegalStateException(family.document() + " did not parse");
        }
        List<Operation> operations = new ArrayList<>();
        api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
            if (!CHANGES_OTHER_ANSWERS.contains(operation.getOperationId())) {
                operations.add(toOperation(family, path, method, item, operation));
            }
        }));
        return operations;
    }

    /**
     * Control operations whose purpose is to change how every other request is answered: a fuzzed fault rule would
     * make the emulator answer 5xx on purpose, a fuzzed state document replace the fixtures the checks rely on. Their
     * own refusals of bad input are tested in FaultInjectionApiTest and StateApiTest.
     */
    private static final java.util.Set<String> CHANGES_OTHER_ANSWERS = java.util.Set.of("addFault", "loadState");

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
