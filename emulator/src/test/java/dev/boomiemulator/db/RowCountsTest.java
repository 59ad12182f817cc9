package dev.boomiemulator.db;

import static dev.boomiemulator.db.jooq.Tables.ACCOUNT;
import static dev.boomiemulator.db.jooq.Tables.ENVIRONMENT;
import static dev.boomiemulator.db.jooq.Tables.PLATFORM_OBJECT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The kept counts equal the rows, per account (and object type), after every way the store is written: inserts,
 * deletes, an update that moves a row to another account, a rolled-back transaction, a reset (whole and one
 * account's), a state document, a copy of another store's rows.
 */
class RowCountsTest {
    private final Database database = new Database();
    private final DSLContext dsl = database.dsl();

    @BeforeEach
    void schema() {
        database.createSchema();
        for (String account : new String[] {"a", "b"}) {
            dsl.insertInto(ACCOUNT).set(ACCOUNT.ID, account).set(ACCOUNT.NAME, account).set(ACCOUNT.STATUS, "active")
                    .set(ACCOUNT.DATE_CREATED, OffsetDateTime.now(ZoneOffset.UTC)).execute();
        }
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void every_table_a_query_pages_is_counted_and_platform_objects_per_type() {
        assertThat(RowCounts.countedTables()).containsKey(ENVIRONMENT).containsKey(PLATFORM_OBJECT);
        assertThat(RowCounts.countedTables().get(PLATFORM_OBJECT).getName()).isEqualTo("OBJECT_TYPE");
        assertThat(RowCounts.countedTables()).doesNotContainKey(ACCOUNT);
        // a sort index such as (ACCOUNT_ID, EXECUTION_TIME, SEQ) is no kind to count by
        assertThat(RowCounts.countedTables().entrySet().stream().filter(counted -> counted.getValue() != null)
                .map(Map.Entry::getKey)).containsExactly(PLATFORM_OBJECT);
    }

    @Test
    void counts_follow_inserts_deletes_and_a_row_moved_to_another_account() {
        for (int i = 0; i < 5; i++) {
            environment("a", "a-" + i);
            object("a", i % 2 == 0 ? "Folder" : "Role", "o-" + i);
        }
        environment("b", "b-0");
        assertThat(kept(ENVIRONMENT, null, "a", "")).isEqualTo(5);
        assertThat(kept(PLATFORM_OBJECT, PLATFORM_OBJECT.OBJECT_TYPE, "a", "Folder")).isEqualTo(3);
        assertThat(kept(PLATFORM_OBJECT, PLATFORM_OBJECT.OBJECT_TYPE, "a", "Role")).isEqualTo(2);
        assertThat(kept(ENVIRONMENT, null, "c", "")).isZero();

        dsl.deleteFrom(ENVIRONMENT).where(ENVIRONMENT.ID.in("a-0", "a-1")).execute();
        dsl.update(ENVIRONMENT).set(ENVIRONMENT.ACCOUNT_ID, "b").where(ENVIRONMENT.ID.eq("a-2")).execute();
        dsl.update(ENVIRONMENT).set(ENVIRONMENT.NAME, "Renamed").where(ENVIRONMENT.ID.eq("a-3")).execute();
        dsl.update(PLATFORM_OBJECT).set(PLATFORM_OBJECT.OBJECT_TYPE, "Role").where(PLATFORM_OBJECT.ID.eq("o-0"))
                .execute();
        assertThat(kept(ENVIRONMENT, null, "a", "")).isEqualTo(2);
        assertThat(kept(ENVIRONMENT, null, "b", "")).isEqualTo(2);
        assertThat(kept(PLATFORM_OBJECT, PLATFORM_OBJECT.OBJECT_TYPE, "a", "Role")).isEqualTo(3);
        assertCountsAreTheRows();
    }

    @Test
    void a_rolled_back_write_leaves_the_counts() {
        environment("a", "kept");
        assertThatThrownBy(() -> dsl.transaction(() -> {
            environment("a", "gone-1");
            environment("a", "gone-2");
            throw new IllegalStateException("rolled back");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(kept(ENVIRONMENT, null, "a", "")).isEqualTo(1);
        assertCountsAreTheRows();
    }

    @Test
    void a_reset_whole_or_of_one_account_puts_the_counts_back_with_the_rows() {
        environment("a", "start");
        object("b", "Folder", "start");
        database.snapshot();
        for (int i = 0; i < 3; i++) {
            environment("a", "later-" + i);
            environment("b", "later-" + i);
            object("b", "Folder", "later-" + i);
        }
        dsl.deleteFrom(ENVIRONMENT).where(ENVIRONMENT.ID.eq("start")).execute();
        database.restoreAccount("a", tx -> { });
        assertThat(kept(ENVIRONMENT, null, "a", "")).isEqualTo(1);
        assertThat(kept(ENVIRONMENT, null, "b", "")).isEqualTo(3);
        assertCountsAreTheRows();

        database.restore(tx -> environment("a", "replayed"));
        assertThat(kept(ENVIRONMENT, null, "a", "")).isEqualTo(2);
        assertThat(kept(ENVIRONMENT, null, "b", "")).isZero();
        assertThat(kept(PLATFORM_OBJECT, PLATFORM_OBJECT.OBJECT_TYPE, "b", "Folder")).isEqualTo(1);
        assertCountsAreTheRows();
    }

    @Test
    void a_state_document_and_a_copy_of_another_stores_rows_are_counted() {
        for (int i = 0; i < 4; i++) {
            environment(i % 2 == 0 ? "a" : "b", "e-" + i);
        }
        StateTransfer transfer = new StateTransfer(database);
        var document = transfer.export(null);
        environment("a", "after-export");
        transfer.load(document, null);
        assertThat(kept(ENVIRONMENT, null, "a", "")).isEqualTo(2);
        assertCountsAreTheRows();

        database.snapshot();
        StoreRows rows = transfer.snapshotRows(StoreTables.data());
        try (Database other = new Database()) {
            other.createSchema();
            new StateTransfer(other).replaceAll(rows);
            assertThat(other.dsl().select(other.rowCounts().of(ENVIRONMENT, null, DSL.val("b"), "").orElseThrow())
                    .fetchOne(0, Long.class)).isEqualTo(2);
        }
    }

    /** For every counted table, the kept count of each (account, kind) equals its rows, and no other count is kept. */
    private void assertCountsAreTheRows() {
        for (Map.Entry<Table<?>, Field<?>> counted : RowCounts.countedTables().entrySet()) {
            Table<?> table = counted.getKey();
            Field<?> account = table.field("ACCOUNT_ID");
            Field<?> kind = counted.getValue() == null ? DSL.inline("") : table.field(counted.getValue().getName());
            Map<String, Long> rows = new HashMap<>();
            dsl.select(account, kind, DSL.count()).from(table).groupBy(account, kind).forEach(row ->
                    rows.put(row.get(0) + "/" + row.get(1), row.get(2, Long.class)));
            Map<String, Long> keptCounts = new HashMap<>();
            dsl.select(DSL.field("ACCOUNT_ID"), DSL.field("KIND"), DSL.field("TOTAL"))
                    .from("EMULATOR_ROW_COUNT").where(DSL.field("TABLE_NAME").eq(table.getName()))
                    .and(DSL.field("TOTAL", Long.class).ne(0L))
                    .forEach(row -> keptCounts.put(row.get(0) + "/" + row.get(1), row.get(2, Long.class)));
            assertThat(keptCounts).as(table.getName()).isEqualTo(rows);
        }
    }

    private long kept(Table<?> table, Field<String> kindColumn, String account, String kind) {
        return dsl.select(database.rowCounts().of(table, kindColumn, DSL.val(account), kind).orElseThrow())
                .fetchOne(0, Long.class);
    }

    private void environment(String account, String id) {
        dsl.insertInto(ENVIRONMENT).set(ENVIRONMENT.ACCOUNT_ID, account).set(ENVIRONMENT.ID, id)
                .set(ENVIRONMENT.NAME, id).set(ENVIRONMENT.CLASSIFICATION, "PROD")
                .set(ENVIRONMENT.CLASSIFICATION_CANONICAL, "PROD")
                .set(ENVIRONMENT.CREATED_DATE, OffsetDateTime.now(ZoneOffset.UTC)).execute();
    }

    private void object(String account, String type, String id) {
        dsl.insertInto(PLATFORM_OBJECT).set(PLATFORM_OBJECT.ACCOUNT_ID, account).set(PLATFORM_OBJECT.OBJECT_TYPE, type)
                .set(PLATFORM_OBJECT.ID, id).set(PLATFORM_OBJECT.BODY, "{}").execute();
    }
}
