package dev.boomiemulator.platform.generic;

import static dev.boomiemulator.db.jooq.Tables.PLATFORM_OBJECT;
import static dev.boomiemulator.db.jooq.Tables.PLATFORM_OBJECT_TEXT_VALUE;
import static dev.boomiemulator.db.jooq.Tables.PLATFORM_OBJECT_UNINDEXED;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.boomiemulator.common.Json;
import dev.boomiemulator.db.KeyLookup;
import dev.boomiemulator.db.LookupValues;
import dev.boomiemulator.db.PreparedInsert;
import dev.boomiemulator.db.jooq.tables.records.PlatformObjectRecord;
import dev.boomiemulator.platform.query.FilterProperty;
import dev.boomiemulator.platform.query.QueryDefinition;
import dev.boomiemulator.platform.query.ValueOwner;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;

/**
 * The generic engine's objects in the store: each object's JSON in {@code platform_object}, the values its
 * QueryFilter compares in the {@link ValueTable} of each property's type, always within one account and one object
 * type.
 *
 * <p>An object type written on every change and read rarely ({@code AuditLog}: one entry per change) has its values
 * indexed when it is next queried, not when it is created: its create leaves a row in {@code platform_object_unindexed}
 * instead of its values ({@link #indexedWhenQueried}), and {@link #indexUnindexed} writes the values of those a query
 * is about to read. Its other writes (a replace, a fixture's objects) index as every type does.
 */
final class ObjectStore {
    /** Objects (or values) to one insert: a few thousand bind values, well within what a statement takes. */
    private static final int BATCH = 500;
    /**
     * The types whose creates leave their values for the next query: an AuditLog entry's 8 values were 8 rows and 16
     * index entries in every audited change's transaction, in the account's turn (40% of an Environment create's time).
     */
    private static final Set<String> INDEXED_WHEN_QUERIED = Set.of("AuditLog");

    private final DSLContext dsl;
    /** A create's inserts, their SQL rendered once ({@link PreparedInsert}): the object, then its values. */
    private final PreparedInsert insertObject;
    /** Every generic object's GET: its SQL rendered once ({@link KeyLookup}). */
    private final KeyLookup<PlatformObjectRecord> byKey;
    /** A create's mark that its object's values wait for the next query ({@link #indexedWhenQueried}). */
    private final PreparedInsert insertUnindexed;
    private final Map<ValueTable, PreparedInsert> insertValue = new EnumMap<>(ValueTable.class);

    ObjectStore(DSLContext dsl) {
        this.dsl = dsl;
        this.insertObject = PreparedInsert.into(dsl, PLATFORM_OBJECT, PLATFORM_OBJECT.ACCOUNT_ID,
                PLATFORM_OBJECT.OBJECT_TYPE, PLATFORM_OBJECT.ID, PLATFORM_OBJECT.BODY).returning(PLATFORM_OBJECT.SEQ);
        this.insertUnindexed = PreparedInsert.into(dsl, PLATFORM_OBJECT_UNINDEXED, PLATFORM_OBJECT_UNINDEXED.ACCOUNT_ID,
                PLATFORM_OBJECT_UNINDEXED.OBJECT_TYPE, PLATFORM_OBJECT_UNINDEXED.OBJECT_SEQ);
        this.byKey = new KeyLookup<>(dsl, PLATFORM_OBJECT, PLATFORM_OBJECT.ACCOUNT_ID, PLATFORM_OBJECT.OBJECT_TYPE,
                PLATFORM_OBJECT.ID);
        for (ValueTable table : ValueTable.values()) {
            insertValue.put(table, PreparedInsert.into(dsl, table.table, table.columns()));
        }
    }

    Optional<JsonNode> find(String accountId, String objectType, String id) {
        return byKey.fetchOptional(accountId, objectType, id).map(row -> parse(row.getBody()));
    }

