package dev.boomiemulator.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.boomiemulator.common.ApiModule;
import dev.boomiemulator.server.FailureMapping.ClientError;
import java.nio.charset.UnsupportedCharsetException;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.Test;

/** Framework and database failures become client errors; anything else is left to be a logged 500. */
class FailureMappingTest {
    private final FailureMapping mapping = new FailureMapping(new Families(List.<ApiModule>of()));

    private Optional<ClientError> map(Throwable failure) {
        return mapping.clientError("/_emulator/x", failure);
    }

    private static DataAccessException fromDatabase(String state, int code) {
        return new DataAccessException("SQL [insert ...]", new SQLException("Reason here; SQL statement:\ninsert ...", state, code));
    }

    @Test
    void a_lock_timeout_is_503_to_retry_and_worth_logging() {
        ClientError error = map(fromDatabase("HYT00", 50200)).orElseThrow();

        assertThat(error.error().status()).isEqualTo(503);
        assertThat(error.headers()).containsEntry("Retry-After", "1");
        assertThat(error.worthLogging()).isTrue();
    }

    @Test
    void a_unique_key_violation_is_409_without_the_sql() {
        ClientError error = map(fromDatabase("23505", 23505)).orElseThrow();

        assertThat(error.error().status()).isEqualTo(409);
        assertThat(error.error().getMessage()).contains("Reason here").doesNotContain("insert");
    }

    @Test
    void a_value_too_long_or_a_missing_value_is_400() {
        assertThat(map(fromDatabase("22001", 22001)).orElseThrow().error().status()).isEqualTo(400);
        assertThat(map(fromDatabase("23502", 23502)).orElseThrow().error().status()).isEqualTo(400);
    }

    @Test
    void an_unknown_charset_wrapped_anywhere_is_400() {
        ClientError error = map(new IllegalStateException(new UnsupportedCharsetException("nope"))).orElseThrow();

        assertThat(error.error().status()).isEqualTo(400);
        assertThat(error.error().getMessage()).contains("'nope'");
    }

    @Test
    void a_bug_is_not_a_client_error() {
        assertThat(map(new NullPointerException("oops"))).isEmpty();
        assertThat(map(new IllegalArgumentException("not ours to excuse"))).isEmpty();
    }
}
