package dev.boomiemulator.robustness.fuzz;

import java.util.List;

/**
 * The long fuzz run against an emulator that is already listening (bench/fuzz.sh starts the jar).
 * <pre>
 *   FuzzMain --port N [--host H] [--requests 100000] [--seed S] [--workers 4] [--disturb MS] [--case I]
 * </pre>
 * {@code --disturb MS} sends resets, state loads, clock moves and journal clears beside the workers, one every MS
 * milliseconds on average ({@link Disturbances}).
 * {@code --case I} sends only case I of the seed and prints the request and the answer: the way to
 * replay a reproducer from the report. Exit status 1 when anything was found.
 */
public final class FuzzMain {
    private FuzzMain() {
    }

    public static void main(String[] args) throws Exception {
        String host = "127.0.0.1";
        int port = 8080;
        long requests = 100_000;
        long seed = System.nanoTime();
        int workers = 4;
        long only = -1;
        int disturbEvery = 0;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--host" -> host = args[i + 1];
                case "--port" -> port = Integer.parseInt(args[i + 1]);
                case "--requests" -> requests = Long.parseLong(args[i + 1]);
                case "--seed" -> seed = Long.parseLong(args[i + 1]);
                case "--workers" -> workers = Integer.parseInt(args[i + 1]);
                case "--case" -> only = Long.parseLong(args[i + 1]);
                case "--disturb" -> disturbEvery = Integer.parseInt(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown flag " + args[i]);
            }
        }
        FuzzEngine.Settings settings = new FuzzEngine.Settings(host, port, seed, requests, workers, 50, 1_000, 10_000,
                disturbEvery);
        FuzzEngine engine = new FuzzEngine(settings);
        if (only >= 0) {
            List<Finding> findings = engine.sendOne(only, System.out);
            findings.forEach(f -> System.out.println("finding: " + f.cause()));
            System.exit(findings.isEmpty() ? 0 : 1);
        }
        System.out.printf("fuzzing %s with seed %d: %,d cases over %d operations x %d input kinds, %d workers%s%n",
                settings.baseUrl(), seed, requests, engine.operations().size(), InputKind.values().length, workers,
                disturbEvery > 0 ? ", a disturbance every " + disturbEvery + " ms" : "");
        long start = System.nanoTime();
        FuzzTally tally = engine.run(System.out);
        long seconds = Math.max(1, (System.nanoTime() - start) / 1_000_000_000);
        System.out.println(tally.report(settings.baseUrl(), seed));
        System.out.printf("%,d requests in %d s (%,d/s)%n", tally.requests(), seconds, tally.requests() / seconds);
        System.exit(tally.findings() == 0 ? 0 : 1);
    }
}