    /** Up to {@code limit} objects of a type in the account, oldest first. */
    List<JsonNode> list(String accountId, String objectType, int limit) {
        return dsl.select(PLATFORM_OBJECT.BODY).from(PLATFORM_OBJECT)
                .where(PLATFORM_OBJECT.ACCOUNT_ID.eq(accountId).and(PLATFORM_OBJECT.OBJECT_TYPE.eq(objectType)))
                .orderBy(PLATFORM_OBJECT.SEQ).limit(limit)
                .fetch(row -> parse(row.value1()));
    }

    /**
     * The objects of a type in the account holding one of {@code texts} as a value of filterable text property
     * {@code property}, oldest first, found through the value table's index (not by reading every object).
     */
    List<JsonNode> listHaving(String accountId, String objectType, String property, Collection<String> texts) {
        Values values = new Values(ValueTable.TEXT, objectType, property);
        Map<Long, String> found = new TreeMap<>(); // by sequence: oldest first, whichever lookup found it, once
        LookupValues.readAll(texts.stream().map(StoredValues::text).toList(), wanted -> dsl
                        .select(PLATFORM_OBJECT.SEQ, PLATFORM_OBJECT.BODY).from(PLATFORM_OBJECT)
                        .where(PLATFORM_OBJECT.ACCOUNT_ID.eq(accountId).and(PLATFORM_OBJECT.OBJECT_TYPE.eq(objectType))
                                .and(values.hasAny(wanted, PLATFORM_OBJECT_TEXT_VALUE.TEXT_VALUE)))
                        .fetch())
                .forEach(row -> found.put(row.value1(), row.value2()));
        return found.values().stream().map(ObjectStore::parse).toList();
    }

    boolean exists(String accountId, String objectType, String id) {
        return dsl.fetchExists(PLATFORM_OBJECT, PLATFORM_OBJECT.ACCOUNT_ID.eq(accountId)
                .and(PLATFORM_OBJECT.OBJECT_TYPE.eq(objectType)).and(PLATFORM_OBJECT.ID.eq(id)));
    }

    /** Inserts a new object and its values, or, for a type {@link #indexedWhenQueried}, its mark as unindexed. */
    void insert(OfficialObject object, String accountId, String id, JsonNode body) {
        long seq = insertObject.insertReturningKey(accountId, object.name(), id, body.toString());
        if (indexedWhenQueried(object)) {
            insertUnindexed.insert(accountId, object.name(), seq);
        } else {
            insertValues(object, accountId, seq, body);
        }
    }

    /** Whether the type's creates leave their values to be indexed by the next query of the type. */
    static boolean indexedWhenQueried(OfficialObject object) {
        return INDEXED_WHEN_QUERIED.contains(object.name());
    }

    /** Whether objects of the type in the account wait for their values to be indexed ({@link #indexUnindexed}). */
    boolean anyUnindexed(OfficialObject object, String accountId) {
        return indexedWhenQueried(object) && dsl.fetchExists(PLATFORM_OBJECT_UNINDEXED, unindexed(object, accountId));
    }

    /**
     * Indexes the values of the objects of the type in the account that wait for it, {@link #BATCH} objects at a time,
     * and forgets they waited: run in the account's turn, so a create cannot slip in between.
     */
    void indexUnindexed(OfficialObject object, String accountId) {
        while (true) {
            var waiting = dsl.select(PLATFORM_OBJECT_UNINDEXED.OBJECT_SEQ, PLATFORM_OBJECT.BODY)
                    .from(PLATFORM_OBJECT_UNINDEXED)
                    .leftJoin(PLATFORM_OBJECT).on(PLATFORM_OBJECT.SEQ.eq(PLATFORM_OBJECT_UNINDEXED.OBJECT_SEQ))
                    .where(unindexed(object, accountId))
                    .orderBy(PLATFORM_OBJECT_UNINDEXED.OBJECT_SEQ).limit(BATCH).fetch();
            if (waiting.isEmpty()) {
                return;
            }
            Map<Long, JsonNode> bodies = new HashMap<>();
            for (var row : waiting) {
                if (row.value2() != null) { // else its object is gone: only the mark is left to delete
                    bodies.put(row.value1(), parse(row.value2()));
                }
            }
            insertValues(object, accountId, bodies);
            // the first marks in sequence order, and no create can add one meanwhile (this runs in the account's
            // turn): those up to the last read are these (a range of the key, where IN read every mark for each)
            long last = waiting.get(waiting.size() - 1).value1();
            forgetUnindexed(object, accountId, PLATFORM_OBJECT_UNINDEXED.OBJECT_SEQ.le(last));
        }
    }

