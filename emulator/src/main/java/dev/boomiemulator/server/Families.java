package dev.boomiemulator.server;

import dev.boomiemulator.common.ApiException;
import dev.boomiemulator.common.ApiModule;
import dev.boomiemulator.common.PathPrefixes;
import dev.boomiemulator.common.Violation;
import java.util.List;

/**
 * Which API family answers for a path, and that family's error for a status and message. A path outside
 * every family is the control API's; a request so broken that Jetty could not read its path gets an
 * answer every family's client can read ({@link UnknownFamilyError}).
 */
final class Families {
    private final List<ApiModule> modules;

    Families(List<ApiModule> modules) {
        this.modules = List.copyOf(modules);
    }

    List<ApiModule> all() {
        return modules;
    }

    /** The family a path belongs to, or null for a path outside every family. */
    ApiModule moduleFor(String path) {
        for (ApiModule module : modules) {
            if (PathPrefixes.under(path, module.pathPrefix()) || module.aliasOf(path) != null) {
                return module;
            }
        }
        return null;
    }

    /** The family whose error shape a client expects for {@code path} (see {@link ApiModule#errorNamespace()}). */
    ApiModule answeringFor(String rawPath) {
        // a path with dot segments (/ws/x/../simple/...) belongs to the family it resolves to, as a client reads it
        String path = withoutDotSegments(rawPath);
        for (ApiModule module : modules) {
            if (PathPrefixes.under(path, module.errorNamespace()) || module.aliasOf(path) != null) {
                return module;
            }
        }
        return null;
    }

    private static String withoutDotSegments(String path) {
        if (!path.contains("/.")) {
            return path;
        }
        try {
            String resolved = java.net.URI.create(path).normalize().getRawPath();
            return resolved == null ? path : resolved;
        } catch (IllegalArgumentException notAUri) {
            return path;
        }
    }

    /** The error in the shape of the family of {@code path}; a null path means nobody knows the family. */
    ApiException error(String path, int status, String message) {
        if (path == null) {
            return new UnknownFamilyError(status, message);
        }
        ApiModule module = answeringFor(path);
        return module != null ? module.error(status, message) : new ControlException(status, message);
    }

    /**
     * A body that is not JSON, as the family reports it: a 400 for the Platform, Connect Now and the
     * control API, FastAPI's 422 {@code json_invalid} item for Data Integration.
     */
    ApiException invalidJson(String path, String message) {
        ApiModule module = path == null ? null : answeringFor(path);
        if (module == null) {
            return error(path, 400, "The body is not valid JSON: " + message);
        }
        return module.invalidRequest(List.of(new Violation("body", List.of(), "invalidJson", message)));
    }
}
