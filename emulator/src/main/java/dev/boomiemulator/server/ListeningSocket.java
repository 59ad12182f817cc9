package dev.boomiemulator.server;

import java.io.IOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.channels.ServerSocketChannel;
import java.util.Locale;

/**
 * Binds the server's port before anything else is built, so that a taken port or a bad address fails
 * in milliseconds instead of after the fixtures have loaded. Jetty then accepts on this very socket
 * (no window in which another process could take the port).
 */
final class ListeningSocket {
    private ListeningSocket() {
    }

    static ServerSocketChannel bind(String host, int port) {
        InetSocketAddress address = new InetSocketAddress(host, port);
        if (address.isUnresolved()) {
            throw new CannotListen("host '" + host + "' cannot be resolved to an address", null);
        }
        ServerSocketChannel channel = null;
        try {
            channel = ServerSocketChannel.open();
            // as Jetty does: a restart may bind while old connections linger in TIME_WAIT
            channel.setOption(StandardSocketOptions.SO_REUSEADDR, true);
            channel.bind(address);
            channel.configureBlocking(true);
            return channel;
        } catch (IOException e) {
            closeQuietly(channel);
            throw new CannotListen(reason(e, host, port), e);
        }
    }

    private static String reason(IOException e, String host, int port) {
        String message = e.getMessage() == null ? "" : e.getMessage().toLowerCase(Locale.ROOT);
        if (e instanceof BindException && message.contains("in use")) {
            return "port " + port + " on " + host + " is already in use";
        }
        if (e instanceof BindException && message.contains("assign requested address")) {
            return host + " is not an address of this machine, so port " + port + " cannot be bound on it";
        }
        if (e instanceof BindException && message.contains("permission denied")) {
            return "port " + port + " on " + host + " needs elevated privileges (ports below 1024 do)";
        }
        return "cannot listen on port " + port + " of " + host + ": " + e.getMessage();
    }

    private static void closeQuietly(ServerSocketChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // nothing was bound, nothing to release
            }
        }
    }
}