    /** Forgets that the objects meeting {@code which} (a condition on their sequence) wait to be indexed. */
    private void forgetUnindexed(OfficialObject object, String accountId, Condition which) {
        if (indexedWhenQueried(object)) {
            dsl.deleteFrom(PLATFORM_OBJECT_UNINDEXED).where(unindexed(object, accountId).and(which)).execute();
        }
    }

    private static Condition unindexed(OfficialObject object, String accountId) {
        return PLATFORM_OBJECT_UNINDEXED.ACCOUNT_ID.eq(accountId)
                .and(PLATFORM_OBJECT_UNINDEXED.OBJECT_TYPE.eq(object.name()));
    }

    /** One object's values. */
    private void insertValues(OfficialObject object, String accountId, long seq, JsonNode body) {
        insertValues(object, accountId, Map.of(seq, body));
    }

    /** The values of objects by sequence: one batch per table they are kept in. */
    private void insertValues(OfficialObject object, String accountId, Map<Long, JsonNode> bodies) {
        Map<ValueTable, List<Object[]>> rows = new EnumMap<>(ValueTable.class);
        bodies.forEach((seq, body) -> {
            for (StoredValues.Value value : StoredValues.of(object, accountId, body)) {
                rows.computeIfAbsent(value.table(), table -> new ArrayList<>()).add(valueRow(seq, object, value));
            }
        });
        rows.forEach((table, values) -> insertValue.get(table).insertAll(values));
    }

    /** A value's row in its table, owned by the object of sequence {@code owner}: {@link ValueTable#columns}. */
    private static Object[] valueRow(long owner, OfficialObject object, StoredValues.Value value) {
        return new Object[] {owner, value.property(), value.position(), object.name(), value.typed()};
    }

    /** Replaces the object's JSON and values. @return whether it existed */
    boolean replace(OfficialObject object, String accountId, String id, JsonNode body) {
        Long seq = seqOf(accountId, object.name(), id);
        if (seq == null) {
            return false;
        }
        dsl.update(PLATFORM_OBJECT).set(PLATFORM_OBJECT.BODY, body.toString()).where(PLATFORM_OBJECT.SEQ.eq(seq)).execute();
        deleteValues(object, objectSeq -> objectSeq.eq(seq));
        forgetUnindexed(object, accountId, PLATFORM_OBJECT_UNINDEXED.OBJECT_SEQ.eq(seq));
        insertValues(object, accountId, seq, body);
        return true;
    }

    /** @return whether it existed */
    boolean delete(OfficialObject object, String accountId, String id) {
        Long seq = seqOf(accountId, object.name(), id);
        if (seq == null) {
            return false;
        }
        deleteValues(object, objectSeq -> objectSeq.eq(seq));
        forgetUnindexed(object, accountId, PLATFORM_OBJECT_UNINDEXED.OBJECT_SEQ.eq(seq));
        return dsl.deleteFrom(PLATFORM_OBJECT).where(PLATFORM_OBJECT.SEQ.eq(seq)).execute() == 1;
    }

    /** The values of the objects whose sequence meets {@code owners}, in each table the object's values are kept in. */
    private void deleteValues(OfficialObject object, Function<Field<Long>, Condition> owners) {
        for (ValueTable values : ValueTable.of(object)) {
            dsl.deleteFrom(values.table).where(owners.apply(values.objectSeq)).execute();
        }
    }

    private Long seqOf(String accountId, String objectType, String id) {
        return dsl.select(PLATFORM_OBJECT.SEQ).from(PLATFORM_OBJECT)
                .where(PLATFORM_OBJECT.ACCOUNT_ID.eq(accountId).and(PLATFORM_OBJECT.OBJECT_TYPE.eq(objectType))
                        .and(PLATFORM_OBJECT.ID.eq(id)))
                .fetchOne(PLATFORM_OBJECT.SEQ);
    }

