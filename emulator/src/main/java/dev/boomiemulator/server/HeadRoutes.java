package dev.boomiemulator.server;

import io.javalin.http.HandlerType;
import io.javalin.router.Endpoint;
import io.javalin.router.InternalRouter;
import io.javalin.router.ParsedEndpoint;
import io.javalin.security.Roles;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * HEAD answers what GET would, without the body. Javalin alone answers a HEAD with 200 whenever a GET
 * route matches, without running it, so a HEAD on an unknown id said 200 where GET says 404; here every
 * GET route gets a HEAD twin running the same handler with the same roles (scopes), and Jetty drops the
 * body. Also: which methods a path is served under, for a 405's {@code Allow}.
 */
final class HeadRoutes {
    private HeadRoutes() {
    }

    static void mirrorGets(InternalRouter router) {
        List<Endpoint> endpoints = router.allHttpHandlers().stream().map(parsed -> parsed.endpoint).toList();
        // the paths that have a HEAD route, by their text: asking the router whether a HEAD route matches a path runs
        // every HEAD route's pattern, and over a thousand routes that was a tenth of a server's start
        Set<String> headed = new HashSet<>();
        endpoints.stream().filter(endpoint -> endpoint.method == HandlerType.HEAD)
                .forEach(head -> headed.add(head.path));
        for (Endpoint get : endpoints) {
            if (get.method != HandlerType.GET || !headed.add(get.path)) {
                continue;
            }
            Endpoint.Companion.EndpointBuilder head = Endpoint.create(HandlerType.HEAD, get.path);
            Roles roles = get.metadata(Roles.class);
            if (roles != null) {
                head.addMetadata(roles);
            }
            router.addHttpEndpoint(head.handler(get.handler));
        }
    }

    /** The methods some route serves {@code path} under, e.g. {@code "DELETE, GET, HEAD, POST"}. */
    static String allowedMethods(InternalRouter router, String path) {
        Set<String> methods = new TreeSet<>();
        for (ParsedEndpoint parsed : router.allHttpHandlers()) {
            if (parsed.endpoint.method.isHttpMethod() && parsed.matches(path)) {
                methods.add(parsed.endpoint.method.name());
            }
        }
        return String.join(", ", methods);
    }
}
