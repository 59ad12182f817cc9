package dev.boomiemulator.robustness.fuzz;

import io.swagger.v3.oas.models.media.Schema;
import java.util.List;

/**
 * One operation of an OpenAPI document, reduced to what the fuzzer varies: its path parameters, query
 * parameters and request body (schema and content types).
 *
 * @param bodySchema the JSON body's schema, or null when the operation takes no JSON body
 * @param bodyTypes  the content types the document declares for the body (empty: no body)
 */
public record Operation(
        Family family,
        String method,
        String pathTemplate,
        String operationId,
        List<String> pathParams,
        List<QueryParam> queryParams,
        Schema<?> bodySchema,
        List<String> bodyTypes) {

    /** A query parameter and its schema. */
    public record QueryParam(String name, Schema<?> schema, boolean required) {
    }

    /** Whether the operation may change state, so a refused call must leave the state as it was. */
    public boolean isWrite() {
        return !method.equals("GET");
    }

    public boolean takesBody() {
        return !bodyTypes.isEmpty();
    }

    @Override
    public String toString() {
        return family + " " + method + " " + pathTemplate + " (" + operationId + ")";
    }
}
