package dev.boomiemulator.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.boomiemulator.common.ApiException;
import dev.boomiemulator.common.DomainException;
import dev.boomiemulator.common.InvalidInput;
import io.javalin.http.HttpResponseException;
import io.javalin.validation.ValidationException;
import java.io.EOFException;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.http.HttpException;

/**
 * What a failure thrown while serving a request means for the client. Every exception a framework raises
 * for bad input (Jetty, Javalin, Jackson, the database's value and constraint checks) is a 4xx in the
 * family's shape; a lock timeout is a 503 to retry; anything else is a bug (empty result: the caller logs
 * it and answers 500). The rules, first match on the cause chain from the outside in:
 * <ul>
 *   <li>the family's own errors, {@link InvalidInput} and {@link DomainException}: as they say;</li>
 *   <li>Javalin's {@link HttpResponseException}s (404, 405, 413, ...) and {@link ValidationException}: their status, 400;</li>
 *   <li>an unknown or malformed charset in {@code Content-Type}: 400;</li>
 *   <li>Jetty's {@link HttpException}s (a malformed multipart body, a bad URI): their status, 400 mostly;</li>
 *   <li>Jackson parse and mapping errors (including its nesting and size limits): the family's invalid-JSON error;</li>
 *   <li>SQL state 22 (a value that does not fit a column): 400; 23502 (a missing required value): 400;
 *       other class 23 (unique or foreign key): 409; a lock timeout or deadlock: 503 with {@code Retry-After};
 *       the database out of reach (class 08, PostgreSQL's 57P): 503 with {@code Retry-After};</li>
 *   <li>a body that ends early: 400; a body that never arrives: 408.</li>
 * </ul>
 */
final class FailureMapping {
    /** A client error and the extra headers it is answered with. */
    record ClientError(ApiException error, Map<String, String> headers, boolean worthLogging) {
        ClientError(ApiException error) {
            this(error, Map.of(), false);
        }
    }

    private static final int MAX_CAUSES = 20;

    private final Families families;

    FailureMapping(Families families) {
        this.families = families;
    }

    Optional<ClientError> clientError(String path, Throwable failure) {
        Throwable cause = failure;
        for (int depth = 0; cause != null && depth < MAX_CAUSES; depth++, cause = cause.getCause()) {
            Optional<ClientError> mapped = map(path, cause);
            if (mapped.isPresent()) {
                return mapped;
            }
        }
        return Optional.empty();
    }

    private Optional<ClientError> map(String path, Throwable failure) {
        if (failure instanceof ApiException error) {
            return Optional.of(new ClientError(error));
        }
        if (failure instanceof InvalidInput invalid) {
            return error(path, 400, invalid.getMessage());
        }
        if (failure instanceof DomainException domain) {
            return error(path, domain.status(), domain.getMessage());
        }
        if (failure instanceof HttpResponseException http) {
            return error(path, http.getStatus(), http.getMessage());
        }
        if (failure instanceof ValidationException validation) {
            return error(path, 400, "Invalid request: " + validation.getErrors());
        }
        if (failure instanceof UnsupportedCharsetException unsupported) {
            return unknownCharset(path, unsupported.getCharsetName());
        }
        if (failure instanceof IllegalCharsetNameException illegal) {
            return unknownCharset(path, illegal.getCharsetName());
        }
        if (failure instanceof HttpException http) {
            String reason = http.getReason() != null ? http.getReason() : failure.getMessage();
            return error(path, http.getCode(), "Malformed request: " + reason);
        }
        if (failure instanceof JsonProcessingException json) {
            String message = json.getOriginalMessage() != null ? json.getOriginalMessage() : String.valueOf(json.getMessage());
            return Optional.of(new ClientError(families.invalidJson(path, message)));
        }
        if (failure instanceof SQLTransientConnectionException waited) {
            if (waited.getCause() instanceof SQLException cause && cause.getSQLState() != null) {
                return database(path, cause); // no connection could be made: the database is out of reach
            }
            // every pooled connection stayed busy for the pool's timeout: a load peak, not a bug
            return Optional.of(new ClientError(families.error(path, 503,
                    "The store has no free connection; retry shortly."), Map.of("Retry-After", "1"), true));
        }
        if (failure instanceof SQLException sql && sql.getSQLState() != null) {
            return database(path, sql);
        }
        if (failure instanceof EOFException) {
            return error(path, 400, "The request body ended before its declared length.");
        }
        if (failure instanceof TimeoutException) {
            return error(path, 408, "The request body did not arrive in time.");
        }
        return Optional.empty();
    }

    /*
     * Data Integration (FastAPI) would ignore the charset and decode UTF-8; the Platform and Connect Now are
     * not documented. The body cannot be read in a charset that does not exist, and guessing would hide a
     * client bug, so every family answers a clear 400 naming the charset.
     */
    private Optional<ClientError> unknownCharset(String path, String charset) {
        return error(path, 400, "Unsupported charset '" + charset + "' in Content-Type: send UTF-8.");
    }

    private Optional<ClientError> database(String path, SQLException sql) {
        String state = sql.getSQLState();
        String reason = databaseReason(sql);
        if (state.equals("HYT00") || state.equals("40001") || state.equals("40P01") || state.equals("55P03")
                || sql.getErrorCode() == 50200) {
            return Optional.of(new ClientError(families.error(path, 503,
                    "The store is busy with another request (" + reason + "); retry shortly."),
                    Map.of("Retry-After", "1"), true));
        }
        if (state.startsWith("08") || state.startsWith("57P")) {
            // a shared PostgreSQL restarting or out of reach: the pool reconnects once it is back
            return Optional.of(new ClientError(families.error(path, 503,
                    "The store's database is unavailable (" + reason + "); retry shortly."),
                    Map.of("Retry-After", "5"), true));
        }
        if (state.startsWith("22")) {
            return error(path, 400, "A value does not fit: " + reason);
        }
        if (state.equals("23502")) {
            return error(path, 400, "A required value is missing: " + reason);
        }
        if (state.startsWith("23")) {
            return error(path, 409, "The change conflicts with what is stored: " + reason);
        }
        return Optional.empty();
    }

    /** H2's own words without the SQL statement it appends (internal, and it repeats the value). */
    private static String databaseReason(SQLException sql) {
        String message = String.valueOf(sql.getMessage());
        int statement = message.indexOf("; SQL statement");
        return (statement >= 0 ? message.substring(0, statement) : message).strip();
    }

    private Optional<ClientError> error(String path, int status, String message) {
        return Optional.of(new ClientError(families.error(path, status, message)));
    }
}
