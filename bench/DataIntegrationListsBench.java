import static dev.boomiemulator.db.jooq.Tables.DI_RIVER;
import static dev.boomiemulator.db.jooq.Tables.DI_RUN;

import dev.boomiemulator.dataintegration.river.River;
import dev.boomiemulator.dataintegration.river.RiverRepository;
import dev.boomiemulator.dataintegration.river.RiverService;
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
 * Data Integration lists as they grow: a data flow's runs (GET .../rivers/{id}/runs) and an environment's data flows
 * (GET .../rivers). The first page as the database pages it now, against the whole list read, sorted and paged in
 * memory as it was before (issue 13: "Data Integration lists page in memory"). On the store itself, a private H2
 * database, without HTTP around it.
 *
 * Run: java -cp emulator/target/boomi-emulator.jar bench/DataIntegrationListsBench.java [sizes, default 1000,100000]
 */
public class DataIntegrationListsBench {
    private static final Instant NOW = Instant.parse("2026-03-01T00:00:00Z");

    public static void main(String[] args) {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        for (String size : (args.length > 0 ? args[0] : "1000,100000").split(",")) {
            measureRuns(Integer.parseInt(size.trim()));
        }
        for (String size : (args.length > 0 ? args[0] : "1000,100000").split(",")) {
            measureRivers(Integer.parseInt(size.trim()));
        }
    }

    private static void measureRivers(int count) {
        try (Database database = new Database()) {
            database.createSchema();
            insertRivers(database, count);
            RiverRepository rivers = new RiverRepository(database.dsl());
            RiverService.ListQuery newestFirst = new RiverService.ListQuery(null, null, List.of(), List.of(), List.of(),
                    null, null, false, "last_updated_at", false);
            RiverService.ListQuery byName = new RiverService.ListQuery("flow 1", null, List.of(), List.of(), List.of(),
                    null, null, false, "river_name", true);
            double paged = millisPer(50, i -> rivers.page("a", "e", newestFirst, 0, 20 + i % 2));
            double named = millisPer(50, i -> rivers.page("a", "e", byName, 0, 20 + i % 2));
            double whole = millisPer(5, i -> {
                List<River> all = new ArrayList<>(rivers.list("a", "e"));
                all.sort(Comparator.comparing(River::lastUpdatedAt).reversed().thenComparing(River::seq));
                return all.subList(0, Math.min(20, all.size()));
            });
            System.out.printf("%,9d data flows: first page of 20 paged by the database %7.2f ms (name filter, by name "
                    + "%7.2f ms); the whole list read and paged in memory %8.1f ms%n", count, paged, named, whole);
        }
    }

    private static void measureRuns(int count) {
        try (Database database = new Database()) {
            database.createSchema();
            insertRuns(database, count);
            RunRepository runs = new RunRepository(database.dsl());
            RunService.RunQuery newestFirst = new RunService.RunQuery(NOW.minus(Duration.ofDays(400)), NOW, null, null,
                    null, "start_time", false);
            double paged = millisPer(50, i -> runs.page("a", "e", "r", newestFirst, NOW, 0, 20 + i % 2));
            double whole = millisPer(5, i -> {
                List<Run> all = new ArrayList<>(runs.page("a", "e", "r", newestFirst, NOW, 0, Integer.MAX_VALUE).runs());
                all.sort(Comparator.comparing(Run::requestedAt).reversed());
                return all.subList(0, Math.min(20, all.size()));
            });
            System.out.printf("%,9d runs: first page of 20 paged by the database %7.2f ms; the whole list read and "
                    + "paged in memory %8.1f ms%n", count, paged, whole);
        }
    }

    /**
     * The mean time of one call, after as many calls again to warm up. Each call is given its number: H2 answers a
     * statement run again with the same arguments from the result it kept, so calls vary their page size by one.
     */
    private static double millisPer(int calls, java.util.function.IntFunction<?> call) {
        for (int i = 0; i < calls; i++) {
            call.apply(i);
        }
        long start = System.nanoTime();
        for (int i = 0; i < calls; i++) {
            call.apply(i);
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

    private static void insertRivers(Database database, int count) {
        String definition = "{\"metadata\":{\"description\":\"a data flow\"},\"properties\":{\"source\":"
                + "{\"name\":\"mysql\"},\"target\":{\"name\":\"snowflake\"}},\"schedulers\":[]}";
        for (int chunk = 0; chunk < count; chunk += 1000) {
            var insert = database.dsl().insertInto(DI_RIVER, DI_RIVER.ACCOUNT_ID, DI_RIVER.ENVIRONMENT_ID, DI_RIVER.ID,
                    DI_RIVER.NAME, DI_RIVER.TYPE, DI_RIVER.KIND, DI_RIVER.GROUP_ID, DI_RIVER.GROUP_NAME,
                    DI_RIVER.STATUS, DI_RIVER.IS_API_V2, DI_RIVER.IS_DELETED, DI_RIVER.DEFINITION, DI_RIVER.CREATED_AT,
                    DI_RIVER.LAST_UPDATED_AT, DI_RIVER.CURRENT_VERSION_ID);
            for (int i = chunk; i < Math.min(count, chunk + 1000); i++) {
                OffsetDateTime at = NOW.minusSeconds(i * 60L).atOffset(ZoneOffset.UTC);
                insert = insert.values("a", "e", String.format("%024x", i), "Flow " + i, "source_to_target",
                        "main_river", "g", "Default", "disabled", true, false, definition, at, at, "v" + i);
            }
            insert.execute();
        }
    }
}
