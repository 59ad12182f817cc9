import dev.boomiemulator.server.EmulatorConfig;
import dev.boomiemulator.server.EmulatorServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * queryMore page latency at 1,000 and at 100,000 environments, over real HTTP against an embedded
 * server. Keyset paging should keep the two within 2x of each other.
 *
 * Run: mvn -q -B package -DskipTests && java -cp target/boomi-emulator.jar bench/QueryMoreBench.java
 */
public class QueryMoreBench {
    private static final Pattern TOKEN = Pattern.compile("\"queryToken\":\"([^\"]+)\"");
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String AUTH = "Basic " + Base64.getEncoder().encodeToString("bench:bench".getBytes(StandardCharsets.UTF_8));

    public static void main(String[] args) throws Exception {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        double small = run(1_000, 100);
        double large = run(100_000, 1);
        System.out.printf("queryMore median at 100,000 / at 1,000: %.2fx (target: within 2x)%n", large / small);
    }

    /** @return the median queryMore latency in milliseconds */
    private static double run(int rows, int passes) throws Exception {
        EmulatorConfig config = EmulatorConfig.builder().host("127.0.0.1").port(0).defaultFixtures(false).build();
        try (EmulatorServer server = EmulatorServer.start(config)) {
            long loadStart = System.nanoTime();
            server.fixtures().load(List.of(dev.boomiemulator.fixtures.FixtureReader.parse("bench", fixture(rows))));
            long loadMillis = (System.nanoTime() - loadStart) / 1_000_000;
            String base = server.baseUrl() + "/api/rest/v1/bench-account/Environment";

            // warm up the JIT on a full pass, then measure
            pageThrough(base, new ArrayList<>());
            List<Double> latencies = new ArrayList<>();
            int pages = 0;
            for (int pass = 0; pass < passes; pass++) {
                pages = pageThrough(base, latencies);
            }
            Collections.sort(latencies);
            double median = latencies.get(latencies.size() / 2);
            double p90 = latencies.get((int) (latencies.size() * 0.9));
            Runtime runtime = Runtime.getRuntime();
            System.gc();
            long heapMb = (runtime.totalMemory() - runtime.freeMemory()) / (1024 * 1024);
            System.out.printf("%,7d environments: loaded in %,d ms; %d pages x %d passes; queryMore median %.2f ms, p90 %.2f ms; heap after GC %d MB%n",
                    rows, loadMillis, pages, passes, median, p90, heapMb);
            return median;
        }
    }

    /** Pages through the whole result; records each queryMore's latency; returns the page count. */
    private static int pageThrough(String base, List<Double> latencies) throws Exception {
        String body = send(base + "/query", "application/json", "");
        int pages = 1;
        Matcher token = TOKEN.matcher(body);
        while (token.find()) {
            long start = System.nanoTime();
            body = send(base + "/queryMore", "text/plain", token.group(1));
            latencies.add((System.nanoTime() - start) / 1e6);
            pages++;
            token = TOKEN.matcher(body);
        }
        return pages;
    }

    private static String send(String url, String contentType, String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", AUTH)
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(url + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    private static String fixture(int rows) {
        StringBuilder json = new StringBuilder(rows * 80);
        json.append("{\"accounts\":[{\"id\":\"bench-account\",\"users\":[{\"username\":\"bench\",\"password\":\"bench\"}],")
                .append("\"platform\":{\"environments\":[");
        for (int i = 0; i < rows; i++) {
            json.append(i == 0 ? "" : ",").append("{\"id\":\"env-").append(i).append("\",\"name\":\"Environment ")
                    .append(i).append("\",\"classification\":\"").append(i % 3 == 0 ? "TEST" : "PROD").append("\"}");
        }
        return json.append("]}}]}").toString();
    }
}
