package dev.boomiemulator.platform;

import dev.boomiemulator.common.ApiException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The Platform API's wire error: {@code {"@type":"Error","message":"..."}}. Real clients (the CI/CD
 * scripts) ignore the status and look only for {@code @type} and {@code message}, so every Platform
 * failure carries this body.
 */
public final class PlatformException extends ApiException {
    private final Map<String, String> headers;

    private PlatformException(int status, String message, Map<String, String> headers) {
        super(status, message);
        this.headers = headers;
    }

    public static PlatformException badRequest(String message) {
        return new PlatformException(400, message, Map.of());
    }

    public static PlatformException notFound(String objectType, String id) {
        return new PlatformException(404, objectType + " with id " + id + " was not found.", Map.of());
    }

    public static PlatformException unauthorized() {
        return new PlatformException(401, "Authentication is required: send HTTP Basic credentials "
                + "(user:password or BOOMI_TOKEN.user:apiToken).",
                Map.of("WWW-Authenticate", "Basic realm=\"Boomi Platform API\""));
    }

    public static PlatformException forbidden(String accountId) {
        return new PlatformException(403, "The credentials do not give access to account " + accountId + ".", Map.of());
    }

    public static PlatformException of(int status, String message) {
        return new PlatformException(status, message, Map.of());
    }

    @Override
    public Object body() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("@type", "Error");
        body.put("message", getMessage());
        return body;
    }

    @Override
    public Map<String, String> headers() {
        return headers;
    }
}
