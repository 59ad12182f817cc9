package dev.boomiemulator.platform.generic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.boomiemulator.platform.xml.OfficialSchemas;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The routing index ({@link DocumentOperations#RESOURCE}) says what Boomi's document says. When the document changes,
 * regenerate it: {@code mvn -pl emulator test -Dtest=DocumentOperationsTest -Doperations.write=true}.
 */
class DocumentOperationsTest {
    private static final Path COMMITTED = Path.of("src/main/resources/" + DocumentOperations.RESOURCE);

    @Test
    void the_committed_index_is_the_one_derived_from_the_document() throws Exception {
        String derived = DocumentOperations.of(OfficialSchemas.get()).text();
        if (Boolean.getBoolean("operations.write")) {
            Files.writeString(COMMITTED, derived);
        }
        assertThat(Files.readString(COMMITTED))
                .as(COMMITTED + " is stale; rewrite it with -Doperations.write=true")
                .isEqualTo(derived);
        assertThat(DocumentOperations.load().rows()).hasSize(382);
    }

    @Test
    void every_operation_has_a_kind_and_the_generic_ones_name_an_object_the_document_describes() {
        ObjectCatalog catalog = ObjectCatalog.of(OfficialSchemas.get());
        for (DocumentOperations.Row row : DocumentOperations.load().rows()) {
            assertThat(row.kind()).isNotNull();
            if (GenericObjects.whyNotServed(row).isEmpty()) {
                assertThat(catalog.object(row.object())).as(row.toString()).isPresent();
            }
        }
    }
}
