import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The mixed load of bench/soak.sh: reads, writes, queries (with queryMore), resets and fixture loads
 * against a running emulator, for a given number of seconds, on a few threads. Prints the answers by
 * operation and status at the end; exits 1 if any answer was a 5xx or a request failed.
 *
 * Run: java bench/SoakLoad.java PORT SECONDS [THREADS]
 */
public class SoakLoad {
    private static final String DEMO = "Basic " + b64("demo@example.com:demo-password");
    private static final String DI_TOKEN = "Bearer demo-di-token";
    private static final String PLATFORM = "/api/rest/v1/demo-account";
    private static final String DI = "/v1/accounts/6650a1b2c3d4e5f600000001/environments/6650a1b2c3d4e5f6000000e1";
    private static final Pattern TOKEN = Pattern.compile("\"queryToken\":\"([^\"]+)\"");
    private static final Pattern ID = Pattern.compile("\"id\":\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private final Map<String, AtomicLong> answers = new ConcurrentHashMap<>();
    private final AtomicLong failures = new AtomicLong();

    SoakLoad(int port) {
        base = "http://127.0.0.1:" + port;
    }

    public static void main(String[] args) throws Exception {
        SoakLoad load = new SoakLoad(Integer.parseInt(args[0]));
        long until = System.nanoTime() + Long.parseLong(args[1]) * 1_000_000_000L;
        int threads = args.length > 2 ? Integer.parseInt(args[2]) : 2;
        Thread[] workers = new Thread[threads];
        for (int i = 0; i < threads; i++) {
            Random random = new Random(i);
            workers[i] = new Thread(() -> {
                while (System.nanoTime() < until) {
                    load.oneStep(random);
                }
            });
            workers[i].start();
        }
        for (Thread worker : workers) {
            worker.join();
        }
        load.printSummary();
        System.exit(load.failures.get() == 0 ? 0 : 1);
    }

    private void oneStep(Random random) {
        int dice = random.nextInt(100);
        try {
            if (dice < 30) {
                read(random);
            } else if (dice < 55) {
                query();
            } else if (dice < 85) {
                write(random);
            } else if (dice < 93) {
                call("reset account", "POST", "/_emulator/reset/demo-account", null, null);
            } else if (dice < 95) {
                call("reset all", "POST", "/_emulator/reset", null, null);
            } else {
                loadFixture(random);
            }
        } catch (Exception e) {
            failures.incrementAndGet();
            count("failed: " + e.getClass().getSimpleName());
        }
    }

    private void read(Random random) throws Exception {
        switch (random.nextInt(5)) {
            case 0 -> call("GET Environment", "GET", PLATFORM + "/Environment/3f1c2a9e-0b7d-4c55-9a11-000000000001", DEMO, null);
            case 1 -> call("GET Process", "GET", PLATFORM + "/Process/7c4b2e10-5f6a-4b8c-9d0e-000000000001", DEMO, null);
            case 2 -> call("DI GET rivers", "GET", DI + "/rivers", DI_TOKEN, null);
            case 3 -> call("DI GET connections", "GET", DI + "/connections", DI_TOKEN, null);
            default -> call("CN getEnvironmentsForAccount", "POST", "/ws/simple/getEnvironmentsForAccount", DEMO,
                    "{\"accountId\":\"demo-account\"}");
        }
    }

    /** An execution record query paged through with queryMore. */
    private void query() throws Exception {
        String page = call("query ExecutionRecord", "POST", PLATFORM + "/ExecutionRecord/query", DEMO, "{}");
        for (int i = 0; i < 3 && page != null; i++) {
            Matcher token = TOKEN.matcher(page);
            if (!token.find()) {
                return;
            }
            page = call("queryMore ExecutionRecord", "POST", PLATFORM + "/ExecutionRecord/queryMore", DEMO, token.group(1));
        }
    }

    private void write(Random random) throws Exception {
        switch (random.nextInt(4)) {
            case 0 -> {
                String created = call("create+delete Environment", "POST", PLATFORM + "/Environment", DEMO,
                        "{\"name\":\"Soak " + random.nextInt(1_000_000) + "\",\"classification\":\"TEST\"}");
                Matcher id = created == null ? null : ID.matcher(created);
                if (id != null && id.find()) {
                    call("create+delete Environment", "DELETE", PLATFORM + "/Environment/" + id.group(1), DEMO, null);
                }
            }
            case 1 -> call("ExecutionRequest", "POST", PLATFORM + "/ExecutionRequest", DEMO,
                    "{\"@type\":\"ExecutionRequest\",\"atomId\":\"5d8e7b1c-1a2b-4c3d-8e9f-00000000a701\","
                            + "\"processId\":\"7c4b2e10-5f6a-4b8c-9d0e-000000000001\"}");
            case 2 -> call("update Process", "POST", PLATFORM + "/Process/7c4b2e10-5f6a-4b8c-9d0e-000000000005/update", DEMO,
                    "{\"name\":\"Draft " + random.nextInt(1000) + "\"}");
            default -> call("DI PUT variables", "PUT", DI + "/variables", DI_TOKEN,
                    "{\"variables\":{\"SOAK\":\"" + random.nextInt(1000) + "\"}}");
        }
    }

    /** One of three small accounts: the first load of each is taken, later ones are refused as duplicates. */
    private void loadFixture(Random random) throws Exception {
        String account = "soak-" + random.nextInt(3);
        call("load fixture", "POST", "/_emulator/fixtures?name=" + account + ".json", null,
                "{\"accounts\":[{\"id\":\"" + account + "\",\"users\":[{\"username\":\"" + account + "\",\"password\":\"pw\"}],"
                        + "\"platform\":{\"environments\":[{\"id\":\"" + account + "-env\",\"name\":\"Soak\"}]}}]}");
    }

    /** @return the body of a 2xx answer, else null */
    private String call(String label, String method, String path, String authorization, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(10))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        if (body != null) {
            request.header("Content-Type", body.startsWith("{") ? "application/json" : "text/plain");
        }
        HttpResponse<String> answer = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        count(label + " " + answer.statusCode());
        if (answer.statusCode() >= 500) {
            failures.incrementAndGet();
        }
        return answer.statusCode() < 300 ? answer.body() : null;
    }

    private void count(String key) {
        answers.computeIfAbsent(key, k -> new AtomicLong()).incrementAndGet();
    }

    private void printSummary() {
        long total = answers.values().stream().mapToLong(AtomicLong::get).sum();
        System.out.printf("soak load: %,d requests, %d failures (5xx or no answer)%n", total, failures.get());
        new TreeMap<>(answers).forEach((key, n) -> System.out.printf("  %-40s %,8d%n", key, n.get()));
    }

    private static String b64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
}
