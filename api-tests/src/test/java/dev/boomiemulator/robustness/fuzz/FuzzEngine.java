package dev.boomiemulator.robustness.fuzz;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sends fuzz cases for every operation of the OpenAPI documents to a running emulator and judges every
 * answer. Case {@code i} is operation {@code i mod n} with input kind {@code (i / n) mod k}, its values
 * drawn from a Random seeded by (seed, i): so every operation meets every kind once per n*k cases, and
 * any single case can be regenerated from the seed and its index.
 */
public final class FuzzEngine {
    private static final Pattern QUERY_TOKEN = Pattern.compile("\"queryToken\"\\s*:\\s*\"([^\"]+)\"");

    /**
     * @param stateSampleEvery one in this many writes is sent alone, between two pictures of the state
     * @param restoreEvery     every this many cases, the clock runs again and the state goes back to the fixtures
     * @param disturbEvery     0, or the mean milliseconds between {@link Disturbances} sent beside the workers; then
     *                         no state checks (the state moves under them) and no slow answers counted as findings
     *                         (a request may wait behind a reset or a load, which hold every account's lock)
     */
    public record Settings(String host, int port, long seed, long requests, int workers, int stateSampleEvery,
                           int restoreEvery, int timeoutMillis, int disturbEvery) {
        public String baseUrl() {
            return "http://" + host + ":" + port;
        }
    }

    private final Settings settings;
    private final List<Operation> operations;
    private final InputKind[] kinds = InputKind.values();
    private final CaseGenerator generator;
    private final FuzzTally tally = new FuzzTally();
    /** Ordinary cases share it; state checks and restores take it alone, so no other request moves the state meanwhile. */
    private final ReadWriteLock stateLock = new ReentrantReadWriteLock();
    private final AtomicLong next = new AtomicLong();
    private final long requests;

    /** With {@code requests} of 0 or less: one full round of operations x input kinds, at least 2,000 cases. */
    public FuzzEngine(Settings settings) {
        this.settings = settings;
        this.operations = OperationCatalog.all();
        this.requests = settings.requests() > 0 ? settings.requests()
                : Math.max(2_000, (long) operations.size() * kinds.length);
        try (RawHttp http = connection()) {
            this.generator = new CaseGenerator(operations, realQueryToken(http));
        }
    }

    public List<Operation> operations() {
        return operations;
    }

    /** How many cases a run sends. */
    public long requests() {
        return requests;
    }

