package dev.boomiemulator.robustness.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The fuzzer's client reports what a peer really does: an echo of its own request is never taken for an answer. */
class RawHttpTest {

    @Test
    void a_peer_that_sends_the_request_back_is_tried_on_a_second_connection_and_then_reported_as_a_dropped_answer()
            throws Exception {
        AtomicInteger connections = new AtomicInteger();
        try (ServerSocket echo = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            Thread server = new Thread(() -> echoEach(echo, connections), "echo");
            server.setDaemon(true);
            server.start();

            try (RawHttp http = new RawHttp("127.0.0.1", echo.getLocalPort(), 2_000)) {
                RawHttp.Answer answer = http.send("DELETE", "/_emulator/faults/a", List.of(), null);

                assertThat(answer.status()).isZero();
                assertThat(answer.timedOut()).isFalse();
                assertThat(answer.failure()).contains("unreadable status line: DELETE /_emulator/faults/a HTTP/1.1");
                assertThat(connections).hasValue(2);
            }
        }
    }

    private static void echoEach(ServerSocket listener, AtomicInteger connections) {
        while (!listener.isClosed()) {
            try (Socket peer = listener.accept()) {
                connections.incrementAndGet();
                InputStream in = peer.getInputStream();
                OutputStream out = peer.getOutputStream();
                byte[] buffer = new byte[4096];
                int read = in.read(buffer);
                if (read > 0) {
                    out.write(buffer, 0, read);
                    out.flush();
                }
                peer.shutdownOutput();
                in.readAllBytes();
            } catch (IOException closed) {
                return;
            }
        }
    }
}