    /**
     * Stores many objects of one type at once, replacing any stored under the same ids: a few statements whatever
     * their number (records written in bulk, such as what a day of executions leaves behind).
     */
    void saveAll(OfficialObject object, String accountId, Map<String, JsonNode> bodies) {
        if (bodies.isEmpty()) {
            return;
        }
        // The objects replaced are found by key first, and removed by their sequence, a batch at a time: a delete
        // whose condition held the whole list of ids (or a subquery over it) went through every row of the value
        // tables and compared each with every id, seconds for the 10,000 footprints of a day of executions.
        List<Long> replaced = storedSeqs(dsl, accountId, object.name(), bodies.keySet());
        for (int from = 0; from < replaced.size(); from += BATCH) {
            List<Long> batch = replaced.subList(from, Math.min(replaced.size(), from + BATCH));
            deleteValues(object, objectSeq -> objectSeq.in(batch));
            forgetUnindexed(object, accountId, PLATFORM_OBJECT_UNINDEXED.OBJECT_SEQ.in(batch));
            dsl.deleteFrom(PLATFORM_OBJECT).where(PLATFORM_OBJECT.SEQ.in(batch)).execute();
        }
        insertAll(dsl, object, accountId, bodies);
    }

    /**
     * Inserts new objects of one type, {@link #BATCH} to a statement: a fixture of 100,000 Folders is a few hundred
     * statements, where one insert per object (and per object's values) spent most of the load rendering and parsing
     * SQL. Also the fixture loader's way in, inside its transaction.
     */
    static void insertAll(DSLContext tx, OfficialObject object, String accountId, Map<String, JsonNode> bodies) {
        List<Map.Entry<String, JsonNode>> all = new ArrayList<>(bodies.entrySet());
        for (int from = 0; from < all.size(); from += BATCH) {
            List<Map.Entry<String, JsonNode>> batch = all.subList(from, Math.min(all.size(), from + BATCH));
            var insert = tx.insertInto(PLATFORM_OBJECT, PLATFORM_OBJECT.ACCOUNT_ID, PLATFORM_OBJECT.OBJECT_TYPE,
                    PLATFORM_OBJECT.ID, PLATFORM_OBJECT.BODY);
            for (Map.Entry<String, JsonNode> body : batch) {
                insert = insert.values(accountId, object.name(), body.getKey(), body.getValue().toString());
            }
            Map<String, Long> seqs = new HashMap<>();
            insert.returningResult(PLATFORM_OBJECT.ID, PLATFORM_OBJECT.SEQ).fetch()
                    .forEach(row -> seqs.put(row.value1(), row.value2()));
            List<StoredValues.Value> values = new ArrayList<>();
            List<Long> owners = new ArrayList<>();
            batch.forEach(body -> StoredValues.of(object, accountId, body.getValue()).forEach(value -> {
                values.add(value);
                owners.add(seqs.get(body.getKey()));
            }));
            insertValues(tx, object, owners, values);
        }
    }

    /** Which of {@code ids} the account already has an object of this type under. */
    static Set<String> storedIds(DSLContext tx, String accountId, String objectType, Collection<String> ids) {
        return new HashSet<>(stored(tx, accountId, objectType, ids, PLATFORM_OBJECT.ID));
    }

    /** The sequences of the objects of this type the account has under any of {@code ids}. */
    private static List<Long> storedSeqs(DSLContext tx, String accountId, String objectType, Collection<String> ids) {
        return stored(tx, accountId, objectType, ids, PLATFORM_OBJECT.SEQ);
    }

    /**
     * {@code column} of each stored object of this type under one of {@code ids}, each id looked up by key
     * ({@link LookupValues}: {@code id in (...)} read every object of the type, 67 ms for 500 ids among 100,000).
     */
    private static <T> List<T> stored(DSLContext tx, String accountId, String objectType, Collection<String> ids,
                                      Field<T> column) {
        return LookupValues.readAll(ids, wanted -> tx.select(column).from(wanted.table()).join(PLATFORM_OBJECT)
                .on(PLATFORM_OBJECT.ACCOUNT_ID.eq(accountId).and(PLATFORM_OBJECT.OBJECT_TYPE.eq(objectType))
                        .and(PLATFORM_OBJECT.ID.eq(wanted.value())))
                .fetch(column));
    }

