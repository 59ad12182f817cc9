package dev.boomiemulator.server;

import dev.boomiemulator.common.ApiException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The error for a request Jetty refused before its path could be read (a request line with a bad
 * %-escape, or longer than Jetty reads at all), so no family can be chosen. It carries each family's
 * fields at once: {@code @type} and {@code message} (Platform, control API), {@code statusCode} (Connect
 * Now) and {@code detail} (Data Integration), so whichever client sent it finds what it reads.
 */
final class UnknownFamilyError extends ApiException {
    UnknownFamilyError(int status, String message) {
        super(status, message);
    }

    @Override
    public Object body() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("@type", "Error");
        body.put("message", getMessage());
        body.put("statusCode", status());
        body.put("detail", getMessage());
        return body;
    }
}
