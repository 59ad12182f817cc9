package dev.boomiemulator.common;

import java.util.Set;

/**
 * A second path prefix under which a family serves the same routes, e.g. the Platform's Partner API
 * ({@code /partner/api/rest/v1}), with the query parameters only that path takes ({@code overrideAccount}):
 * the family's OpenAPI document describes the main path, and requests under the alias are checked
 * against it without those parameters.
 */
public record PathAlias(String prefix, Set<String> queryParameters) {
    public PathAlias {
        queryParameters = Set.copyOf(queryParameters);
    }

    public boolean covers(String path) {
        return path.equals(prefix) || path.startsWith(prefix + "/");
    }
}
