package dev.boomiemulator.platform.query;

import static dev.boomiemulator.db.jooq.Tables.ENVIRONMENT;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.boomiemulator.common.Json;
import dev.boomiemulator.db.Database;
import dev.boomiemulator.platform.environment.Environment;
import dev.boomiemulator.platform.environment.EnvironmentRepository;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A query's pages, whichever way the engine reads them: every match through the filter's index when they fit on one
 * page, or in the paging index's order when they do not. For filters that keep a few rows and filters that keep
 * many, with each sort and direction, the pages joined are the matches in the order the query asks for.
 */
class QueryEnginePagingTest {
    private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

    private final Database database = new Database();
    private final QueryEngine engine = new QueryEngine(database.dsl(), new QueryToken(), database.rowCounts());
    private final List<Stored> stored = new ArrayList<>();

    private record Stored(long seq, String id, String name, String classification, Instant createdDate) {
    }

    @BeforeEach
    void manyEnvironments() {
        database.createSchema();
        Random random = new Random(7);
        String[] names = {"Alpha", "alpha", "Beta", "Gamma", "Delta"};
        for (int i = 0; i < 260; i++) {
            // names and dates repeat, so the order falls back on the sequence
            String name = names[random.nextInt(names.length)] + (random.nextInt(4) == 0 ? "" : " " + random.nextInt(60));
            Instant created = START.plus(Duration.ofHours(random.nextInt(90)));
            String classification = random.nextInt(5) == 0 ? "TEST" : "PROD";
            insert("a", "env-" + i, name, classification, created);
        }
        insert("b", "theirs", "Alpha", "PROD", START); // another account's: never listed
        database.dsl().selectFrom(ENVIRONMENT).where(ENVIRONMENT.ACCOUNT_ID.eq("a")).orderBy(ENVIRONMENT.SEQ)
                .forEach(row -> stored.add(new Stored(row.getSeq(), row.getId(), row.getName(),
                        row.getClassificationCanonical(), row.getCreatedDate().toInstant())));
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void every_filter_and_sort_pages_through_the_matches_in_order() {
        List<Case> cases = List.of(
                new Case(null, stored -> true),
                new Case(filter("name", "EQUALS", "Alpha"), s -> s.name().equals("Alpha")),
                new Case(filter("name", "EQUALS", "No such name"), s -> false),
                new Case(filter("name", "LIKE", "Beta%"), s -> s.name().startsWith("Beta")),
                new Case(filter("classification", "EQUALS", "TEST"), s -> s.classification().equals("TEST")),
                new Case(filter("classification", "EQUALS", "PROD"), s -> s.classification().equals("PROD")));
        int fewSeen = 0;
        int manySeen = 0;
        for (Case matching : cases) {
            for (String sort : new String[] {null, "name ASC", "name DESC", "createdDate ASC", "createdDate DESC"}) {
                List<String> expected = stored.stream().filter(matching.keeps())
                        .sorted(order(sort).thenComparingLong(Stored::seq)).map(Stored::id).toList();
                QueryResult page = engine.query(EnvironmentRepository.QUERY, "a", body(matching.filter(), sort));
                assertThat(page.numberOfResults()).isEqualTo(expected.size());
                List<String> seen = new ArrayList<>(ids(page));
                while (page.queryToken() != null) {
                    page = engine.queryMore(EnvironmentRepository.QUERY, "a", page.queryToken());
                    seen.addAll(ids(page));
                }
                assertThat(seen).as("%s sorted by %s", matching.filter(), sort).isEqualTo(expected);
                if (expected.size() <= QueryEngine.PAGE_SIZE) {
                    fewSeen++;
                } else {
                    manySeen++;
                }
            }
        }
        assertThat(fewSeen).as("queries whose matches fit on one page").isGreaterThan(10);
        assertThat(manySeen).as("queries that page").isGreaterThan(5);
    }

    private record Case(String filter, Predicate<Stored> keeps) {
    }

    private static Comparator<Stored> order(String sort) {
        if (sort == null) {
            return (x, y) -> 0;
        }
        Comparator<Stored> by = sort.startsWith("name") ? Comparator.comparing(Stored::name)
                : Comparator.comparing(Stored::createdDate);
        return sort.endsWith("DESC") ? by.reversed() : by;
    }

    private static JsonNode body(String filter, String sort) {
        List<String> parts = new ArrayList<>();
        if (filter != null) {
            parts.add(filter);
        }
        if (sort != null) {
            String[] field = sort.split(" ");
            parts.add("\"QuerySort\":{\"sortField\":[{\"fieldName\":\"" + field[0] + "\",\"sortOrder\":\"" + field[1] + "\"}]}");
        }
        try {
            return Json.mapper().readTree("{" + String.join(",", parts) + "}");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String filter(String property, String operator, String argument) {
        return "\"QueryFilter\":{\"expression\":{\"property\":\"" + property + "\",\"operator\":\"" + operator
                + "\",\"argument\":[\"" + argument + "\"]}}";
    }

    private static List<String> ids(QueryResult page) {
        return page.result().stream().map(environment -> ((Environment) environment).id()).toList();
    }

    private void insert(String account, String id, String name, String classification, Instant created) {
        database.dsl().insertInto(ENVIRONMENT)
                .set(ENVIRONMENT.ACCOUNT_ID, account)
                .set(ENVIRONMENT.ID, id)
                .set(ENVIRONMENT.NAME, name)
                .set(ENVIRONMENT.CLASSIFICATION, classification)
                .set(ENVIRONMENT.CLASSIFICATION_CANONICAL, classification)
                .set(ENVIRONMENT.CREATED_DATE, created.atOffset(ZoneOffset.UTC))
                .execute();
    }
}
