package dev.boomiemulator.robustness.fuzz;

import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * What a test suite does to a shared emulator while other requests are in flight: resets of the whole store or of one
 * account, a whole-state or one-account state document loaded back, the clock moved on, the journal cleared. Run
 * beside the fuzz workers (never between them), each must succeed, and no fuzzed request may get a 5xx, hang or drop
 * because of it: "no 500 for any race" across every operation, where the race tests cover a few writers each.
 */
final class Disturbances {
    private static final List<String> ACCOUNTS = List.of(Family.DEMO_ACCOUNT, "other-account");
    private static final byte[] NO_BODY = null;
    private static final List<String[]> JSON = List.<String[]>of(new String[] {"Content-Type", "application/json"});

    private final RawHttp http;
    private final FuzzTally tally;
    private final int everyMillis;
    private final Random random;
    /** The whole state as the run began: loading it back also keeps what a reset returns to. */
    private final byte[] fixtures;
    private long sent;

    Disturbances(RawHttp http, FuzzTally tally, int everyMillis, long seed) {
        this.http = http;
        this.tally = tally;
        this.everyMillis = everyMillis;
        this.random = new Random(seed);
        this.fixtures = http.send("GET", "/_emulator/state", List.of(), null).body();
    }

    /** Disturbs, one thing every {@code everyMillis} on average, until {@code done} is set. */
    void runUntil(AtomicBoolean done) {
        while (!done.get()) {
            pause(random.nextInt(2 * everyMillis + 1));
            if (!done.get()) {
                disturbOnce();
            }
        }
    }

    /** How many disturbances were sent. */
    long sent() {
        return sent;
    }

    private void disturbOnce() {
        String account = ACCOUNTS.get(random.nextInt(ACCOUNTS.size()));
        switch (random.nextInt(6)) {
            case 0 -> send("reset", "POST", "/_emulator/reset", NO_BODY);
            case 1 -> send("resetAccount", "POST", "/_emulator/reset/" + account, NO_BODY);
            case 2 -> send("loadState", "POST", "/_emulator/state", fixtures);
            case 3 -> {
                String path = "/_emulator/state?accountId=" + account;
                RawHttp.Answer exported = send("exportState", "GET", path, NO_BODY);
                if (exported.status() == 200) {
                    send("loadState", "POST", path, exported.body());
                }
            }
            case 4 -> send("advanceClock", "POST", "/_emulator/clock/advance?seconds=" + (1 + random.nextInt(600)), NO_BODY);
            default -> send("clearRequests", "DELETE", "/_emulator/requests", NO_BODY);
        }
    }

    private RawHttp.Answer send(String operationId, String method, String target, byte[] body) {
        List<String[]> headers = body == null ? List.of() : JSON;
        // an operation of its own name for the report's groups; loadState is not among the fuzzed operations
        Operation operation = new Operation(Family.CONTROL, method, target.replaceFirst("\\?.*", ""), operationId,
                List.of(), List.of(), null, List.of());
        FuzzRequest request = new FuzzRequest(-1, operation, InputKind.VALID, method, target, headers, body,
                "disturbance " + (++sent) + ", beside the fuzz workers");
        RawHttp.Answer answer = http.send(method, target, headers, body);
        List<Finding> findings = answer.status() >= 200 && answer.status() < 300 ? List.of()
                : List.of(new Finding(answer.failure() != null ? "disturbance failed: " + answer.failure()
                        : "disturbance refused", answer.status(), request, ResponseJudge.excerpt(answer)));
        tally.record(request, answer, findings);
        return answer;
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
