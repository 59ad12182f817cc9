package dev.boomiemulator.platform.generic;

import static dev.boomiemulator.platform.PlatformRequests.accountId;
import static dev.boomiemulator.platform.PlatformRequests.body;
import static dev.boomiemulator.platform.PlatformRequests.objectBody;
import static dev.boomiemulator.platform.PlatformRequests.user;

import com.fasterxml.jackson.databind.JsonNode;
import dev.boomiemulator.platform.xml.OfficialSchemas;
import dev.boomiemulator.platform.xml.OfficialSchemas.Listed;
import io.javalin.apibuilder.ApiBuilder;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The HTTP side of the generic engine: a route for every operation of the official document that an object without
 * rules of its own can be served by ({@link #whyNotServed}), at the document's own path, and what became of each
 * operation, for the coverage report.
 */
public final class GenericObjects {
    private final ObjectCatalog catalog;
    private final GenericObjectService service;
    /** The objects the emulator serves with rules of their own: the engine leaves them alone. */
    private final Set<String> ownRules;

    public GenericObjects(ObjectCatalog catalog, GenericObjectService service, Set<String> ownRules) {
        this.catalog = catalog;
        this.service = service;
        this.ownRules = Set.copyOf(ownRules);
    }

    public ObjectCatalog catalog() {
        return catalog;
    }

    /**
     * The property an object's path id names ({@code id}, {@code atomId}), if any path names one, and whether the
     * object carries it (else a create or fixture names it so, and it is kept beside the object).
     */
    public Optional<Map.Entry<String, Boolean>> keyOf(String objectName) {
        return catalog.object(objectName).filter(object -> object.keyProperty() != null)
                .map(object -> Map.entry(object.keyProperty(), object.carriesKey()));
    }

    /** Adds the routes, inside the account's path. Fixed paths first: {@code Folder/query} before {@code Folder/{id}}. */
    public void addRoutes() {
        List<Listed> served = catalog.operations().stream()
                .filter(op -> !ownRules.contains(op.tag()) && whyNotServed(op).isEmpty())
                .sorted(Comparator.comparing(op -> op.path().contains("{")))
                .toList();
        for (Listed op : served) {
            OfficialObject object = catalog.object(op.tag()).orElseThrow();
            OperationKind kind = OperationKind.of(op);
            String path = op.path().substring(1);
            Handler handler = handler(object, kind);
            switch (op.method()) {
                case "GET" -> ApiBuilder.get(path, handler);
                case "DELETE" -> ApiBuilder.delete(path, handler);
                default -> ApiBuilder.post(path, handler);
            }
            if (kind == OperationKind.UPDATE) {
                ApiBuilder.post(path + "/update", handler); // the seeds' second update path
            }
        }
    }

    private Handler handler(OfficialObject object, OperationKind kind) {
        return switch (kind) {
            case CREATE -> ctx -> ctx.json(service.create(object, accountId(ctx), objectBody(ctx), user(ctx)));
            case GET -> ctx -> ctx.json(service.get(object, accountId(ctx), pathId(ctx)));
            case UPDATE -> ctx -> ctx.json(service.update(object, accountId(ctx), pathId(ctx), objectBody(ctx),
                    user(ctx)));
            case DELETE -> ctx -> {
                service.delete(object, accountId(ctx), pathId(ctx));
                ctx.json(true);
            };
            case QUERY -> ctx -> ctx.json(service.query(object, accountId(ctx), body(ctx)));
            case QUERY_MORE -> ctx -> ctx.json(service.queryMore(object, accountId(ctx), ctx.body()));
            case BULK -> ctx -> ctx.json(service.bulk(object, accountId(ctx), body(ctx)));
            case ASYNC_GET -> ctx -> ctx.json(service.asyncGet(object, accountId(ctx), pathId(ctx)));
            case ASYNC_RESULT -> ctx -> ctx.json(service.asyncResult(object, accountId(ctx), pathId(ctx)));
            case EXECUTE, ACTION -> throw new IllegalArgumentException("not a generic operation: " + kind);
        };
    }

    /** The path's one parameter besides the account: {@code {id}}, {@code {componentId}}, {@code {token}}. */
    private static String pathId(Context ctx) {
        for (Map.Entry<String, String> parameter : ctx.pathParamMap().entrySet()) {
            if (!parameter.getKey().equals("accountId")) {
                return parameter.getValue();
            }
        }
        throw new IllegalStateException("a generic route without an id parameter: " + ctx.endpoint().path);
    }

    /**
     * Why the engine does not serve an operation, or empty when it does: actions need rules of their own, and so
     * does a create or update that answers another object than it takes (a log request answers a download link).
     */
    public Optional<String> whyNotServed(Listed op) {
        OperationKind kind = OperationKind.of(op);
        if (kind == OperationKind.EXECUTE || kind == OperationKind.ACTION) {
            return Optional.of("an action with rules of its own, not emulated yet");
        }
        if (kind == OperationKind.CREATE || kind == OperationKind.UPDATE) {
            String takes = schemaName(op.schemas().request());
            String answers = schemaName(op.schemas().jsonResponse().isMissingNode()
                    ? op.schemas().response() : op.schemas().jsonResponse());
            if (takes == null || !takes.equals(answers)) {
                return Optional.of("takes " + takes + " and answers " + answers
                        + ": a request with rules of its own, not emulated yet");
            }
        }
        return Optional.empty();
    }

    private static String schemaName(JsonNode schema) {
        return schema == null || !schema.has("$ref") ? null : OfficialSchemas.refName(schema.get("$ref").asText());
    }

    /** Each operation of the document: "generic" when this engine serves it, else why not (null for own rules). */
    public Map<Listed, String> decisions() {
        Map<Listed, String> decisions = new LinkedHashMap<>();
        for (Listed op : catalog.operations()) {
            decisions.put(op, ownRules.contains(op.tag()) ? null : whyNotServed(op).orElse("generic"));
        }
        return decisions;
    }
}
