package dev.boomiemulator.server;

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
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;

/**
 * HEAD answers what GET would, without the body: a HEAD is handed to Javalin as the GET it mirrors, so the GET's
 * route, validation and handler answer it, and Jetty, which still sees the HEAD, sends the status and headers only.
 * Javalin alone answers a HEAD with 200 whenever a GET route matches, without running it (a HEAD on an unknown id
 * said 200 where GET says 404). A HEAD twin of every GET route did the same, but made a sixth of the route table and
 * a tenth of a second embedded start. The method as sent stays a request attribute ({@link AsSent}).
 */
final class HeadAsGet implements Filter {
    private HeadAsGet() {
    }

    static void install(ServletContextHandler context) {
        context.addFilter(new HeadAsGet(), "/*", EnumSet.of(DispatcherType.REQUEST));
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest sent = (HttpServletRequest) request;
        if (!"HEAD".equals(sent.getMethod())) {
            chain.doFilter(request, response);
            return;
        }
        sent.setAttribute(AsSent.METHOD, "HEAD");
        chain.doFilter(new HttpServletRequestWrapper(sent) {
            @Override
            public String getMethod() {
                return "GET";
            }
        }, response);
    }
}
