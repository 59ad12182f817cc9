package dev.boomiemulator.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.oai.validator.interaction.ApiOperationResolver;
import com.atlassian.oai.validator.model.ApiOperation;
import com.atlassian.oai.validator.model.ApiOperationMatch;
import com.atlassian.oai.validator.model.Request;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.PathItem.HttpMethod;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link OperationIndex} answers what swagger-request-validator's own {@link ApiOperationResolver} answers, for
 * every template of the emulator's documents filled in many ways, looked up from scratch and through routes
 * (the document's own templates, as the route tables write them, and generic ones that several templates fit).
 */
class OperationIndexTest {
    private static final List<String> FILLINGS = List.of("abc", "6650a1b2c3d4e5f600000001", "query", "update", "", "A%2FB",
            "x.json", "{id}", "{accountId}", "Environment");
    private static final List<String> GENERIC_ROUTES = List.of(
            "/api/rest/v1/{accountId}/{object}", "/api/rest/v1/{accountId}/{object}/{id}",
            "/api/rest/v1/{accountId}/{object}/{id}/{action}", "/api/rest/v1/{accountId}/Environment/{id}",
            "/v1/accounts/{a}/{b}/{c}/{d}", "/ws/simple/{operation}", "/_emulator/{x}", "/api/rest/v1/<rest>",
            "/api/rest/v1/{accountId}/{object}.json");

    @ParameterizedTest
    @ValueSource(strings = {"openapi/platform-v1.yaml", "openapi/data-integration-v1.yaml", "openapi/ws-simple.yaml",
            "openapi/emulator-control.yaml"})
    void finds_the_operation_the_library_finds(String document) {
        OpenAPI api = RequestValidation.parse(document);
        ApiOperationResolver library = new ApiOperationResolver(api, null, false);
        OperationIndex index = new OperationIndex(api);
        List<String> templates = new ArrayList<>(api.getPaths().keySet());
        Set<String> requests = new LinkedHashSet<>();
        for (String template : templates) {
            requests.add(template);
            for (String filling : FILLINGS) {
                String path = template.replaceAll("\\{[^}]+}", filling);
                requests.add(path);
                requests.add(path + "/");
                requests.add(path.toUpperCase());
                requests.add(path.replace("/", "//"));
            }
        }
        List<String> routes = new ArrayList<>(templates);
        routes.addAll(GENERIC_ROUTES);
        int compared = 0;
        for (HttpMethod method : List.of(HttpMethod.GET, HttpMethod.POST, HttpMethod.PUT, HttpMethod.DELETE, HttpMethod.HEAD)) {
            for (String request : requests) {
                Optional<String> expected = libraryAnswer(library, request, method);
                assertThat(describe(index.find(request, method))).as("%s %s", method, request).isEqualTo(expected);
                for (String route : routes) {
                    assertThat(describe(index.find(route, request, method)))
                            .as("%s %s under route %s", method, request, route).isEqualTo(expected);
                    compared++;
                }
            }
        }
        assertThat(compared).isGreaterThan(1000);
    }

    /**
     * The library's tie-breaks, which the emulator's documents hardly exercise: a template equal to the path wins
     * over one with more literal text ("/q/{x}d}" also matches "/q/{id}"), and of equally literal matches the first
     * in document order wins ("/things/{id}" and "/{kind}/things" both match "/things/things").
     */
    @Test
    void breaks_ties_as_the_library_does() {
        OpenAPI api = new OpenAPI().paths(new Paths()
                .addPathItem("/things/{id}", new PathItem().get(new Operation().operationId("byId")))
                .addPathItem("/{kind}/things", new PathItem().get(new Operation().operationId("byKind")))
                .addPathItem("/q/{x}d}", new PathItem().get(new Operation().operationId("moreLiteral")))
                .addPathItem("/q/{id}", new PathItem().get(new Operation().operationId("equal"))));
        ApiOperationResolver library = new ApiOperationResolver(api, null, false);
        OperationIndex index = new OperationIndex(api);
        for (String request : List.of("/things/things", "/q/{id}", "/q/abcd}", "/things/x", "/x/things")) {
            Optional<String> expected = libraryAnswer(library, request, HttpMethod.GET);
            assertThat(expected).as(request).isPresent();
            assertThat(describe(index.find(request, HttpMethod.GET))).as(request).isEqualTo(expected);
            assertThat(describe(index.find("/{a}/{b}", request, HttpMethod.GET))).as(request).isEqualTo(expected);
        }
        assertThat(index.find("/q/{id}", HttpMethod.GET).orElseThrow().getOperation().getOperationId()).isEqualTo("equal");
        assertThat(index.find("/things/things", HttpMethod.GET).orElseThrow().getOperation().getOperationId()).isEqualTo("byId");
    }

    private static Optional<String> libraryAnswer(ApiOperationResolver library, String path, HttpMethod method) {
        ApiOperationMatch match = library.findApiOperation(path, Request.Method.valueOf(method.name()));
        if (!match.isPathFound() || !match.isOperationAllowed()) {
            return Optional.empty();
        }
        return describe(Optional.of(match.getApiOperation()));
    }

    /** What the validator uses: the template, the request path it reads parameters from, the method and the operation. */
    private static Optional<String> describe(Optional<ApiOperation> operation) {
        return operation.map(found -> found.getApiPath().original() + " | " + found.getRequestPath().original() + " | "
                + found.getMethod() + " | " + System.identityHashCode(found.getOperation()));
    }
}