    /** Runs every case, on {@code workers} connections; progress (may be null) every 10,000 cases. */
    public FuzzTally run(PrintStream progress) throws InterruptedException {
        List<Thread> threads = new ArrayList<>();
        for (int w = 0; w < settings.workers(); w++) {
            Thread thread = new Thread(() -> work(progress), "fuzz-" + w);
            threads.add(thread);
            thread.start();
        }
        AtomicBoolean workersDone = new AtomicBoolean();
        Thread disturber = settings.disturbEvery() > 0 ? new Thread(() -> disturb(workersDone), "fuzz-disturber") : null;
        if (disturber != null) {
            disturber.start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        workersDone.set(true);
        if (disturber != null) {
            disturber.join();
        }
        try (RawHttp http = connection()) {
            restore(http);
        }
        return tally;
    }

    /** The request of one case, to reproduce it alone. */
    public FuzzRequest request(long index) {
        Operation operation = operations.get((int) (index % operations.size()));
        InputKind kind = kinds[(int) ((index / operations.size()) % kinds.length)];
        return generator.generate(index, operation, kind, caseRandom(index));
    }

    /** Sends one case and judges the answer. */
    public List<Finding> sendOne(long index, PrintStream out) {
        FuzzRequest request = request(index);
        try (RawHttp http = connection()) {
            RawHttp.Answer answer = http.send(request.method(), request.target(), request.headers(), request.body());
            out.println(request.reproducer(settings.baseUrl(), settings.seed()));
            out.println("-> " + answer.status() + " " + answer.header("content-type") + " in " + answer.millis() + " ms: "
                    + ResponseJudge.excerpt(answer));
            return ResponseJudge.judge(request, answer);
        }
    }

    private void work(PrintStream progress) {
        try (RawHttp http = connection()) {
            long index;
            while ((index = next.getAndIncrement()) < requests) {
                if (index > 0 && index % settings.restoreEvery() == 0) {
                    exclusively(() -> restore(http));
                }
                Random random = caseRandom(index);
                Operation operation = operations.get((int) (index % operations.size()));
                InputKind kind = kinds[(int) ((index / operations.size()) % kinds.length)];
                FuzzRequest request = generator.generate(index, operation, kind, random);
                boolean checkState = operation.isWrite() && random.nextInt(settings.stateSampleEvery()) == 0
                        && settings.disturbEvery() == 0;
                if (checkState) {
                    exclusively(() -> sendWatchingState(http, request));
                } else {
                    stateLock.readLock().lock();
                    try {
                        send(http, request);
                    } finally {
                        stateLock.readLock().unlock();
                    }
                }
                if (progress != null && (index + 1) % 10_000 == 0) {
                    progress.printf("  %,d cases sent, %,d findings so far%n", index + 1, tally.findings());
                }
            }
        }
    }

    private void disturb(AtomicBoolean workersDone) {
        try (RawHttp http = connection()) {
            new Disturbances(http, tally, settings.disturbEvery(), settings.seed()).runUntil(workersDone);
        }
    }

    private RawHttp.Answer send(RawHttp http, FuzzRequest request) {
        RawHttp.Answer answer = http.send(request.method(), request.target(), request.headers(), request.body());
        List<Finding> findings = ResponseJudge.judge(request, answer);
        if (settings.disturbEvery() > 0) {
            findings = findings.stream().filter(finding -> !finding.cause().startsWith("slow")).toList();
        }
        tally.record(request, answer, findings);
        return answer;
    }

    /**
     * Pictures the state twice (if the two differ, the state moves on its own and the check is skipped),
     * sends the write, and if it was refused, pictures the state again: it must not have changed.
     */
    private void sendWatchingState(RawHttp http, FuzzRequest request) {
        // lifecycles move on the clock (runs finish, operations settle): hold it still while watching
        http.send("POST", "/_emulator/clock/freeze", List.of(), null);
        try {
            watchState(http, request);
        } finally {
            http.send("POST", "/_emulator/clock/unfreeze", List.of(), null);
        }
    }

    private void watchState(RawHttp http, FuzzRequest request) {
        Family family = request.operation().family();
        Map<String, String> first = StateFingerprint.take(http, family);
        Map<String, String> before = StateFingerprint.take(http, family);
        RawHttp.Answer answer = send(http, request);
        if (first == null || before == null || answer.status() < 400 || answer.status() >= 500) {
            return;
        }
        if (!first.equals(before)) {
            tally.stateChecked(false);
            return;
        }
        tally.stateChecked(true);
        Map<String, String> after = StateFingerprint.take(http, family);
        if (after != null && !after.equals(before)) {
            tally.add(new Finding("state changed by a refused write", answer.status(), request,
                    "changed: " + StateFingerprint.differences(before, after)));
        }
    }

    /** Clock running at the real time again, every account back to its fixtures. */
    private void restore(RawHttp http) {
        List<String[]> json = List.<String[]>of(new String[] {"Content-Type", "application/json"});
        String clock = "{\"now\":\"" + Instant.now() + "\",\"frozen\":false}";
        http.send("POST", "/_emulator/clock", json, clock.getBytes(StandardCharsets.UTF_8));
        http.send("DELETE", "/_emulator/faults", List.of(), null);
        RawHttp.Answer reset = http.send("POST", "/_emulator/reset", List.of(), null);
        if (reset.status() != 200) {
            tally.add(new Finding("restore failed", reset.status(), request(0), ResponseJudge.excerpt(reset)));
        }
    }

    private void exclusively(Runnable action) {
        stateLock.writeLock().lock();
        try {
            action.run();
        } finally {
            stateLock.writeLock().unlock();
        }
    }

    private Random caseRandom(long index) {
        return new Random(settings.seed() * 0x9E3779B97F4A7C15L + index * 0xBF58476D1CE4E5B9L);
    }

    private RawHttp connection() {
        return new RawHttp(settings.host(), settings.port(), settings.timeoutMillis());
    }

    /** A queryToken the server really issued (the demo account has 300 execution records: several pages). */
    private static String realQueryToken(RawHttp http) {
        RawHttp.Answer answer = http.send("POST", "/api/rest/v1/" + Family.DEMO_ACCOUNT + "/ExecutionRecord/query",
                List.of(new String[] {"Authorization", Family.PLATFORM.authorization()},
                        new String[] {"Content-Type", "application/json"}, new String[] {"Accept", "application/json"}),
                "{}".getBytes(StandardCharsets.UTF_8));
        Matcher token = QUERY_TOKEN.matcher(answer.bodyText());
        return token.find() ? token.group(1) : "bm9uZS1pc3N1ZWQ";
    }
}
