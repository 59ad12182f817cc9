package dev.boomiemulator.robustness.fuzz;

import dev.boomiemulator.support.LoopbackSockets;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A minimal HTTP/1.1 client over one keep-alive socket. It sends the request target and headers byte for
 * byte: java.net.URI and REST Assured refuse or normalise {@code %zz}, {@code ..} and raw control
 * characters, which are exactly what the fuzzer must deliver.
 */
final class RawHttp implements Closeable {
    private final String host;
    private final int port;
    private final int timeoutMillis;
    private Socket socket;
    private InputStream in;
    private OutputStream out;

    RawHttp(String host, int port, int timeoutMillis) {
        this.host = host;
        this.port = port;
        this.timeoutMillis = timeoutMillis;
    }

    /** The server's answer; a hang or a dropped connection comes back as an answer too, never as an exception. */
    record Answer(int status, Map<String, String> headers, byte[] body, long millis, boolean timedOut, String failure) {
        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }

        String bodyText() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    Answer send(String method, String target, Iterable<String[]> headers, byte[] body) {
        long start = System.nanoTime();
        boolean reused = socket != null;
        try {
            return exchange(method, target, headers, body, start);
        } catch (SocketTimeoutException e) {
            close();
            return new Answer(0, Map.of(), new byte[0], elapsed(start), true, "no answer within " + timeoutMillis + " ms");
        } catch (IOException e) {
            close();
            if (reused) {
                // the server may have closed an idle keep-alive connection: one retry on a fresh one
                try {
                    start = System.nanoTime();
                    return exchange(method, target, headers, body, start);
                } catch (SocketTimeoutException again) {
                    close();
                    return new Answer(0, Map.of(), new byte[0], elapsed(start), true, "no answer within " + timeoutMillis + " ms");
                } catch (IOException again) {
                    close();
                    return new Answer(0, Map.of(), new byte[0], elapsed(start), false, again.toString());
                }
            }
            return new Answer(0, Map.of(), new byte[0], elapsed(start), false, e.toString());
        }
    }

    private Answer exchange(String method, String target, Iterable<String[]> headers, byte[] body, long start) throws IOException {
        return exchange(method, target, headers, body, start, false);
    }

    private Answer exchange(String method, String target, Iterable<String[]> headers, byte[] body, long start,
                            boolean echoed) throws IOException {
        connect();
        String requestLine = method + ' ' + target + " HTTP/1.1";
        StringBuilder head = new StringBuilder();
        head.append(requestLine).append("\r\n");
        head.append("Host: ").append(host).append(':').append(port).append("\r\n");
        for (String[] header : headers) {
            head.append(header[0]).append(": ").append(header[1]).append("\r\n");
        }
        if (body != null) {
            head.append("Content-Length: ").append(body.length).append("\r\n");
        } else if (!method.equals("GET") && !method.equals("TRACE")) {
            head.append("Content-Length: 0\r\n");
        }
        head.append("\r\n");
        IOException writeFailure = null;
        try {
            out.write(head.toString().getBytes(StandardCharsets.UTF_8));
            if (body != null) {
                out.write(body);
            }
            out.flush();
        } catch (IOException e) {
            // a server may answer (413, 431) and close before it has read everything: still read that answer
            writeFailure = e;
        }

        String statusLine;
        try {
            statusLine = readLine();
        } catch (IOException e) {
            throw writeFailure != null ? writeFailure : e;
        }
        if (statusLine == null) {
            throw writeFailure != null ? writeFailure : new IOException("connection closed before an answer");
        }
        if (statusLine.equals(requestLine) && !echoed) {
            // our own request read back: a connection joined to itself in a way the check in connect() did not see.
            // No server answers so; once more on a fresh connection, and a second echo is reported as it is
            close();
            return exchange(method, target, headers, body, start, true);
        }
        String[] parts = statusLine.split(" ", 3);
        if (parts.length < 2 || !parts[0].startsWith("HTTP/") || !parts[1].matches("\\d{3}")) {
            // out of step with the server on a kept-alive connection (a previous answer framed other than read):
            // treated as a broken connection, so a reused one is retried once on a fresh connection
            throw new IOException("unreadable status line: " + statusLine.substring(0, Math.min(80, statusLine.length()))
                    + " (on " + socket.getLocalSocketAddress() + " -> " + socket.getRemoteSocketAddress() + ")");
        }
        int status = Integer.parseInt(parts[1]);
        Map<String, String> answerHeaders = new LinkedHashMap<>();
        String line;
        while ((line = readLine()) != null && !line.isEmpty()) {
            int colon = line.indexOf(':');
            if (colon > 0) {
                answerHeaders.merge(line.substring(0, colon).trim().toLowerCase(Locale.ROOT), line.substring(colon + 1).trim(),
                        (a, b) -> a + ", " + b);
            }
        }
        byte[] answerBody = readBody(method, status, answerHeaders);
        if ("close".equalsIgnoreCase(answerHeaders.get("connection"))) {
            close();
        }
        return new Answer(status, answerHeaders, answerBody, elapsed(start), false, null);
    }

    private byte[] readBody(String method, int status, Map<String, String> headers) throws IOException {
        if (method.equals("HEAD") || status == 204 || status == 304 || status < 200) {
            return new byte[0];
        }
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            while (true) {
                String size = readLine();
                if (size == null) {
                    throw new IOException("connection closed inside a chunked body");
                }
                int semicolon = size.indexOf(';');
                int length = Integer.parseInt((semicolon >= 0 ? size.substring(0, semicolon) : size).trim(), 16);
                if (length == 0) {
                    while ((size = readLine()) != null && !size.isEmpty()) {
                        // trailers
                    }
                    return body.toByteArray();
                }
                body.write(in.readNBytes(length));
                readLine();
            }
        }
        String length = headers.get("content-length");
        if (length != null) {
            return in.readNBytes(Integer.parseInt(length));
        }
        byte[] rest = in.readAllBytes();
        close();
        return rest;
    }

    private String readLine() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) != -1) {
            if (b == '\n') {
                byte[] bytes = line.toByteArray();
                int end = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
                return new String(bytes, 0, end, StandardCharsets.ISO_8859_1);
            }
            line.write(b);
        }
        return line.size() == 0 ? null : line.toString(StandardCharsets.ISO_8859_1);
    }

    private void connect() throws IOException {
        if (socket != null) {
            return;
        }
        socket = LoopbackSockets.connect(host, port, timeoutMillis);
        socket.setSoTimeout(timeoutMillis);
        socket.setTcpNoDelay(true);
        in = new BufferedInputStream(socket.getInputStream(), 16 * 1024);
        out = socket.getOutputStream();
    }

    private static long elapsed(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    @Override
    public void close() {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing a broken socket: nothing left to do
            }
            socket = null;
        }
    }
}
