import dev.boomiemulator.fixtures.FixtureReader;
import dev.boomiemulator.server.EmulatorConfig;
import dev.boomiemulator.server.EmulatorServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The figures of issue 13 that grow with the data, over real HTTP against an embedded server: the first query page
 * (a filter with no hits, a match-all, a prefix LIKE) and a queryMore page at each table size, a reset and a reset
 * of the account after one write with that many fixture rows loaded, and a second embedded start in one JVM. The
 * same pages for as many Folders, an object of the generic engine (issue 14: a generic object pages at Environment's
 * cost per page).
 *
 * Run: java -cp emulator/target/boomi-emulator.jar bench/DataBench.java [sizes, default 1000,10000,100000]
 * On PostgreSQL: add -Dbench.database=jdbc:postgresql://host:port/bench%d -Dbench.user=... (one empty database per
 * size; there "load ms" is the whole start, the rows loaded at start).
 */
public class DataBench {
    private static final Pattern TOKEN = Pattern.compile("\"queryToken\":\"([^\"]+)\"");
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String AUTH = "Basic " + Base64.getEncoder().encodeToString("bench:bench".getBytes(StandardCharsets.UTF_8));
    private static final String NO_HITS = filter("name", "EQUALS", "No such name");
    private static final String PREFIX = filter("name", "LIKE", "Item 1%");

    public static void main(String[] args) throws Exception {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        String sizes = args.length > 0 ? args[0] : "1000,10000,100000";
        embeddedStarts();
        System.out.printf("%n%10s %10s %12s %12s %12s %12s %10s %14s%n", "rows", "load ms", "no-hit ms",
                "match-all ms", "LIKE ms", "queryMore ms", "reset ms", "account reset");
        List<double[]> rows = new ArrayList<>();
        List<double[]> folders = new ArrayList<>();
        for (String size : sizes.split(",")) {
            double[][] measured = measure(Integer.parseInt(size.trim()));
            rows.add(measured[0]);
            folders.add(measured[1]);
        }
        ratios("Environment", rows);
        ratios("Folder (generic engine)", folders);
        double[] environment = rows.get(rows.size() - 1);
        double[] folder = folders.get(folders.size() - 1);
        System.out.printf("Folder / Environment at the largest size (target: about 1x): no-hit %.2fx, match-all %.2fx, "
                + "LIKE %.2fx, queryMore %.2fx%n", folder[1] / environment[1], folder[2] / environment[2],
                folder[3] / environment[3], folder[4] / environment[4]);
    }

    private static void ratios(String object, List<double[]> rows) {
        double[] first = rows.get(0);
        double[] last = rows.get(rows.size() - 1);
        System.out.printf("%n%s, largest / smallest (target: within 2x): no-hit %.2fx, match-all %.2fx, LIKE %.2fx, "
                + "queryMore %.2fx%n", object, last[1] / first[1], last[2] / first[2], last[3] / first[3],
                last[4] / first[4]);
    }

    /**
     * Start to ready for embedded servers one after another in this JVM (the JUnit extension's case): the first,
     * the second and the third, then the tenth, by when the JIT has compiled what a start runs.
     */
    private static void embeddedStarts() {
        for (int nth = 1; nth <= 10; nth++) {
            long start = System.nanoTime();
            try (EmulatorServer server = EmulatorServer.start(EmulatorConfig.builder().host("127.0.0.1").port(0).build())) {
                server.summary();
                if (nth <= 3 || nth == 10) {
                    System.out.printf("embedded start, number %d in this JVM, default fixtures: %d ms%n", nth,
                            (System.nanoTime() - start) / 1_000_000);
                }
            }
        }
    }

    /** For Environment and then Folder: {rows, no-hit, match-all, LIKE, queryMore, reset, account reset} medians in ms. */
    private static double[][] measure(int rows) throws Exception {
        EmulatorConfig.Builder builder = EmulatorConfig.builder().host("127.0.0.1").port(0).defaultFixtures(false);
        String database = System.getProperty("bench.database");
        if (database == null) {
            try (EmulatorServer server = EmulatorServer.start(builder.build())) {
                // into a store nothing has written since its copy: the rows become the copy a reset returns to
                long loadStart = System.nanoTime();
                server.fixtures().load(List.of(FixtureReader.parse("bench", fixture(rows))));
                return measure(server, rows, (System.nanoTime() - loadStart) / 1_000_000);
            }
        }
        // a PostgreSQL database per size, made empty beforehand: -Dbench.database=jdbc:postgresql://host/db%d. The
        // rows are loaded at start, as a shared instance's fixtures are: there a document loaded at run time is
        // applied again on every reset (whichever replica resets), which would measure that load, not the reset
        Path file = Files.createTempFile("bench-fixture", ".json");
        try {
            Files.writeString(file, fixture(rows));
            builder.database(String.format(database, rows)).databaseUser(System.getProperty("bench.user"))
                    .fixture(file.toString());
            long loadStart = System.nanoTime();
            try (EmulatorServer server = EmulatorServer.start(builder.build())) {
                return measure(server, rows, (System.nanoTime() - loadStart) / 1_000_000);
            }
        } finally {
            Files.delete(file);
        }
    }

