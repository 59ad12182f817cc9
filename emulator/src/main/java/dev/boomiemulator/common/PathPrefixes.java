package dev.boomiemulator.common;

/** Whether a request path lies under a prefix: the prefix itself, or it and a further segment. */
public final class PathPrefixes {
    private PathPrefixes() {
    }

    /**
     * {@code /api/rest/v1} and {@code /api/rest/v1/x} are under {@code /api/rest/v1}; {@code /api/rest/v10} is not.
     * Asked several times per request (which family, which alias), so it concatenates nothing.
     */
    public static boolean under(String path, String prefix) {
        return path.startsWith(prefix) && (path.length() == prefix.length() || path.charAt(prefix.length()) == '/');
    }
}
