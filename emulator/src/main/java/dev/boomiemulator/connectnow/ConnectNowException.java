package dev.boomiemulator.connectnow;

import dev.boomiemulator.common.ApiException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The Connect Now (ws/simple) wire error, one shape for the whole family:
 * {@code {"@type":"Error","message":"...","statusCode":N}} (the Platform {@code Error} plus the status).
 */
public final class ConnectNowException extends ApiException {
    private final Map<String, String> headers;

    private ConnectNowException(int status, String message, Map<String, String> headers) {
        super(status, message);
        this.headers = headers;
    }

    public static ConnectNowException badRequest(String message) {
        return new ConnectNowException(400, message, Map.of());
    }

    public static ConnectNowException notFound(String message) {
        return new ConnectNowException(404, message, Map.of());
    }

    public static ConnectNowException unauthorized(String why) {
        return new ConnectNowException(401, why + " Send HTTP Basic credentials, or base64 user:password in the "
                + "body's auth field.", Map.of("WWW-Authenticate", "Basic realm=\"Boomi Connect Now\""));
    }

    public static ConnectNowException forbidden(String accountId) {
        return new ConnectNowException(403, "The credentials do not give access to account " + accountId + ".", Map.of());
    }

    public static ConnectNowException of(int status, String message) {
        return status == 401 ? unauthorized(message) : new ConnectNowException(status, message, Map.of());
    }

    @Override
    public Object body() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("@type", "Error");
        body.put("message", getMessage());
        body.put("statusCode", status());
        return body;
    }

    @Override
    public Map<String, String> headers() {
        return headers;
    }
}
