package dev.boomiemulator.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * A private H2 database runs the migrations itself, a database given by URL through Flyway: both must end with the
 * same tables, columns, indexes and constraints, and the private one must run every migration there is.
 */
class DatabaseMigrationsTest {
    private static final Path FOLDER = Path.of("src/main/resources", Database.MIGRATION_FOLDER);

    @Test
    void the_index_lists_every_migration_in_version_order() throws IOException {
        try (Stream<Path> files = Files.list(FOLDER)) {
            List<String> migrations = files.map(file -> file.getFileName().toString())
                    .filter(name -> name.matches("V\\d+__.*\\.sql")).sorted().toList();
            assertThat(Database.migrationFiles()).containsExactlyElementsOf(migrations);
        }
    }

    @Test
    void a_private_database_gets_the_schema_flyway_makes() {
        List<String> inH2 = schemaOf(DatabaseSettings.privateH2());
        assertThat(inH2)
                .isEqualTo(schemaOf(DatabaseSettings.of("jdbc:h2:mem:flyway-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1")))
                .contains("PUBLIC.ENVIRONMENT.NAME CHARACTER VARYING(255) NO NO")
                .anyMatch(line -> line.startsWith("index ENVIRONMENT "))
                .anyMatch(line -> line.startsWith("constraint ENVIRONMENT PRIMARY KEY"));
    }

    @Test
    void a_store_made_before_the_typed_value_tables_keeps_its_values() {
        String url = "jdbc:h2:mem:before-047-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        Flyway.configure().dataSource(url, "sa", "").locations(Database.MIGRATIONS).target("45").load().migrate();
        try (Database database = new Database(DatabaseSettings.of(url).withUser("sa"))) {
            var dsl = database.dsl();
            dsl.execute("""
                    INSERT INTO platform_object_value
                        (object_seq, property, position, object_type, text_value, number_value, time_value)
                    VALUES (1, 'name', 0, 'Folder', 'Reports', NULL, NULL),
                           (1, 'count', 0, 'Folder', '12', 12, NULL),
                           (1, 'date', 0, 'Folder', '2026-01-02T03:04:05Z', NULL, TIMESTAMP WITH TIME ZONE
                               '2026-01-02 03:04:05+00')""");

            database.createSchema();

            assertThat(dsl.fetch("SELECT property || '=' || text_value FROM platform_object_text_value")
                    .into(String.class)).containsExactlyInAnyOrder("name=Reports", "count=12",
                    "date=2026-01-02T03:04:05Z");
            assertThat(dsl.fetchValue("SELECT property || '=' || number_value FROM platform_object_number_value"))
                    .isEqualTo("count=12.0000000000");
            assertThat(dsl.fetchValue("SELECT property FROM platform_object_time_value")).isEqualTo("date");
            assertThat(dsl.fetchExists(dsl.selectOne().from("INFORMATION_SCHEMA.TABLES")
                    .where("TABLE_NAME = 'PLATFORM_OBJECT_VALUE'"))).isFalse();
        }
    }

    /** Every column with its type, nullability and default, every index and constraint, of the store's tables. */
    private static List<String> schemaOf(DatabaseSettings settings) {
        try (Database database = new Database(settings)) {
            database.createSchema();
            var dsl = database.dsl();
            List<String> schema = new java.util.ArrayList<>(dsl.fetch("""
                    SELECT TABLE_SCHEMA || '.' || TABLE_NAME || '.' || COLUMN_NAME || ' ' || DATA_TYPE
                        || COALESCE('(' || CHARACTER_MAXIMUM_LENGTH || ')', '') || ' ' || IS_NULLABLE
                        || COALESCE(' DEFAULT ' || COLUMN_DEFAULT, '') || COALESCE(' ' || IS_IDENTITY, '')
                    FROM INFORMATION_SCHEMA.COLUMNS
                    WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_NAME <> 'flyway_schema_history'""").into(String.class));
            schema.addAll(dsl.fetch("""
                    SELECT 'index ' || I.TABLE_NAME || ' ' || I.INDEX_TYPE_NAME || ' ' || C.COLUMN_NAME || ' '
                        || C.ORDINAL_POSITION
                    FROM INFORMATION_SCHEMA.INDEXES I JOIN INFORMATION_SCHEMA.INDEX_COLUMNS C
                      ON C.INDEX_SCHEMA = I.INDEX_SCHEMA AND C.INDEX_NAME = I.INDEX_NAME
                    WHERE I.TABLE_SCHEMA = 'PUBLIC' AND I.TABLE_NAME <> 'flyway_schema_history'""").into(String.class));
            schema.addAll(dsl.fetch("""
                    SELECT 'constraint ' || TABLE_NAME || ' ' || CONSTRAINT_TYPE || ' ' || CONSTRAINT_NAME
                    FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS
                    WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_NAME <> 'flyway_schema_history'""").into(String.class));
            schema.addAll(dsl.fetch("""
                    SELECT 'check ' || CONSTRAINT_NAME || ' ' || CHECK_CLAUSE FROM INFORMATION_SCHEMA.CHECK_CONSTRAINTS
                    WHERE CONSTRAINT_SCHEMA = 'PUBLIC'""").into(String.class));
            return schema.stream().sorted().toList();
        }
    }
}
