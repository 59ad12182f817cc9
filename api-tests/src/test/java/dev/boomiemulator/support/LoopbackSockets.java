package dev.boomiemulator.support;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;

/**
 * Connections for the tests' raw HTTP clients, never one joined to itself. TCP's simultaneous open can join a socket
 * to itself when the kernel gives it the server's own port as its local one: every byte sent then comes back as the
 * "answer" (a CI run read its own request line as the status line). Go's {@code net.Dial} retries such a connection;
 * so does this.
 */
public final class LoopbackSockets {
    private static final int ATTEMPTS = 3;

    private LoopbackSockets() {
    }

    /** A socket connected to {@code host:port} within {@code timeoutMillis}, another one if the first joined itself. */
    public static Socket connect(String host, int port, int timeoutMillis) throws IOException {
        for (int attempt = 1; ; attempt++) {
            Socket socket = new Socket();
            socket.connect(new InetSocketAddress(host, port), timeoutMillis);
            if (!connectedToItself(socket) || attempt == ATTEMPTS) {
                return socket;
            }
            socket.close();
        }
    }

    private static boolean connectedToItself(Socket socket) {
        return socket.getLocalPort() == socket.getPort() && socket.getLocalAddress().equals(socket.getInetAddress());
    }
}
