package dev.boomiemulator.common;

import java.util.Map;

/**
 * A client-visible failure in the wire shape of one API family. Services throw a family's subclass;
 * the server maps every one of them to a response in a single place, so handlers never catch.
 */
public abstract class ApiException extends RuntimeException {
    private final int status;

    protected ApiException(int status, String message) {
        super(message);
        this.status = status;
    }

    public int status() {
        return status;
    }

    /** The response body, already in the family's wire shape. */
    public abstract Object body();

    /** Extra response headers, e.g. {@code Retry-After} or {@code WWW-Authenticate}. */
    public Map<String, String> headers() {
        return Map.of();
    }
}
