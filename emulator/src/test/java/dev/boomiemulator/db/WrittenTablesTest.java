package dev.boomiemulator.db;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Every form of write jOOQ sends to H2 names its table; reads name none. */
class WrittenTablesTest {
    @Test
    void plain_writes_name_their_table() {
        assertThat(WrittenTables.in("insert into \"PUBLIC\".\"ENVIRONMENT\" (\"ID\") values (?)")).containsExactly("ENVIRONMENT");
        assertThat(WrittenTables.in("update \"PUBLIC\".\"ATOM\" set \"NAME\" = ?")).containsExactly("ATOM");
        assertThat(WrittenTables.in("delete from \"PUBLIC\".\"PROCESS\" where \"ID\" = ?")).containsExactly("PROCESS");
        assertThat(WrittenTables.in("MERGE INTO PUBLIC.ACCOUNT KEY (ID) SELECT * FROM SNAPSHOT.ACCOUNT")).containsExactly("ACCOUNT");
        assertThat(WrittenTables.in("  DELETE FROM PUBLIC.\"SCHEDULE\"")).containsExactly("SCHEDULE");
    }

    /** How jOOQ fetches an identity column on H2: a record's store() on such a table is a select. */
    @Test
    void an_insert_returning_generated_keys_names_its_table() {
        assertThat(WrittenTables.in("select \"EXECUTION_RECORD\".\"SEQ\" from final table (insert into "
                + "\"PUBLIC\".\"EXECUTION_RECORD\" (\"ID\") values (?)) \"EXECUTION_RECORD\""))
                .containsExactly("EXECUTION_RECORD");
    }

    @Test
    void reads_name_no_table() {
        assertThat(WrittenTables.in("select \"ID\" from \"PUBLIC\".\"ENVIRONMENT\" where \"NAME\" = 'update x'")).isEmpty();
        assertThat(WrittenTables.in("")).isEmpty();
    }
}
