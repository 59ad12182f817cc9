import static dev.boomiemulator.db.jooq.Tables.DI_RUN;

import dev.boomiemulator.dataintegration.river.Run;
import dev.boomiemulator.dataintegration.river.RunRepository;
import dev.boomiemulator.dataintegration.river.RunService;
import dev.boomiemulator.db.Database;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A Data Integration runs list (GET .../rivers/{id}/runs) as the data flow's runs grow: the first page as the
 * database pages it now, against the whole list read, sorted and paged in memory as it was before (issue 13: "Data
 * Integration lists page in memory"). On the store itself, a private H2 database, without HTTP around it.
 *
 * Run: java -cp emulator/target/boomi-emulator.jar bench/RunsPagingBench.java [sizes, default 1000,100000]
 */
public class RunsPagingBench {
    private static final Instant NOW = Instant.parse("2026-03-01T00:00:00Z");

    public static void main(String[] args) {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        for (String size : (args.length > 0 ? args[0] : "1000,100000").split(",")) {
            measure(Integer.parseInt(size.trim()));
        }
    }

    private static void measure(int count) {
        try (Database database = new Database()) {
            database.createSchema();
            insertRuns(database, count);
            RunRepository runs = new RunRepository(database.dsl());
            RunService.RunQuery newestFirst = new RunService.RunQuery(NOW.minus(Duration.ofDays(400)), NOW, null, null,
                    null, "start_time", false);
            double paged = millisPer(50, () -> runs.page("a", "e", "r", newestFirst, NOW, 0, 20));
            double whole = millisPer(5, () -> {
                List<Run> all = new ArrayList<>(runs.page("a", "e", "r", newestFirst, NOW, 0, Integer.MAX_VALUE).runs());
                all.sort(Comparator.comparing(Run::requestedAt).reversed());
                return all.subList(0, Math.min(20, all.size()));
            });
            System.out.printf("%,9d runs: first page of 20 paged by the database %7.2f ms; the whole list read and "
                    + "paged in memory %8.1f ms%n", count, paged, whole);
        }
    }

    /** The mean time of one call, after as many calls again to warm up. */
    private static double millisPer(int calls, java.util.function.Supplier<?> call) {
        for (int i = 0; i < calls; i++) {
            call.get();
        }
        long start = System.nanoTime();
        for (int i = 0; i < calls; i++) {
            call.get();
        }
        return (System.nanoTime() - start) / 1e6 / calls;
    }

    private static void insertRuns(Database database, int count) {
        for (int chunk = 0; chunk < count; chunk += 1000) {
            var insert = database.dsl().insertInto(DI_RUN, DI_RUN.ACCOUNT_ID, DI_RUN.ENVIRONMENT_ID, DI_RUN.RIVER_ID,
                    DI_RUN.ID, DI_RUN.GROUP_ID, DI_RUN.TARGET_NAME, DI_RUN.SOURCE_NAME, DI_RUN.DATASOURCE_ID,
                    DI_RUN.REQUESTED_AT, DI_RUN.RUNNING_AT, DI_RUN.END_AT, DI_RUN.OUTCOME, DI_RUN.UNITS);
            for (int i = chunk; i < Math.min(count, chunk + 1000); i++) {
                OffsetDateTime at = NOW.minusSeconds(i * 60L).atOffset(ZoneOffset.UTC);
                insert = insert.values("a", "e", "r", "run" + i, "group" + i, "TABLE_" + (i % 7), "source", "ds", at,
                        at, at, "succeeded", 1.0);
            }
            insert.execute();
        }
    }
}
