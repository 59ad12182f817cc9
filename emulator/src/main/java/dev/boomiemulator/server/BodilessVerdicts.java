package dev.boomiemulator.server;

import com.atlassian.oai.validator.report.ValidationReport;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The validator's verdicts on requests without a body (GETs, DELETEs), remembered: a client asks for the same few
 * objects over and over, and checking one again (matching its path against the template, its parameters, merging the
 * reports) was a tenth of a GET's CPU.
 *
 * <p>Without a body, what the validator judges is the operation, the path, the query and the Content-Type header
 * (which it must be able to parse): the request's other headers only count where the document declares header or
 * cookie parameters, and none of the emulator's documents does. For a document that did, nothing is remembered, so
 * the verdicts stay the validator's own: validation is as strict as before.
 */
final class BodilessVerdicts {
    /** Longer paths and queries are checked every time: they are rare, and keep the memory bound small. */
    static final int LONGEST_REMEMBERED = 512;

    private final boolean judgesHeaders;
    private final RememberedVerdicts<Key> verdicts = new RememberedVerdicts<>();

    BodilessVerdicts(OpenAPI api) {
        this.judgesHeaders = declaresHeaderOrCookieParameters(api);
    }

    /**
     * The verdict on a request without a body: remembered, or {@code check}'s, remembered from now on.
     *
     * @param query the raw query string, or null
     */
    ValidationReport verdict(Operation operation, String path, String query, String contentType,
                             Supplier<ValidationReport> check) {
        if (judgesHeaders || path.length() + (query == null ? 0 : query.length()) > LONGEST_REMEMBERED) {
            return check.get();
        }
        return verdicts.verdict(new Key(operation, path, query, contentType), check);
    }

    private static boolean declaresHeaderOrCookieParameters(OpenAPI api) {
        Stream<Parameter> shared = Optional.ofNullable(api.getComponents())
                .map(components -> components.getParameters()).map(Map::values).stream().flatMap(values -> values.stream());
        Stream<Parameter> inPaths = Optional.ofNullable(api.getPaths()).map(Map::values).stream()
                .flatMap(items -> items.stream()).flatMap(BodilessVerdicts::parameters);
        return Stream.concat(shared, inPaths).filter(Objects::nonNull)
                .anyMatch(parameter -> "header".equalsIgnoreCase(parameter.getIn())
                        || "cookie".equalsIgnoreCase(parameter.getIn()));
    }

    private static Stream<Parameter> parameters(PathItem item) {
        Stream<Parameter> ofPath = Optional.ofNullable(item.getParameters()).stream().flatMap(list -> list.stream());
        Stream<Parameter> ofOperations = item.readOperations().stream()
                .flatMap(operation -> Optional.ofNullable(operation.getParameters()).stream().flatMap(list -> list.stream()));
        return Stream.concat(ofPath, ofOperations);
    }

    /** The operation by identity: the parsed document's operations never change, and deep equality costs a walk. */
    private static final class Key {
        private final Operation operation;
        private final String path;
        private final String query;
        private final String contentType;
        private final int hash;

        Key(Operation operation, String path, String query, String contentType) {
            this.operation = operation;
            this.path = path;
            this.query = query;
            this.contentType = contentType;
            this.hash = ((System.identityHashCode(operation) * 31 + path.hashCode()) * 31 + Objects.hashCode(query)) * 31
                    + Objects.hashCode(contentType);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.operation == operation && key.path.equals(path)
                    && Objects.equals(key.query, query) && Objects.equals(key.contentType, contentType);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }
}
