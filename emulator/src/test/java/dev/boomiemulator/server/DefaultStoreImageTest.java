package dev.boomiemulator.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The build records a store only if it does not depend on when it was loaded: fixtures that leave a date to the clock
 * are refused, naming the value; the same fixtures with the date written are recorded.
 */
class DefaultStoreImageTest {
    @TempDir
    Path folder;

    @Test
    void fixtures_that_leave_a_date_to_the_clock_are_refused_with_the_value_named() throws Exception {
        assertThatThrownBy(() -> DefaultStoreImage.clockFreeRows(config(account(""))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("ACCOUNT.DATE_CREATED, row 1: 2001-02-03T04:05:06Z / 2031-08-09T10:11:12Z");
    }

    @Test
    void fixtures_that_write_their_dates_make_the_same_store_at_any_time() throws Exception {
        var rows = DefaultStoreImage.clockFreeRows(config(account(", \"dateCreated\": \"2026-01-02T08:00:00Z\"")));
        assertThat(rows.rowCount()).isGreaterThan(0);
    }

    private EmulatorConfig config(String document) throws Exception {
        Path file = Files.writeString(folder.resolve("account.json"), document);
        return EmulatorConfig.builder().host("127.0.0.1").port(0).defaultFixtures(false).fixture(file.toString())
                .build();
    }

    /** An account of its own, so no other test's server hands its store over. */
    private static String account(String dated) {
        return "{\"accounts\": [{\"id\": \"image-" + UUID.randomUUID() + "\"" + dated + "}]}";
    }
}
