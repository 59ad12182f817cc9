package dev.boomiemulator.robustness.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * One fuzz case as it goes on the wire: method, raw request target (sent byte for byte, never
 * normalised), headers and body, with what it broke and the index that regenerates it.
 *
 * @param index the case number; with the run's seed it regenerates this exact request
 * @param note  what was broken, e.g. {@code body.name <- 100 KB string}
 */
public record FuzzRequest(
        long index,
        Operation operation,
        InputKind kind,
        String method,
        String target,
        List<String[]> headers,
        byte[] body,
        String note) {

    /** A curl command line that sends the same request (long values shortened) and the case's regeneration key. */
    public String reproducer(String baseUrl, long seed) {
        StringBuilder curl = new StringBuilder("curl -s -X ").append(method).append(" --path-as-is '")
                .append(baseUrl).append(shorten(target, 160)).append('\'');
        for (String[] header : headers) {
            curl.append(" -H '").append(header[0]).append(": ").append(shorten(header[1], 80)).append('\'');
        }
        if (body != null) {
            String text = new String(body, StandardCharsets.UTF_8);
            curl.append(" --data-binary '").append(shorten(text, 160).replace("'", "'\\''")).append('\'');
        }
        return curl + "   [" + note + "; case " + index + " of seed " + seed + "]";
    }

    private static String shorten(String text, int max) {
        String printable = text.replace("\r", "\\r").replace("\n", "\\n").replace("\u0000", "\\0");
        return printable.length() <= max ? printable
                : printable.substring(0, max) + "...(" + text.length() + " chars)";
    }
}