    /**
     * The values, each of the object whose sequence is at the same place in {@code owners}: one insert per table they
     * are kept in and {@link #BATCH} values.
     */
    private static void insertValues(DSLContext tx, OfficialObject object, List<Long> owners,
                                     List<StoredValues.Value> values) {
        for (ValueTable table : ValueTable.of(object)) {
            List<List<Object>> rows = new ArrayList<>();
            for (int i = 0; i < values.size(); i++) {
                StoredValues.Value value = values.get(i);
                if (value.table() == table) {
                    // a list that takes null: the typed value is null where it does not read as the property's type
                    rows.add(Arrays.asList(valueRow(owners.get(i), object, value)));
                }
            }
            for (int from = 0; from < rows.size(); from += BATCH) {
                var insert = tx.insertInto(table.table).columns(table.columns());
                for (List<Object> row : rows.subList(from, Math.min(rows.size(), from + BATCH))) {
                    insert = insert.values(row);
                }
                insert.execute();
            }
        }
    }

    /** How the query engine pages this object: its rows in the shared table, its filters on the value tables. */
    static QueryDefinition<PlatformObjectRecord> queryDefinition(OfficialObject object) {
        List<FilterProperty> filterable = object.filterable().stream().map(f -> {
            ValueTable values = ValueTable.of(f.type());
            return FilterProperty.ofValues(f.name(), values.value, f.type(), new Values(values, object.name(), f.name()));
        }).toList();
        return new QueryDefinition<>(object.name(), PLATFORM_OBJECT, PLATFORM_OBJECT.ACCOUNT_ID,
                PLATFORM_OBJECT.OBJECT_TYPE, PLATFORM_OBJECT.SEQ, filterable, List.of(),
                row -> parse(row.getBody()));
    }

    /** One filterable property's values in the table of its type, owned by the objects through their sequence. */
    private record Values(ValueTable table, String objectType, String property) implements ValueOwner {
        /** "The object has a value of this property meeting {@code matching}", through the value table's index. */
        @Override
        public Condition has(Condition matching) {
            return PLATFORM_OBJECT.SEQ.in(DSL.select(table.objectSeq).from(table.table).where(ofThisProperty(matching)));
        }

        /**
         * The same, restricted inside the subquery to objects that meet {@code within}: the subquery joins the
         * objects, so the conditions of {@code within} (on PLATFORM_OBJECT) name its rows, and the outer query is left
         * a bare "sequence among these", which H2 reads by primary key.
         */
        @Override
        public Condition hasWithin(Condition matching, Condition within) {
            return PLATFORM_OBJECT.SEQ.in(DSL.select(table.objectSeq).from(table.table)
                    .join(PLATFORM_OBJECT).on(PLATFORM_OBJECT.SEQ.eq(table.objectSeq))
                    .where(ofThisProperty(matching)).and(within));
        }

        /**
         * "The object has one of {@code wanted} as a value of this property in {@code column}", each looked up in the
         * value table's index ({@link LookupValues}: {@code column in (...)} read every value of the property).
         */
        Condition hasAny(LookupValues wanted, Field<String> column) {
            return PLATFORM_OBJECT.SEQ.in(DSL.select(table.objectSeq).from(wanted.table()).join(table.table)
                    .on(ofThisProperty(column.eq(wanted.value()))));
        }

        private Condition ofThisProperty(Condition matching) {
            // the object and property are written into the SQL: a statement's SQL is kept per shape (StatementSql)
            return table.objectType.eq(DSL.inline(objectType)).and(table.property.eq(DSL.inline(property)))
                    .and(matching);
        }
    }

    static JsonNode parse(String body) {
        try {
            return Json.mapper().readTree(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored object is not JSON", e);
        }
    }
}
