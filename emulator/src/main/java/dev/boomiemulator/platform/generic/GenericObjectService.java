package dev.boomiemulator.platform.generic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.boomiemulator.common.EmulatorClock;
import dev.boomiemulator.common.IdGenerator;
import dev.boomiemulator.db.Transactions;
import dev.boomiemulator.db.jooq.tables.records.PlatformObjectRecord;
import dev.boomiemulator.platform.BulkGet;
import dev.boomiemulator.platform.PlatformException;
import dev.boomiemulator.platform.PlatformRequests;
import dev.boomiemulator.platform.query.QueryDefinition;
import dev.boomiemulator.platform.query.QueryEngine;
import dev.boomiemulator.platform.query.QueryResult;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The rules every object of the official document without rules of its own follows: create, get, update, delete,
 * query with its QueryFilter, bulk get, and the asynchronous read of the {@code /async/} operations, all within one
 * account, each write one transaction.
 */
public final class GenericObjectService {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final ObjectStore store;
    private final AsyncRequests asyncRequests;
    private final QueryEngine queries;
    private final IdGenerator ids;
    private final EmulatorClock clock;
    private final Transactions transactions;
    private final Map<String, QueryDefinition<PlatformObjectRecord>> definitions = new ConcurrentHashMap<>();

    private final References references;

    public GenericObjectService(org.jooq.DSLContext dsl, QueryEngine queries, IdGenerator ids, EmulatorClock clock,
                                Transactions transactions, References references) {
        this.references = references;
        this.store = new ObjectStore(dsl);
        this.asyncRequests = new AsyncRequests(dsl);
        this.queries = queries;
        this.ids = ids;
        this.clock = clock;
        this.transactions = transactions;
    }

    /**
     * Objects that attach two others: one attachment per pair, as the real service refuses attaching a process to an
     * environment twice.
     */
    private static final Map<String, java.util.List<String>> ATTACHES = Map.of(
            "ProcessEnvironmentAttachment", java.util.List.of("processId", "environmentId"),
            "ProcessAtomAttachment", java.util.List.of("processId", "atomId"),
            "ComponentEnvironmentAttachment", java.util.List.of("componentId", "environmentId"),
            "ComponentAtomAttachment", java.util.List.of("componentId", "atomId"),
            "IntegrationPackEnvironmentAttachment", java.util.List.of("integrationPackInstanceId", "environmentId"),
            "IntegrationPackAtomAttachment", java.util.List.of("integrationPackInstanceId", "atomId"));

    /** A new object: its key generated unless the caller gives one, which must then be free. */
    JsonNode create(OfficialObject object, String accountId, JsonNode body, String user) {
        BodyCheck.check(object, body);
        checkReferences(object, accountId, body, null);
        return transactions.write(accountId, () -> {
            String given = object.keyProperty() == null ? null : body.path(object.keyProperty()).asText("");
            String id = given == null || given.isBlank() ? ids.uuid() : given;
            if (store.exists(accountId, object.name(), id)) {
                throw PlatformException.badRequest(object.name() + " with id " + id + " already exists.");
            }
            attachedOnce(object, accountId, body);
            ObjectNode created = ObjectFilling.created(object, body, id, accountId, clock.instant(), user);
            store.insert(object, accountId, id, created);
            return created;
        });
    }

    JsonNode get(OfficialObject object, String accountId, String id) {
        return find(object, accountId, id).orElseThrow(() -> PlatformException.notFound(object.name(), id));
    }

    /** An object a rule elsewhere made, stored (or replaced) as is, with its values indexed. */
    void save(OfficialObject object, String accountId, String id, JsonNode body) {
        transactions.write(accountId, () -> {
            if (!store.replace(object, accountId, id, body)) {
                store.insert(object, accountId, id, body);
            }
        });
    }

    /** An object a rule elsewhere made under an id it just generated: inserted, with its values indexed. */
    void saveNew(OfficialObject object, String accountId, String id, JsonNode body) {
        transactions.write(accountId, () -> store.insert(object, accountId, id, body));
    }

    /** Many objects another rule made, stored (or replacing those of the same ids) at once. */
    void saveAll(OfficialObject object, String accountId, Map<String, JsonNode> bodies) {
        transactions.write(accountId, () -> store.saveAll(object, accountId, bodies));
    }

    java.util.List<JsonNode> list(OfficialObject object, String accountId, int limit) {
        return store.list(accountId, object.name(), limit);
    }

    java.util.List<JsonNode> listHaving(OfficialObject object, String accountId, String property,
                                        java.util.Collection<String> texts) {
        // the property itself, or the caseless key kept of it (CaselessKeys)
        boolean textFilter = object.filterable().stream().anyMatch(f -> ValueTable.of(f.type()) == ValueTable.TEXT
                && (f.name().equals(property) || (CaselessKeys.isKept(object.name(), f.name())
                        && CaselessKeys.property(f.name()).equals(property))));
        if (!textFilter) {
            throw new IllegalArgumentException(object.name() + "." + property + " is not a filterable text property");
        }
        indexUnindexed(object, accountId);
        return store.listHaving(accountId, object.name(), property, texts);
    }

    java.util.Optional<JsonNode> find(OfficialObject object, String accountId, String id) {
        return store.find(accountId, object.name(), id);
    }

