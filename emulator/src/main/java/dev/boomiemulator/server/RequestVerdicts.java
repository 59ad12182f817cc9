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
 * The validator's verdicts on whole requests, remembered: a client asks for the same few objects over and over, and
 * sends the same queries again and again (a test polling for an execution's record), and checking one again
 * (matching its path against the template, its parameters, parsing its body and walking the body's schema, merging
 * the reports) was a tenth of a GET's CPU and a quarter of a query's.
 *
 * <p>What the validator judges is the operation, the path, the query, the Content-Type header (which picks the
 * body's schema and must parse) and the body: the request's other headers only count where the document declares
 * header or cookie parameters, and none of the emulator's documents does. For a document that did, nothing is
 * remembered, so the verdicts stay the validator's own: validation is as strict as before. The path is the one the
 * client sent (under an alias, the Partner path, the validator is shown the query less the alias's own parameters),
 * the body as the family reads it (the Platform's XML as its JSON). A multipart body is never remembered: its parts
 * are not read here.
 *
 * <p>Bounded: requests whose path and query, or body, are longer than {@link #LONGEST_REMEMBERED} are checked every
 * time, and at most {@link #WITH_BODY} requests with a body are remembered (creates each carry new names), so the
 * memory held stays a few megabytes at most.
 */
final class RequestVerdicts {
    /** Longer paths, queries and bodies are checked every time: they are rare, and keep the memory bound small. */
    static final int LONGEST_REMEMBERED = 512;
    static final int WITHOUT_BODY = RememberedVerdicts.CAPACITY;
    static final int WITH_BODY = 2_000;

    private final boolean judgesHeaders;
    private final RememberedVerdicts<Asked> bodiless = new RememberedVerdicts<>(WITHOUT_BODY);
    private final RememberedVerdicts<Asked> withBody = new RememberedVerdicts<>(WITH_BODY);

    RequestVerdicts(OpenAPI api) {
        this.judgesHeaders = declaresHeaderOrCookieParameters(api);
    }

    /** The verdict on {@code asked}: remembered, or {@code check}'s, remembered from now on. */
    ValidationReport verdict(Asked asked, Supplier<ValidationReport> check) {
        if (judgesHeaders || asked.path.length() + (asked.query == null ? 0 : asked.query.length()) > LONGEST_REMEMBERED
                || asked.body.length() > LONGEST_REMEMBERED) {
            return check.get();
        }
        return (asked.body.isEmpty() ? bodiless : withBody).verdict(asked, check);
    }

    private static boolean declaresHeaderOrCookieParameters(OpenAPI api) {
        Stream<Parameter> shared = Optional.ofNullable(api.getComponents())
                .map(components -> components.getParameters()).map(Map::values).stream().flatMap(values -> values.stream());
        Stream<Parameter> inPaths = Optional.ofNullable(api.getPaths()).map(Map::values).stream()
                .flatMap(items -> items.stream()).flatMap(RequestVerdicts::parameters);
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

    /**
     * A request as far as the validator judges it: its operation (by identity: the parsed document's operations never
     * change, and deep equality costs a walk), the path as sent, the raw query string (or null), the Content-Type as
     * sent (or null), and the body as the family reads it ("" for none).
     */
    static final class Asked {
        private final Operation operation;
        private final String path;
        private final String query;
        private final String contentType;
        private final String body;
        private final int hash;

        Asked(Operation operation, String path, String query, String contentType, String body) {
            this.operation = operation;
            this.path = path;
            this.query = query;
            this.contentType = contentType;
            this.body = body;
            this.hash = (((System.identityHashCode(operation) * 31 + path.hashCode()) * 31 + Objects.hashCode(query)) * 31
                    + Objects.hashCode(contentType)) * 31 + body.hashCode();
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Asked asked && asked.operation == operation && asked.hash == hash
                    && asked.path.equals(path) && Objects.equals(asked.query, query)
                    && Objects.equals(asked.contentType, contentType) && asked.body.equals(body);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }
}
