package dev.boomiemulator.common;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.router.Endpoint;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;

/**
 * One API family as the server shell sees it: where it lives, how its errors look, which OpenAPI
 * document checks its requests, how callers prove who they are, and its route table.
 */
public interface ApiModule {
    /** The path every route of the family starts with, e.g. {@code /api/rest/v1}. */
    String pathPrefix();

    /** The family's short name, as the request journal and its filters use it: {@code platform}, ... */
    String familyName();

    /**
     * The paths whose errors this family answers, even where no route of it matches: a client of the family
     * that sends a broken or unknown path under it expects the family's error shape. Defaults to
     * {@link #pathPrefix()}.
     */
    default String errorNamespace() {
        return pathPrefix();
    }

    /**
     * Further path prefixes that serve the same routes, e.g. the Platform's Partner API path
     * {@code /partner/api/rest/v1}: requests under them are the family's, answer in its error shape and
     * are validated as if sent under {@link #pathPrefix()} (see {@link #aliasOf(String)}).
     */
    default List<PathAlias> aliases() {
        return List.of();
    }

    /**
     * The alias {@code path} is under, or null when it is under the main prefix or outside the family. Asked by request
     * validation on every request, hence a loop: as a stream, C1's code for it was 2% of a GET's CPU.
     */
    default PathAlias aliasOf(String path) {
        for (PathAlias alias : aliases()) {
            if (alias.covers(path)) {
                return alias;
            }
        }
        return null;
    }

    /** Classpath location of the OpenAPI document requests are validated against, if any. */
    Optional<String> openApiDocument();

    /** The family's wire error for a failure found outside its handlers (unknown route, bad JSON, ...). */
    ApiException error(int status, String message);

    /** The family's wire error for requests that break its OpenAPI document. */
    ApiException invalidRequest(List<Violation> violations);

    /** Checks the caller's credentials; throws the family's 401/403 when they do not admit the request. */
    void authenticate(Context ctx);

    /** Declares the routes inside a Javalin {@code apiBuilder} block. */
    void addRoutes();

    /**
     * Whether the family reads a request body by its content, whatever its Content-Type says. The Platform
     * API does: curl's default {@code -d} content type ({@code application/x-www-form-urlencoded}) carries a
     * JSON document or a bare queryMore token there, never a form, so request validation judges such a body
     * as JSON or text. A family that answers false (FastAPI's) has form bodies validated as forms.
     */
    default boolean readsBodiesByContent() {
        return false;
    }

    /**
     * The request body as the family's handlers and its request validation read it. The Platform API turns an XML
     * body into the JSON its handlers read; other families read the body as sent.
     */
    default String requestBody(Context ctx) {
        return ctx.body();
    }

    /**
     * Last word on every answer under the family's paths, errors included: the Platform API rewrites its JSON
     * answers as XML for a caller that does not ask for JSON, as the real service does.
     */
    default void finishAnswer(Context ctx) {
    }

    /**
     * The handler that serves one of the family's routes: its own, unless the family adds to it (the Platform API
     * writes a change and its audit log entry in one transaction).
     */
    default Handler handlerFor(Endpoint route) {
        return route.handler;
    }

    /** The parts of a fixture account this family loads. */
    default List<FixtureSection> fixtureSections() {
        return List.of();
    }

    /**
     * Brings the rows a state document loaded up to what this build writes (a document may be older than the build),
     * in the load's transaction.
     */
    default void afterStateLoad(DSLContext tx) {
    }
}