    private static double[][] measure(EmulatorServer server, int rows, long loadMillis) {
        return new double[][] {pages(server, "Environment", rows, loadMillis),
                pages(server, "Folder", rows, loadMillis)};
    }

    private static double[] pages(EmulatorServer server, String object, int rows, long loadMillis) {
        String base = server.baseUrl() + "/api/rest/v1/bench-account/" + object;
        // each query follows a write, as in a test that creates and then queries: H2 answers a statement run again
        // on an unchanged database from the result it kept, which measured its cache, not the query (a name that
        // matched nothing "took" 2.5 ms at 100,000 rows, and 58 ms after a write)
        Runnable write = () -> call(() -> send(base, "application/json", "{\"name\":\"Touched\"}"));
        double noHits = median(() -> timed(write, () -> send(base + "/query", "application/json", NO_HITS)));
        double all = median(() -> timed(write, () -> send(base + "/query", "application/json", "")));
        double prefix = median(() -> timed(write, () -> send(base + "/query", "application/json", PREFIX)));
        String token = token(send(base + "/query", "application/json", ""));
        double more = token == null ? Double.NaN
                : median(() -> timed(write, () -> send(base + "/queryMore", "text/plain", token)));
        double reset = median(() -> {
            send(base, "application/json", "{\"name\":\"Touched\"}");
            long start = System.nanoTime();
            server.reset();
            return (System.nanoTime() - start) / 1e6;
        });
        // one account's reset, as a test that resets only its own account does (over HTTP, as the JUnit client does)
        double accountReset = median(() -> {
            send(base, "application/json", "{\"name\":\"Touched\"}");
            long start = System.nanoTime();
            send(server.baseUrl() + "/_emulator/reset/bench-account", "application/json", "");
            return (System.nanoTime() - start) / 1e6;
        });
        System.out.printf("%,10d %,10d %12.2f %12.2f %12.2f %12.2f %10.2f %14.2f  %s%n", rows, loadMillis, noHits,
                all, prefix, more, reset, accountReset, object);
        return new double[] {rows, noHits, all, prefix, more, reset, accountReset};
    }

    private static double median(Supplier<Double> run) {
        for (int i = 0; i < 5; i++) {
            run.get(); // warm-up
        }
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < 15; i++) {
            times.add(run.get());
        }
        Collections.sort(times);
        return times.get(times.size() / 2);
    }

    private interface Call {
        String run() throws Exception;
    }

    private static double timed(Call call) {
        long start = System.nanoTime();
        call(call);
        return (System.nanoTime() - start) / 1e6;
    }

    /** The time of {@code call}, run after {@code first} (not timed). */
    private static double timed(Runnable first, Call call) {
        first.run();
        return timed(call);
    }

    private static String call(Call call) {
        try {
            return call.run();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String token(String body) {
        Matcher token = TOKEN.matcher(body);
        return token.find() ? token.group(1) : null;
    }

    private static String send(String url, String contentType, String body) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                    .header("Authorization", AUTH)
                    .header("Accept", "application/json")
                    .header("Content-Type", contentType)
                    .POST(HttpRequest.BodyPublishers.ofString(body))
                    .build();
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(url + " answered " + response.statusCode() + ": " + response.body());
            }
            return response.body();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String filter(String property, String operator, String argument) {
        return "{\"QueryFilter\":{\"expression\":{\"property\":\"" + property + "\",\"operator\":\"" + operator
                + "\",\"argument\":[\"" + argument + "\"]}}}";
    }

    private static String fixture(int rows) {
        StringBuilder json = new StringBuilder(rows * 80);
        json.append("{\"accounts\":[{\"id\":\"bench-account\",\"users\":[{\"username\":\"bench\",\"password\":\"bench\"}],")
                .append("\"platform\":{\"environments\":[");
        for (int i = 0; i < rows; i++) {
            json.append(i == 0 ? "" : ",").append("{\"id\":\"env-").append(i).append("\",\"name\":\"Item ")
                    .append(i).append("\",\"classification\":\"").append(i % 3 == 0 ? "TEST" : "PROD").append("\"}");
        }
        json.append("],\"objects\":{\"Folder\":[");
        for (int i = 0; i < rows; i++) {
            json.append(i == 0 ? "" : ",").append("{\"id\":\"folder-").append(i).append("\",\"name\":\"Item ")
                    .append(i).append("\",\"parentId\":\"root\"}");
        }
        return json.append("]}}}]}").toString();
    }
}
