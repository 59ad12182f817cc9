package dev.boomiemulator.db;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.boomiemulator.common.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Result;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * The store's rows as a JSON document and back: every table, or one account's rows. The rows are written as jOOQ
 * formats them ({@code fields} with their types, {@code records}) and read back with jOOQ's loader, so every column
 * keeps its type. A document knows nothing of the tables' meaning: whatever the store holds, it carries whole.
 */
public final class StateTransfer {
    private final Database database;

    public StateTransfer(Database database) {
        this.database = database;
    }

    /** {@code {"tables": {"ENVIRONMENT": {"fields": [...], "records": [...]}, ...}}}; one account's rows if not null. */
    public ObjectNode export(String accountId) {
        DSLContext dsl = database.dsl();
        ObjectNode tables = Json.mapper().createObjectNode();
        dsl.transaction(() -> {
            // H2 reads each statement's own committed rows: without the writers held off, an object created between
            // two tables' reads left its values in the document without its row, and the document would not load
            Database.lockEveryAccount(dsl);
            for (Table<?> table : StoreTables.data()) {
                Condition rows = accountRows(table, accountId);
                if (rows == null) {
                    continue;
                }
                String json = dsl.selectFrom(table).where(rows).fetch().formatJSON();
                tables.set(table.getName(), read(json));
            }
        });
        ObjectNode document = Json.mapper().createObjectNode();
        document.set("tables", tables);
        return document;
    }

    /**
     * Replaces every table's rows (or one account's) with the document's, in one transaction: on any problem nothing
     * changes. A table the document does not name is emptied (for the account). Identity counters move past the
     * loaded rows, so later inserts do not collide with them.
     */
    public void load(JsonNode document, String accountId) {
        load(document, accountId, tx -> {
        });
    }

    /** As {@link #load(JsonNode, String)}, and {@code afterRows} runs in its transaction once the rows are in. */
    public void load(JsonNode document, String accountId, Consumer<DSLContext> afterRows) {
        JsonNode tables = document.path("tables");
        if (!tables.isObject()) {
            throw new IllegalArgumentException("a state document has a \"tables\" object");
        }
        for (Iterator<Map.Entry<String, JsonNode>> named = tables.fields(); named.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = named.next();
            Table<?> table = StoreTables.named(entry.getKey());
            if (table == null) {
                throw new IllegalArgumentException("the store has no table " + entry.getKey());
            }
            if (accountId != null) {
                checkOwner(table, entry.getValue(), accountId, tables);
            }
        }
        DSLContext dsl = database.dsl();
        Transactions.retryOnConflict(() -> dsl.transactionResult(() -> {
            // as a reset: a request sees the state before the load or after it
            Database.lockEveryAccount(dsl);
            for (Table<?> table : StoreTables.ownedFirst(StoreTables.data())) {
                Condition rows = accountRows(table, accountId);
                if (rows == null) {
                    continue;
                }
                dsl.deleteFrom(table).where(rows).execute();
                JsonNode content = tables.get(table.getName());
                if (content != null && content.path("records").size() > 0) {
                    loadRows(dsl, table, content);
                }
            }
            afterRows.accept(dsl);
            return null;
        }));
        // DDL, which H2 commits on its own: after the rows are in
        for (Table<?> table : StoreTables.data()) {
            restartIdentity(dsl, table);
        }
    }

    /**
     * The rows of the copy a reset returns to ({@link Database#snapshot}) for these tables, the others taken as empty,
     * in {@link StoreTables#data()}'s order, read in one transaction: a copy in memory that {@link #replaceAll} puts
     * back. The copy right after a start-up load holds what the load made, whatever clients have written since.
     */
    public StoreRows snapshotRows(Collection<Table<?>> tables) {
        DSLContext dsl = database.dsl();
        Set<Table<?>> wanted = Set.copyOf(tables);
        List<Result<Record>> copied = new ArrayList<>();
        dsl.transaction(() -> {
            // a new copy to reset to is made under every account's lock too: the tables read here are all of one copy
            Database.lockEveryAccount(dsl);
            for (Table<?> table : StoreTables.data()) {
                Result<Record> rows = wanted.contains(table) ? dsl.select(snapshotColumns(table))
                        .from(Database.snapshotOf(table)).fetch()
                        : dsl.newResult(table.fields());
                rows.detach(); // kept after this database is gone: no hold on its connections
                copied.add(rows);
            }
        });
        return new StoreRows(copied);
    }

    /** The table's columns in its snapshot copy, typed as the table's own. */
    private static List<Field<?>> snapshotColumns(Table<?> table) {
        Table<?> copy = Database.snapshotOf(table);
        return Arrays.stream(table.fields())
                .<Field<?>>map(field -> DSL.field(copy.getQualifiedName().append(field.getName()), field.getDataType()))
                .toList();
    }