    /**
     * Changes an object ({@link ObjectFilling#updated}). An object the document gives no create (settings kept per
     * Atom or account, such as {@code AtomCounters}) is written by its first update.
     */
    JsonNode update(OfficialObject object, String accountId, String id, JsonNode body, String user) {
        BodyCheck.check(object, body);
        if (object.keyProperty() != null) {
            PlatformRequests.keyMatchesPath(body, object.keyProperty(), id);
        }
        checkReferences(object, accountId, body, object.keyGivenByCaller() ? id : null);
        return transactions.write(accountId, () -> {
            var stored = store.find(accountId, object.name(), id);
            if (stored.isPresent()) {
                ObjectNode updated = ObjectFilling.updated(object, stored.get(), body, id, clock.instant(), user);
                store.replace(object, accountId, id, updated);
                return updated;
            }
            if (!object.keyGivenByCaller()) {
                throw PlatformException.notFound(object.name(), id);
            }
            ObjectNode created = ObjectFilling.created(object, body, id, accountId, clock.instant(), user);
            store.insert(object, accountId, id, created);
            return created;
        });
    }

    private void attachedOnce(OfficialObject object, String accountId, JsonNode body) {
        java.util.List<String> pair = ATTACHES.get(object.name());
        if (pair == null || pair.stream().anyMatch(property -> body.path(property).asText("").isEmpty())) {
            return;
        }
        // the first of the pair is filterable: only the attachments naming it are read
        String first = body.path(pair.get(0)).asText();
        for (JsonNode existing : listHaving(object, accountId, pair.get(0), java.util.List.of(first))) {
            if (pair.stream().allMatch(p -> existing.path(p).asText().equals(body.path(p).asText()))) {
                throw PlatformException.badRequest(object.name() + " " + existing.path("id").asText()
                        + " already attaches " + pair.get(0) + " " + first + " and "
                        + pair.get(1) + " " + body.path(pair.get(1)).asText() + ".");
            }
        }
    }

    /**
     * Every id the body names (and, for settings kept per Atom, the key in the path) must name an object of the
     * account ({@link References}).
     */
    private void checkReferences(OfficialObject object, String accountId, JsonNode body, String key) {
        java.util.List<String> problems = new java.util.ArrayList<>();
        body.fields().forEachRemaining(field -> {
            if (field.getValue().isTextual() && !field.getKey().equals(object.keyProperty())) {
                references.problem(accountId, field.getKey(), field.getValue().asText()).ifPresent(problems::add);
            }
        });
        if (key != null && object.keyProperty() != null) {
            references.problem(accountId, object.keyProperty(), key).ifPresent(problems::add);
        }
        if (!problems.isEmpty()) {
            throw PlatformException.badRequest(String.join(" ", problems));
        }
    }

    void delete(OfficialObject object, String accountId, String id) {
        transactions.write(accountId, () -> {
            if (!store.delete(object, accountId, id)) {
                throw PlatformException.notFound(object.name(), id);
            }
        });
    }

    QueryResult query(OfficialObject object, String accountId, JsonNode body) {
        indexUnindexed(object, accountId);
        return queries.query(definition(object), accountId, body);
    }

    QueryResult queryMore(OfficialObject object, String accountId, String token) {
        indexUnindexed(object, accountId);
        return queries.queryMore(definition(object), accountId, token);
    }

    /**
     * Indexes the values of the objects whose creates left them to the type's next query
     * ({@link ObjectStore#indexedWhenQueried}), in the account's turn: a query sees every object created before it.
     */
    private void indexUnindexed(OfficialObject object, String accountId) {
        if (store.anyUnindexed(object, accountId)) {
            transactions.write(accountId, () -> store.indexUnindexed(object, accountId));
        }
    }

    BulkGet.BulkResult bulk(OfficialObject object, String accountId, JsonNode body) {
        return BulkGet.run(body, id -> get(object, accountId, id));
    }

    /** Starts an asynchronous read of one object: the token its result is fetched with. */
    JsonNode asyncGet(OfficialObject object, String accountId, String id) {
        String token = ids.uuid();
        transactions.write(accountId, () -> asyncRequests.insert(token, accountId, object.name(), id,
                clock.instant()));
        ObjectNode answer = NODES.objectNode();
        answer.put("@type", "AsyncOperationTokenResult");
        answer.putObject("asyncToken").put("@type", "AsyncToken").put("token", token);
        answer.put("responseStatusCode", 202);
        return answer;
    }

    /**
     * The result of an asynchronous read: the object as it is now, or, for an Atom nothing was ever stored for,
     * the object as a fresh Atom reports it (the document's required fields, empty).
     */
    JsonNode asyncResult(OfficialObject object, String accountId, String token) {
        String id = asyncRequests.find(token, accountId, object.name()).orElseThrow(() -> PlatformException.of(404,
                "No asynchronous " + object.name() + " request has the token " + token + "."));
        JsonNode found = store.find(accountId, object.name(), id)
                .orElseGet(() -> ObjectFilling.created(object, NODES.objectNode(), id, accountId, clock.instant(), null));
        ObjectNode answer = NODES.objectNode();
        answer.put("@type", "AsyncOperationTokenResult");
        answer.put("responseStatusCode", 200);
        answer.put("numberOfResults", 1);
        answer.putArray("result").add(found);
        return answer;
    }

    private QueryDefinition<PlatformObjectRecord> definition(OfficialObject object) {
        return definitions.computeIfAbsent(object.name(), name -> ObjectStore.queryDefinition(object));
    }
}
