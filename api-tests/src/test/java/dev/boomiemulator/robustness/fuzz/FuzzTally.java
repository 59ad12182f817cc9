package dev.boomiemulator.robustness.fuzz;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Counts of answers per family and findings grouped by cause, status, operation and input kind. Thread-safe. */
public final class FuzzTally {
    private final Map<Family, Counts> families = new EnumMap<>(Family.class);
    private final Map<String, Group> groups = new LinkedHashMap<>();
    private long stateChecks;
    private long volatileFingerprints;

    /** Per-family answer counts. */
    private static final class Counts {
        long requests;
        long success;
        final Map<Integer, Long> clientErrors = new TreeMap<>();
        long serverErrors;
        long hangs;
        long dropped;
        long wrongShapes;
        long slow;
    }

    /** The findings of one group and the first one seen, whose request is the reproducer. */
    private static final class Group {
        long count;
        final Finding first;

        Group(Finding first) {
            this.first = first;
        }
    }

    synchronized void record(FuzzRequest request, RawHttp.Answer answer, List<Finding> findings) {
        Counts counts = families.computeIfAbsent(request.operation().family(), f -> new Counts());
        counts.requests++;
        int status = answer.status();
        if (answer.timedOut()) {
            counts.hangs++;
        } else if (answer.failure() != null) {
            counts.dropped++;
        } else if (status >= 500) {
            counts.serverErrors++;
        } else if (status >= 400) {
            counts.clientErrors.merge(status, 1L, Long::sum);
        } else if (status >= 200 && status < 300) {
            counts.success++;
        }
        if (findings.stream().anyMatch(f -> f.cause().startsWith("wrong") || f.cause().startsWith("no Content-Type"))) {
            counts.wrongShapes++;
        }
        if (findings.stream().anyMatch(f -> f.cause().startsWith("slow"))) {
            counts.slow++;
        }
        findings.forEach(this::add);
    }

    synchronized void add(Finding finding) {
        groups.computeIfAbsent(finding.groupKey(), key -> new Group(finding)).count++;
    }

    synchronized void stateChecked(boolean fingerprintWasStable) {
        stateChecks++;
        if (!fingerprintWasStable) {
            volatileFingerprints++;
        }
    }

    public synchronized long requests() {
        return families.values().stream().mapToLong(c -> c.requests).sum();
    }

    public synchronized long findings() {
        return groups.values().stream().mapToLong(g -> g.count).sum();
    }

    public synchronized long stateChecks() {
        return stateChecks;
    }

    /** Requests and answers per family, then every finding group under its cause, with one reproducer each. */
    public synchronized String report(String baseUrl, long seed) {
        StringBuilder out = new StringBuilder();
        out.append(String.format("fuzz seed %d: %,d requests, %,d findings in %d groups; %d state checks (%d skipped: state moved on its own)%n",
                seed, requests(), findings(), groups.size(), stateChecks, volatileFingerprints));
        families.forEach((family, c) -> out.append(String.format(
                "  %-16s requests %,7d  2xx %,6d  4xx %s  5xx %,d  hangs %d  dropped %d  wrong shapes %,d  slow %d%n",
                family, c.requests, c.success, c.clientErrors, c.serverErrors, c.hangs, c.dropped, c.wrongShapes, c.slow)));
        // cause, then (status, input kind); the operations of a sub-group on one line, one reproducer
        Map<String, Map<String, List<Group>>> byCause = new TreeMap<>();
        groups.values().forEach(g -> byCause.computeIfAbsent(g.first.cause(), k -> new TreeMap<>())
                .computeIfAbsent(g.first.status() + " | " + g.first.request().kind(), k -> new ArrayList<>()).add(g));
        byCause.forEach((cause, subGroups) -> {
            long total = subGroups.values().stream().flatMap(List::stream).mapToLong(g -> g.count).sum();
            long operations = subGroups.values().stream().flatMap(List::stream)
                    .map(g -> g.first.request().operation().operationId()).distinct().count();
            out.append(String.format("%n%s: %,d findings, %d operations (status | input kind: count, operations)%n",
                    cause, total, operations));
            subGroups.forEach((statusAndKind, list) -> {
                list.sort(Comparator.comparingLong((Group g) -> -g.count).thenComparing(g -> g.first.groupKey()));
                long count = list.stream().mapToLong(g -> g.count).sum();
                StringBuilder names = new StringBuilder();
                for (int i = 0; i < list.size(); i++) {
                    if (i == 8) {
                        names.append(", ... ").append(list.size() - 8).append(" more");
                        break;
                    }
                    names.append(i == 0 ? "" : ", ").append(list.get(i).first.request().operation().operationId())
                            .append(list.get(i).count > 1 ? " x" + list.get(i).count : "");
                }
                Finding f = list.get(0).first;
                out.append(String.format("  %s: %,d, %s%n", statusAndKind, count, names));
                out.append("      e.g. ").append(f.request().reproducer(baseUrl, seed)).append('\n');
                if (f.evidence() != null && !f.evidence().isBlank()) {
                    out.append("      -> ").append(f.evidence()).append('\n');
                }
            });
        });
        return out.toString();
    }
}
