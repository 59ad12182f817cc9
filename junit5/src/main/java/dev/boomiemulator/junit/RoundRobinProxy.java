package dev.boomiemulator.junit;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.jetty.client.HttpClient;
import org.eclipse.jetty.client.Request;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpURI;
import org.eclipse.jetty.http.UriCompliance;
import org.eclipse.jetty.proxy.ProxyHandler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/**
 * A load balancer in the test's JVM: each request goes to the next replica in turn, as nginx's round robin sends
 * them in {@code docker/compose.shared.yaml}. Jetty's reverse proxy does the HTTP; this class only picks the
 * replica. The caller's Host header is passed on, so links the emulator writes into answers name the balancer.
 */
final class RoundRobinProxy implements AutoCloseable {
    /** More than the emulator reads of a request line and headers (its {@code RequestLimits}): it answers the excess. */
    private static final int PASSED_ON_HEADERS = 128 * 1024;
    private static final Duration ANSWER_TIMEOUT = Duration.ofMinutes(5);

    private final Server server;
    private final ServerConnector connector;

    private RoundRobinProxy(List<URI> replicas) {
        server = new Server();
        HttpConfiguration http = new HttpConfiguration();
        // pass on what the emulator answers in its own shape (oversized URLs and headers, odd escapes): a
        // balancer that refused them itself would be testing the balancer
        http.setRequestHeaderSize(PASSED_ON_HEADERS);
        http.setUriCompliance(UriCompliance.UNSAFE);
        connector = new ServerConnector(server, new HttpConnectionFactory(http));
        connector.setHost("127.0.0.1");
        connector.setPort(0);
        // a test's HTTP client keeps connections open between tests: the balancer must not close them first
        connector.setIdleTimeout(ANSWER_TIMEOUT.toMillis());
        server.addConnector(connector);
        AtomicInteger next = new AtomicInteger();
        server.setHandler(new ProxyHandler.Reverse(request -> {
            URI replica = replicas.get(Math.floorMod(next.getAndIncrement(), replicas.size()));
            return HttpURI.build(request.getHttpURI()).scheme(replica.getScheme()).host(replica.getHost())
                    .port(replica.getPort());
        }) {
            @Override
            protected void configureHttpClient(HttpClient client) {
                super.configureHttpClient(client);
                client.setRequestBufferSize(PASSED_ON_HEADERS);
                client.setResponseBufferSize(PASSED_ON_HEADERS);
                // a large fixture load may take a while on a busy machine: the emulator's own limits apply, not ours
                client.setIdleTimeout(ANSWER_TIMEOUT.toMillis());
            }

            @Override
            protected void copyRequestHeaders(org.eclipse.jetty.server.Request clientToProxy, Request proxyToServer) {
                super.copyRequestHeaders(clientToProxy, proxyToServer);
                String host = clientToProxy.getHeaders().get(HttpHeader.HOST);
                if (host != null) {
                    proxyToServer.headers(headers -> headers.put(HttpHeader.HOST, host));
                }
            }
        });
    }

    /** Starts a balancer over the replicas at these base URLs, on a free port of the loopback interface. */
    static RoundRobinProxy start(List<String> replicaBaseUrls) {
        RoundRobinProxy proxy = new RoundRobinProxy(replicaBaseUrls.stream().map(URI::create).toList());
        try {
            proxy.server.start();
        } catch (Exception e) {
            throw new IllegalStateException("could not start the load balancer for the emulator replicas", e);
        }
        return proxy;
    }

    String baseUrl() {
        return "http://localhost:" + connector.getLocalPort();
    }

    @Override
    public void close() {
        try {
            server.stop();
        } catch (Exception e) {
            throw new IllegalStateException("could not stop the load balancer", e);
        }
    }
}
