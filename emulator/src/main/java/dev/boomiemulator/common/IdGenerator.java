package dev.boomiemulator.common;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Random;
import java.util.UUID;

/** Makes the ids each family uses on the wire. One per server; tests may seed it for repeatable ids. */
public final class IdGenerator {
    private final Random random;

    public IdGenerator() {
        this(new SecureRandom());
    }

    public IdGenerator(Random random) {
        this.random = random;
    }

    /** A Platform-style id, e.g. {@code 456789ab-cdef-0123-4567-89abcdef0123}. */
    public String uuid() {
        // a well-formed version 4 UUID, as the real service issues
        long high = (random.nextLong() & ~0xF000L) | 0x4000L;
        long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low).toString();
    }

    /** 24 hex digits: Data Integration cross ids, operation ids, account and environment ids. */
    public String hex24() {
        return hex(12);
    }

    /** 32 hex digits: Data Integration run ids and run group ids. */
    public String hex32() {
        return hex(16);
    }

    private String hex(int bytes) {
        byte[] buffer = new byte[bytes];
        synchronized (random) {
            random.nextBytes(buffer);
        }
        return HexFormat.of().formatHex(buffer);
    }
}
