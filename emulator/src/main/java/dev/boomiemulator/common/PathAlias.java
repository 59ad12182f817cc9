package dev.boomiemulator.common;

import java.util.Set;

/**
 * A second path prefix a family serves, with the query parameters only that path takes: the family's OpenAPI document
 * describes the main path, and requests under the alias are checked against it without those parameters.
 *
 * <p>An alias that {@code sharesRoutes} (the Platform's Partner API, {@code /partner/api/rest/v1}) is served by the
 * family's own routes: its requests are routed as if sent under the main prefix ({@code server.AliasRouting}), and
 * {@link AsSent} keeps the path as sent. Otherwise the family registers routes under the alias itself (the
 * Platform's download URLs).
 */
public record PathAlias(String prefix, Set<String> queryParameters, boolean sharesRoutes) {
    public PathAlias {
        queryParameters = Set.copyOf(queryParameters);
    }

    public boolean covers(String path) {
        return PathPrefixes.under(path, prefix);
    }

    /** {@code path}, which this alias covers, under {@code mainPrefix} instead. */
    public String under(String mainPrefix, String path) {
        return mainPrefix + path.substring(prefix.length());
    }
}
