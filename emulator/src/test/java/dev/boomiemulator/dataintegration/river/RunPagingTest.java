package dev.boomiemulator.dataintegration.river;

import static org.assertj.core.api.Assertions.assertThat;

import dev.boomiemulator.db.Database;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The runs list pages in the database: every order, direction, filter and page gives exactly what ordering and
 * paging the whole list in memory gave (the list's earlier way, kept here as the reference).
 */
class RunPagingTest {
    private static final String ACCOUNT = "a";
    private static final String ENVIRONMENT = "e";
    private static final String RIVER = "r";
    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");

    private final Database database = new Database();
    private final RunRepository runs = new RunRepository(database.dsl());
    private final List<Run> stored = new ArrayList<>();

    @BeforeEach
    void manyRuns() {
        database.createSchema();
        Random random = new Random(13);
        String[] targets = {"ORDERS", "Orders", "LINES", "lines", null, "ZED"};
        String[] groups = {"GroupA", "groupa", "GROUPB"};
        for (int i = 0; i < 60; i++) {
            // a few share a request time, so the order falls back on the sequence
            Instant requested = NOW.minus(Duration.ofMinutes(random.nextInt(40) * 30L));
            Instant end = requested.plus(Duration.ofMinutes(random.nextInt(3) == 0 ? 60 * 48 : 10));
            Run run = new Run(0, "run" + i, groups[random.nextInt(groups.length)], ENVIRONMENT, RIVER,
                    random.nextBoolean() ? null : "Sub" + random.nextInt(2), targets[random.nextInt(targets.length)],
                    "source", "ds", requested, requested.plusSeconds(5), end, "succeeded", null,
                    random.nextInt(5) * 0.5, List.of());
            RunRepository.insert(database.dsl(), ACCOUNT, run);
        }
        // a run of another data flow and one of another account: never listed
        RunRepository.insert(database.dsl(), ACCOUNT, new Run(0, "other", "g", ENVIRONMENT, "r2", null, "ORDERS",
                "s", "d", NOW, NOW, NOW, "succeeded", null, 1, List.of()));
        RunRepository.insert(database.dsl(), "b", new Run(0, "theirs", "g", ENVIRONMENT, RIVER, null, "ORDERS",
                "s", "d", NOW, NOW, NOW, "succeeded", null, 1, List.of()));
        stored.addAll(runs.page(ACCOUNT, ENVIRONMENT, RIVER, query(null, null, null, "start_time", true,
                Instant.EPOCH, NOW.plusSeconds(1)), NOW, 0, 1000).runs());
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void every_order_filter_and_page_is_the_one_the_whole_list_gives() {
        assertThat(stored).hasSize(60);
        Instant from = NOW.minus(Duration.ofHours(12));
        for (String sortBy : List.of("start_time", "units", "table_name")) {
            for (boolean ascending : List.of(true, false)) {
                for (RunService.RunQuery query : List.of(
                        query(null, null, null, sortBy, ascending, Instant.EPOCH, NOW),
                        query(null, null, null, sortBy, ascending, from, NOW.minus(Duration.ofHours(2))),
                        query("ORDERS", null, null, sortBy, ascending, Instant.EPOCH, NOW),
                        query(null, "GROUPA", null, sortBy, ascending, Instant.EPOCH, NOW),
                        query(null, null, "sub1", sortBy, ascending, Instant.EPOCH, NOW))) {
                    List<Run> whole = inMemory(query);
                    for (int perPage : List.of(7, 25, 200)) {
                        for (int page = 1; page <= whole.size() / perPage + 2; page++) {
                            long offset = (long) (page - 1) * perPage;
                            RunRepository.RunPage found = runs.page(ACCOUNT, ENVIRONMENT, RIVER, query, NOW, offset, perPage);
                            List<Run> expected = whole.subList((int) Math.min(offset, whole.size()),
                                    (int) Math.min(offset + perPage, whole.size()));
                            assertThat(found.runs()).as("%s, page %d of %d", query, page, perPage).isEqualTo(expected);
                            assertThat(found.total()).isEqualTo(whole.size());
                        }
                    }
                }
            }
        }
    }

    /** The list's earlier way: every run of the data flow read, filtered and ordered here. */
    private List<Run> inMemory(RunService.RunQuery query) {
        Comparator<Run> order = switch (query.sortBy()) {
            case "units" -> Comparator.comparingDouble(run -> run.finishedAt(NOW) ? run.units() : 0);
            case "table_name" -> Comparator.comparing(Run::targetName, Comparator.nullsLast(Comparator.naturalOrder()));
            default -> Comparator.comparing(Run::requestedAt);
        };
        if (!query.ascending()) {
            order = query.sortBy().equals("table_name")
                    ? Comparator.comparing(Run::targetName, Comparator.nullsLast(Comparator.<String>reverseOrder()))
                    : order.reversed();
        }
        Comparator<Run> bySeq = Comparator.comparingLong(Run::seq);
        Predicate<Run> kept = run -> !run.requestedAt().isBefore(query.start()) && !run.requestedAt().isAfter(query.end())
                && (query.targetName() == null || query.targetName().equals(run.targetName()))
                && (query.runGroupId() == null || query.runGroupId().equalsIgnoreCase(run.groupId()))
                && (query.subRiverId() == null || query.subRiverId().equalsIgnoreCase(run.subRiverId()));
        return stored.stream().filter(kept).sorted(order.thenComparing(query.ascending() ? bySeq : bySeq.reversed()))
                .toList();
    }

    private static RunService.RunQuery query(String target, String group, String subRiver, String sortBy,
                                             boolean ascending, Instant start, Instant end) {
        return new RunService.RunQuery(start, end, target, group, subRiver, sortBy, ascending);
    }
}
