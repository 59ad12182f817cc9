package dev.boomiemulator.platform.generic;

import static dev.boomiemulator.platform.PlatformAnswers.answer;
import static dev.boomiemulator.platform.PlatformRequests.accountId;
import static dev.boomiemulator.platform.PlatformRequests.body;
import static dev.boomiemulator.platform.PlatformRequests.objectBody;
import static dev.boomiemulator.platform.PlatformRequests.user;

import com.fasterxml.jackson.databind.JsonNode;
import dev.boomiemulator.platform.generic.DocumentOperations.Row;
import dev.boomiemulator.platform.xml.OfficialSchemas;
import io.javalin.apibuilder.ApiBuilder;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The HTTP side of the generic engine: a route for every operation of the official document that an object without
 * rules of its own can be served by ({@link #whyNotServed}), at the document's own path, and what became of each
 * operation, for the coverage report. Routes come from the compact {@link DocumentOperations} index; the
 * document's schemas ({@link ObjectCatalog}) are read when the first request needs them.
 */
public final class GenericObjects {
    private final DocumentOperations operations;
    private final GenericObjectService service;
    /** The objects the emulator serves with rules of their own: the engine leaves them alone. */
    private final Set<String> ownRules;
    private volatile ObjectCatalog catalog;
    /** Work to do before an object is read, by object: records written from what happened since (executions). */
    private final Map<String, java.util.function.Consumer<String>> beforeReading = new java.util.concurrent.ConcurrentHashMap<>();

    /** Single operations with rules of their own on objects the engine otherwise serves ({@code CreateBranch}). */
    private final Set<String> ownOperations;

    public GenericObjects(DocumentOperations operations, GenericObjectService service, Set<String> ownRules,
                          Set<String> ownOperations) {
        this.operations = operations;
        this.service = service;
        this.ownRules = Set.copyOf(ownRules);
        this.ownOperations = Set.copyOf(ownOperations);
    }

    /** The document's objects, read (once, waiting for the background load if need be) when first needed. */
    public ObjectCatalog catalog() {
        ObjectCatalog read = catalog;
        if (read == null) {
            synchronized (this) {
                if (catalog == null) {
                    catalog = ObjectCatalog.of(OfficialSchemas.get());
                }
                read = catalog;
            }
        }
        return read;
    }

    /**
     * The property an object's path id names ({@code id}, {@code atomId}), if any path names one, and whether the
     * object carries it (else a create or fixture names it so, and it is kept beside the object).
     */
    public Optional<Map.Entry<String, Boolean>> keyOf(String objectName) {
        return catalog().object(objectName).filter(object -> object.keyProperty() != null)
                .map(object -> Map.entry(object.keyProperty(), object.carriesKey()));
    }

    /** A stored object of the generic engine, for rules elsewhere that read one (a ConnectorDocument's record). */
    public Optional<JsonNode> find(String objectName, String accountId, String id) {
        return catalog().object(objectName).flatMap(object -> service.find(object, accountId, id));
    }

    /**
     * Stores an object another rule made (an installer token, an audit log entry), as a create would store it,
     * under {@code id}; it is then readable wherever the document lets the object be read.
     */
    public void save(String objectName, String accountId, String id, JsonNode body) {
        service.save(object(objectName), accountId, id, body);
    }

    /**
     * Stores an object another rule made under an id it has just generated (an audit log entry), so there is none
     * to replace: one insert, where {@link #save} first looks for the id (an eighth of a create's CPU, with its
     * audit entry).
     */
    public void saveNew(String objectName, String accountId, String id, JsonNode body) {
        service.saveNew(object(objectName), accountId, id, body);
    }

    /**
     * A create as the engine does it (the body checked against the document, the key generated, the object
     * filled and stored), for an object whose own rules run first; {@code id} null for a generated one.
     */
    public JsonNode create(String objectName, String accountId, JsonNode body, String user) {
        return service.create(object(objectName), accountId, body, user);
    }

    /** An update as the engine does it (merged, checked, filled), for an object whose own rules run first. */
    public JsonNode update(String objectName, String accountId, String id, JsonNode body, String user) {
        return service.update(object(objectName), accountId, id, body, user);
    }

    /** Checks a body against the object's schema as a create or update would, for rules that store it themselves. */
    public void check(String objectName, JsonNode body) {
        BodyCheck.check(object(objectName), body);
    }

    /** A delete as the engine does it (a 404 when there is nothing to delete), for an object whose own rules run first. */
    public void delete(String objectName, String accountId, String id) {
        service.delete(object(objectName), accountId, id);
    }

    /** Starts an asynchronous read of one object ({@code async/X/{id}}), for an object whose own rules run first. */
    public JsonNode asyncGet(String objectName, String accountId, String id) {
        return service.asyncGet(object(objectName), accountId, id);
    }

    public dev.boomiemulator.platform.query.QueryResult query(String objectName, String accountId, JsonNode body) {
        return service.query(object(objectName), accountId, body);
    }

    public dev.boomiemulator.platform.query.QueryResult queryMore(String objectName, String accountId, String token) {
        return service.queryMore(object(objectName), accountId, token);
    }

    public dev.boomiemulator.platform.BulkGet.BulkResult bulk(String objectName, String accountId, JsonNode body) {
        return service.bulk(object(objectName), accountId, body);
    }

    /** Many objects of one type another rule made, stored at once (replacing any of the same ids). */
    public void saveAll(String objectName, String accountId, Map<String, JsonNode> bodies) {
        service.saveAll(object(objectName), accountId, bodies);
    }

    /** Up to {@code limit} stored objects of a type in the account, oldest first (the roles getAssignableRoles lists). */
    public List<JsonNode> list(String objectName, String accountId, int limit) {
        return catalog().object(objectName).map(object -> service.list(object, accountId, limit)).orElse(List.of());
    }

    /**
     * The stored objects of a type in the account with {@code text} among the values of {@code property}, oldest
     * first, read through the property's value index (a folder's sub-folders, by {@code parentId}). The property must
     * be one the object's QueryFilter compares as text; a value is matched on its first 4,000 characters, as kept.
     */
    public List<JsonNode> listHaving(String objectName, String accountId, String property, String text) {
        return listHaving(objectName, accountId, property, List.of(text));
    }

    /** The same for any of {@code texts}, in one read (the attachments of every deployed process). */
    public List<JsonNode> listHaving(String objectName, String accountId, String property, Collection<String> texts) {
        return catalog().object(objectName).map(object -> service.listHaving(object, accountId, property, texts))
                .orElse(List.of());
    }

    /**
     * The stored objects of a type in the account whose {@code property} is {@code text} ignoring case and surrounding
     * blanks, oldest first, read through the property's caseless keys: for a property kept as one (a role's name, an
     * assignment's userId: {@link CaselessKeys}).
     */
    public List<JsonNode> listHavingIgnoringCase(String objectName, String accountId, String property, String text) {
        if (!CaselessKeys.isKept(objectName, property)) {
            throw new IllegalArgumentException(objectName + "." + property + " is not kept as a caseless key");
        }
        return catalog().object(objectName).map(object -> service.listHaving(object, accountId,
                CaselessKeys.property(property), List.of(CaselessKeys.key(text)))).orElse(List.of());
    }

    /** Runs {@code work} (given the account) before every get, query, queryMore or bulk of these objects. */
    public void beforeReading(Set<String> objectNames, java.util.function.Consumer<String> work) {
        objectNames.forEach(name -> beforeReading.put(name, work));
    }

    private String readyToRead(String name, Context ctx) {
        String accountId = accountId(ctx);
        java.util.function.Consumer<String> work = beforeReading.get(name);
        if (work != null) {
            work.accept(accountId);
        }
        return accountId;
    }

    public boolean exists(String objectName, String accountId, String id) {
        return find(objectName, accountId, id).isPresent();
    }

    /** Adds the routes, inside the account's path. Fixed paths first: {@code Folder/query} before {@code Folder/{id}}. */
    public void addRoutes() {
        List<Row> served = operations.rows().stream()
                .filter(op -> !ownRules.contains(op.object()) && !ownOperations.contains(op.operationId())
                        && whyNotServed(op).isEmpty())
                .sorted(Comparator.comparing(op -> op.path().contains("{")))
                .toList();
        for (Row op : served) {
            OperationKind kind = op.kind();
            String path = op.path().substring(1);
            Handler handler = handler(op.object(), kind);
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

    private Handler handler(String name, OperationKind kind) {
        return switch (kind) {
            case CREATE -> ctx -> answer(ctx, service.create(object(name), accountId(ctx), objectBody(ctx), user(ctx)));
            case GET -> ctx -> answer(ctx, service.get(object(name), readyToRead(name, ctx), pathId(ctx)));
            case UPDATE -> ctx -> answer(ctx, service.update(object(name), accountId(ctx), pathId(ctx), objectBody(ctx),
                    user(ctx)));
            case DELETE -> ctx -> {
                service.delete(object(name), accountId(ctx), pathId(ctx));
                answer(ctx, true);
            };
            case QUERY -> ctx -> answer(ctx, service.query(object(name), readyToRead(name, ctx), body(ctx)));
            case QUERY_MORE -> ctx -> answer(ctx, service.queryMore(object(name), readyToRead(name, ctx), ctx.body()));
            case BULK -> ctx -> answer(ctx, service.bulk(object(name), readyToRead(name, ctx), body(ctx)));
            case ASYNC_GET -> ctx -> answer(ctx, service.asyncGet(object(name), accountId(ctx), pathId(ctx)));
            case ASYNC_RESULT -> ctx -> answer(ctx, service.asyncResult(object(name), accountId(ctx), pathId(ctx)));
            case EXECUTE, ACTION -> throw new IllegalArgumentException("not a generic operation: " + kind);
        };
    }

    private OfficialObject object(String name) {
        return catalog().object(name).orElseThrow(() -> new IllegalStateException(
                DocumentOperations.RESOURCE + " names " + name + ", which the document does not describe"));
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
    static Optional<String> whyNotServed(Row op) {
        OperationKind kind = op.kind();
        if (kind == OperationKind.EXECUTE || kind == OperationKind.ACTION) {
            return Optional.of("an action with rules of its own, not emulated yet");
        }
        if ((kind == OperationKind.CREATE || kind == OperationKind.UPDATE) && !op.takes().equals(op.answers())) {
            return Optional.of("takes " + op.takes() + " and answers " + op.answers()
                    + ": a request with rules of its own, not emulated yet");
        }
        return Optional.empty();
    }

    /** Each operation of the document: "generic" when this engine serves it, else why not (null for own rules). */
    public Map<Row, String> decisions() {
        Map<Row, String> decisions = new LinkedHashMap<>();
        for (Row op : operations.rows()) {
            boolean own = ownRules.contains(op.object()) || ownOperations.contains(op.operationId());
            decisions.put(op, own ? null : whyNotServed(op).orElse("generic"));
        }
        return decisions;
    }
}