    /**
     * Replaces every data table's rows with {@code rows} (from {@link #snapshotRows}), in one transaction, then moves the
     * identity counters past them as {@link #load} does (from the copied rows' largest, without reading the tables).
     */
    public void replaceAll(StoreRows rows) {
        DSLContext dsl = database.dsl();
        List<Table<?>> tables = StoreTables.data();
        Transactions.retryOnConflict(() -> dsl.transactionResult(() -> {
            for (int i = 0; i < tables.size(); i++) {
                dsl.deleteFrom(tables.get(i)).execute();
                insertAll(dsl, tables.get(i), rows.tables().get(i));
            }
            return null;
        }));
        for (int i = 0; i < tables.size(); i++) {
            Result<Record> copied = rows.tables().get(i);
            if (copied.isEmpty()) {
                continue; // no copied row for the counter to pass
            }
            for (Field<?> field : tables.get(i).fields()) {
                if (field.getDataType().identity()) {
                    long max = copied.stream().mapToLong(row -> row.get(field.getName(), Long.class)).max().orElse(0);
                    restartIdentity(dsl, tables.get(i), field, max + 1);
                }
            }
        }
    }

    /** One statement, prepared once and bound once per row (a batch): H2 parses it once for the whole table. */
    private static void insertAll(DSLContext dsl, Table<?> table, Result<Record> rows) {
        if (rows.isEmpty()) {
            return;
        }
        Field<?>[] columns = Arrays.stream(rows.fields()).map(field -> table.field(field.getName())).toArray(Field[]::new);
        Object[] unbound = new Object[columns.length];
        var batch = dsl.batch(dsl.insertInto(table).columns(columns).values(unbound));
        for (Record row : rows) {
            batch = batch.bind(row.intoArray());
        }
        batch.execute();
    }

    /**
     * An account's document holds that account's rows only, and only in the tables an account owns rows of; a row
     * owned through another table's (a generic object's value) must be owned by one of the document's own.
     */
    private static void checkOwner(Table<?> table, JsonNode content, String accountId, JsonNode tables) {
        Optional<StoreTables.Owner> owner = StoreTables.ownedThrough(table);
        if (owner.isPresent()) {
            // a set: a document of 100,000 objects holds most of a million values, each looked up here
            Set<String> owners = new HashSet<>(
                    columnValues(tables.path(owner.get().table().getName()), owner.get().key()));
            if (!owners.containsAll(columnValues(content, owner.get().link()))) {
                throw new IllegalArgumentException(table.getName() + " holds rows of " + owner.get().table().getName()
                        + " rows the document does not hold for " + accountId);
            }
            return;
        }
        Field<?> column = StoreTables.accountColumn(table).orElseThrow(() -> new IllegalArgumentException(
                table.getName() + " belongs to no account; load it with the whole store"));
        if (!columnValues(content, column).stream().allMatch(accountId::equals)) {
            throw new IllegalArgumentException(table.getName() + " holds rows of another account than " + accountId);
        }
    }

    /** The values of {@code column} in a table's rows as a document holds them, as text (null where it is missing). */
    private static List<String> columnValues(JsonNode content, Field<?> column) {
        JsonNode fields = content.path("fields");
        int index = -1;
        for (int i = 0; i < fields.size(); i++) {
            if (column.getName().equalsIgnoreCase(fields.get(i).path("name").asText())) {
                index = i;
            }
        }
        List<String> values = new ArrayList<>();
        for (JsonNode record : content.path("records")) {
            JsonNode value = index < 0 ? null : record.path(index);
            values.add(value == null || value.isNull() || value.isMissingNode() ? null : value.asText());
        }
        return values;
    }

    private static void loadRows(DSLContext dsl, Table<?> table, JsonNode content) {
        try {
            var loaded = dsl.loadInto(table).bulkNone().batchNone().commitNone()
                    .onDuplicateKeyError().onErrorAbort()
                    .loadJSON(content.toString())
                    .fieldsCorresponding()
                    .execute();
            if (!loaded.errors().isEmpty()) {
                throw new IllegalArgumentException(table.getName() + ": " + loaded.errors().get(0).exception().getMessage());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (org.jooq.exception.DataAccessException e) {
            throw new IllegalArgumentException(table.getName() + ": " + e.getMessage(), e);
        }
    }

    /** The rows of {@code table} that belong to the account (all rows for the whole store); null: none do. */
    private static Condition accountRows(Table<?> table, String accountId) {
        if (accountId == null) {
            return DSL.trueCondition();
        }
        return StoreTables.accountRows(table, accountId, live -> live).orElse(null);
    }

    private static void restartIdentity(DSLContext dsl, Table<?> table) {
        for (Field<?> field : table.fields()) {
            if (field.getDataType().identity()) {
                Long max = dsl.select(DSL.max(field.cast(Long.class))).from(table).fetchOne(0, Long.class);
                restartIdentity(dsl, table, field, max == null ? 1 : max + 1);
            }
        }
    }

    private static void restartIdentity(DSLContext dsl, Table<?> table, Field<?> identity, long next) {
        dsl.execute("ALTER TABLE PUBLIC.{0} ALTER COLUMN {1} RESTART WITH {2}", DSL.name(table.getName()),
                DSL.name(identity.getName()), DSL.inline(next));
    }

    private static JsonNode read(String json) {
        try {
            return Json.mapper().readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How many rows each table of a document holds, for an answer that says what was loaded. */
    public static Map<String, Integer> rowCounts(JsonNode document) {
        Map<String, Integer> counts = new java.util.TreeMap<>();
        document.path("tables").fields().forEachRemaining(t -> counts.put(t.getKey(), t.getValue().path("records").size()));
        return counts;
    }
}
