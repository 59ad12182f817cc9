package dev.boomiemulator.server;

import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/**
 * Every answer carries an {@code X-Request-Id}: the caller's own when it sent a sane one (so its logs and
 * ours line up), else a fresh one. A 500 names it, and the log line of the failure carries it.
 */
final class RequestIds {
    static final String HEADER = "X-Request-Id";
    static final String ATTRIBUTE = "emulator.requestId";
    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    private RequestIds() {
    }

    static String choose(String sent) {
        if (sent != null && SANE.matcher(sent).matches()) {
            return sent;
        }
        // an id only has to differ from the others, not be unguessable: a SecureRandom serialised every request
        // on its lock (1% of a GET's CPU)
        return HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong());
    }
}
