package dev.boomiemulator.server;

import dev.boomiemulator.db.StoreImage;
import dev.boomiemulator.db.StoreRows;
import dev.boomiemulator.db.StoreTables;
import dev.boomiemulator.fixtures.BuiltInStore;
import dev.boomiemulator.fixtures.FixtureReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import org.jooq.Record;
import org.jooq.Result;

/**
 * A build step (process-classes): records the store a server started with the default fixture set makes, into
 * {@link BuiltInStore#RESOURCE} in the classes folder, for every later start to copy in instead of loading.
 *
 * <p>It loads the set twice, with the clock at two instants thirty years apart and the same seeded ids, and fails the
 * build if the two stores differ: a date a document leaves out is the time of the load, which a recorded store would
 * fix for every later start. The message names the values that differ; write those dates in the documents. The seeded
 * ids make the image the same on every build; a server's own ids stay random.
 */
public final class DefaultStoreImage {
    private static final Instant ONE = Instant.parse("2001-02-03T04:05:06Z");
    private static final Instant OTHER = Instant.parse("2031-08-09T10:11:12Z");
    private static final long SEED = 20_260_105L;

    private DefaultStoreImage() {
    }

    /** {@code args[0]}: the classes folder. */
    public static void main(String[] args) throws IOException {
        Path image = Path.of(args[0]).resolve(BuiltInStore.RESOURCE);
        Files.deleteIfExists(image); // else the servers below would copy the last build's image in instead of loading
        Files.write(image, record());
    }

    /** The image of the store a start with the default fixture set makes; fails if it depends on the clock. */
    static byte[] record() throws IOException {
        EmulatorConfig config = EmulatorConfig.builder().host("127.0.0.1").port(0).build();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        StoreImage.write(BuiltInStore.label(FixtureReader.builtInSet(),
                config.platformRateLimit()), clockFreeRows(config), bytes);
        return bytes.toByteArray();
    }

    /**
     * The rows a start with {@code config} makes, made twice at two times; fails, naming the values that differ, if
     * the two differ.
     */
    static StoreRows clockFreeRows(EmulatorConfig config) {
        StoreRows rows = startupRows(config, ONE);
        List<String> differences = differences(rows, startupRows(config, OTHER));
        if (!differences.isEmpty()) {
            throw new IllegalStateException("The fixtures make a different store at another time: a date left out of "
                    + "a document is the time of the load, which a recorded store would fix. Write these dates in the "
                    + "documents (" + ONE + " against " + OTHER + "):\n  " + String.join("\n  ", differences));
        }
        return rows;
    }

    private static StoreRows startupRows(EmulatorConfig config, Instant at) {
        EmulatorServer server = EmulatorServer.start(config, Clock.fixed(at, ZoneOffset.UTC), new Random(SEED));
        try {
            return server.startupRows();
        } finally {
            server.closeAtExit(); // keeps no store for the next start in this JVM, which must load the documents too
        }
    }

    /** The values that differ between two stores, as "TABLE.COLUMN, row N: one / other" (the first 20). */
    private static List<String> differences(StoreRows one, StoreRows other) {
        List<String> differences = new ArrayList<>();
        for (int t = 0; t < one.tables().size(); t++) {
            Result<Record> a = one.tables().get(t);
            Result<Record> b = other.tables().get(t);
            String table = StoreTables.data().get(t).getName();
            if (a.size() != b.size()) {
                differences.add(table + ": " + a.size() + " rows / " + b.size());
                continue;
            }
            for (int r = 0; r < a.size(); r++) {
                for (int c = 0; c < a.fields().length; c++) {
                    Object x = a.get(r).get(c);
                    Object y = b.get(r).get(c);
                    boolean same = x instanceof byte[] bytes && y instanceof byte[] others
                            ? java.util.Arrays.equals(bytes, others) : Objects.equals(x, y);
                    if (!same && differences.size() < 20) {
                        differences.add(table + "." + a.field(c).getName() + ", row " + (r + 1) + ": " + x + " / " + y);
                    }
                }
            }
        }
        return differences;
    }
}
