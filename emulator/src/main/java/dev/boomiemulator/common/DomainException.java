package dev.boomiemulator.common;

/**
 * A rule of shared domain state was broken (or an id the operation acts on is unknown). Domain services
 * throw it without knowing which family called them; the server renders it in the calling family's
 * error shape, with {@link #status()}: 400 for a broken rule, 404 for an unknown id.
 */
public final class DomainException extends RuntimeException {
    private final int status;

    private DomainException(int status, String message) {
        super(message);
        this.status = status;
    }

    public static DomainException badRequest(String message) {
        return new DomainException(400, message);
    }

    public static DomainException notFound(String message) {
        return new DomainException(404, message);
    }

    public int status() {
        return status;
    }
}
