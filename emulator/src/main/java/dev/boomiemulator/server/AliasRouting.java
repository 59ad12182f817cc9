package dev.boomiemulator.server;

import dev.boomiemulator.common.ApiModule;
import dev.boomiemulator.common.PathAlias;
import dev.boomiemulator.common.AsSent;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.IOException;
import java.util.EnumSet;
import java.util.List;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;

/**
 * Routes a request under an alias that shares its family's routes (the Platform's Partner API) as if it were sent
 * under the family's main prefix, before Javalin matches it: one route table serves both paths. Registered twice,
 * the Platform's routes made the table twice as long (1,085 routes, 671 of them POST, each compiled to regexes and
 * checked against every route of its method), and building it was most of a second embedded start. The path as sent
 * stays a request attribute ({@link AsSent}).
 */
final class AliasRouting implements Filter {
    private final PathAlias alias;
    private final String mainPrefix;

    private AliasRouting(PathAlias alias, String mainPrefix) {
        this.alias = alias;
        this.mainPrefix = mainPrefix;
    }

    /** A filter per alias that shares routes, on the alias's paths only: other requests never pass through one. */
    static void install(ServletContextHandler context, List<ApiModule> families) {
        for (ApiModule family : families) {
            for (PathAlias alias : family.aliases()) {
                if (alias.sharesRoutes()) {
                    context.addFilter(new AliasRouting(alias, family.pathPrefix()), alias.prefix() + "/*",
                            EnumSet.of(DispatcherType.REQUEST));
                }
            }
        }
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest sent = (HttpServletRequest) request;
        String path = sent.getRequestURI();
        if (!alias.covers(path)) {
            chain.doFilter(request, response);
            return;
        }
        sent.setAttribute(AsSent.PATH, path);
        String routed = alias.under(mainPrefix, path);
        chain.doFilter(new HttpServletRequestWrapper(sent) {
            @Override
            public String getRequestURI() {
                return routed;
            }
        }, response);
    }
}
