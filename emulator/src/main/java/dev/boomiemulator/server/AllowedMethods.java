package dev.boomiemulator.server;

import io.javalin.http.HandlerType;
import io.javalin.router.InternalRouter;
import io.javalin.router.ParsedEndpoint;
import java.util.Set;
import java.util.TreeSet;

/** Which methods a path is served under, for a 405's {@code Allow}. */
final class AllowedMethods {
    private AllowedMethods() {
    }

    /** E.g. {@code "DELETE, GET, HEAD, POST"}: HEAD wherever GET is, as {@link HeadAsGet} answers it. */
    static String of(InternalRouter router, String path) {
        Set<String> methods = new TreeSet<>();
        for (ParsedEndpoint parsed : router.allHttpHandlers()) {
            if (parsed.endpoint.method.isHttpMethod() && parsed.matches(path)) {
                methods.add(parsed.endpoint.method.name());
            }
        }
        if (methods.contains(HandlerType.GET.name())) {
            methods.add(HandlerType.HEAD.name());
        }
        return String.join(", ", methods);
    }
}
