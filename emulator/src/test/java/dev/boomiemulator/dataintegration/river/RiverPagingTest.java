package dev.boomiemulator.dataintegration.river;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.boomiemulator.db.Database;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * List Data Flows pages in the database: every filter that needs no definition, every order but the source name's,
 * both directions and every page give exactly what filtering, ordering and paging the whole environment in memory
 * gave (the list's earlier way, kept here as the reference).
 */
class RiverPagingTest {
    private static final String ACCOUNT = "a";
    private static final String ENVIRONMENT = "e";
    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");

    private final Database database = new Database();
    private final RiverRepository rivers = new RiverRepository(database.dsl());
    private final List<River> stored = new ArrayList<>();

    @BeforeEach
    void manyRivers() {
        database.createSchema();
        Random random = new Random(17);
        // LIKE's wildcards in names: a filter for "50%" or "a_b" matches them literally
        String[] names = {"Orders", "orders sync", "ORDERS 50%", "Lines", "a_b copy", "axb copy", "Zed", "zed!"};
        String[][] groups = {{"g1", "Sales"}, {"g2", "sales ops"}, {"G3", "Finance_2"}};
        for (int i = 0; i < 70; i++) {
            String[] group = groups[random.nextInt(groups.length)];
            // a few share a last update, so the order falls back on creation
            Instant updated = NOW.minus(Duration.ofMinutes(random.nextInt(20) * 15L));
            boolean sub = random.nextInt(8) == 0;
            insert(ACCOUNT, ENVIRONMENT, "river" + i, names[random.nextInt(names.length)] + (random.nextBoolean() ? "" : " " + i),
                    random.nextInt(3) == 0 ? "logic" : River.SOURCE_TO_TARGET, sub ? "main0" : null, group[0], group[1],
                    random.nextBoolean() ? River.ACTIVE : River.DISABLED, random.nextInt(4) != 0, random.nextInt(6) == 0,
                    updated);
        }
        // a data flow of another environment and one of another account: never listed
        insert(ACCOUNT, "e2", "elsewhere", "Orders", River.SOURCE_TO_TARGET, null, "g1", "Sales", River.ACTIVE, true, false, NOW);
        insert("b", ENVIRONMENT, "theirs", "Orders", River.SOURCE_TO_TARGET, null, "g1", "Sales", River.ACTIVE, true, false, NOW);
        stored.addAll(rivers.list(ACCOUNT, ENVIRONMENT));
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void every_filter_order_and_page_is_the_one_the_whole_environment_gives() {
        assertThat(stored).hasSize(70);
        for (String sortBy : List.of("last_updated_at", "river_name", "group_name", "group_id")) {
            for (boolean ascending : List.of(true, false)) {
                for (RiverService.ListQuery query : List.of(
                        query(null, null, List.of(), List.of(), List.of(), null, false, sortBy, ascending),
                        query(null, null, List.of(), List.of(), List.of(), null, true, sortBy, ascending),
                        query("ORDERS", null, List.of(), List.of(), List.of(), null, false, sortBy, ascending),
                        query("50%", null, List.of(), List.of(), List.of(), null, true, sortBy, ascending),
                        query("a_b", "SALES", List.of(), List.of(), List.of(), null, false, sortBy, ascending),
                        query(null, "e_2", List.of("g1", "G3"), List.of(River.ACTIVE), List.of(), null, false, sortBy, ascending),
                        query(null, null, List.of(), List.of(), List.of("logic"), "API_V2", true, sortBy, ascending),
                        query(null, null, List.of(), List.of(River.DISABLED), List.of(), "ui", false, sortBy, ascending),
                        query(null, null, List.of(), List.of(), List.of(), "console", false, sortBy, ascending))) {
                    List<River> whole = inMemory(query);
                    for (int perPage : List.of(6, 25, 200)) {
                        for (int page = 1; page <= whole.size() / perPage + 2; page++) {
                            long offset = (long) (page - 1) * perPage;
                            RiverRepository.RiverPage found = rivers.page(ACCOUNT, ENVIRONMENT, query, offset, perPage);
                            List<River> expected = whole.subList((int) Math.min(offset, whole.size()),
                                    (int) Math.min(offset + perPage, whole.size()));
                            assertThat(ids(found.rivers())).as("%s, page %d of %d", query, page, perPage)
                                    .isEqualTo(ids(expected));
                            assertThat(found.total()).isEqualTo(whole.size());
                        }
                    }
                    assertThat(ids(rivers.ordered(ACCOUNT, ENVIRONMENT, query))).isEqualTo(ids(whole));
                }
            }
        }
    }

    /** The list's earlier way: every data flow of the environment read, filtered and ordered here. */
    private List<River> inMemory(RiverService.ListQuery query) {
        Predicate<River> keep = river -> river.mainRiverId() == null
                && (query.includeDeleted() || !river.isDeleted())
                && (query.name() == null || containsIgnoringCase(river.name(), query.name()))
                && (query.groupName() == null || containsIgnoringCase(river.groupName(), query.groupName()))
                && (query.groupIds().isEmpty() || query.groupIds().contains(river.groupId()))
                && (query.statuses().isEmpty() || query.statuses().contains(river.status()))
                && (query.types().isEmpty() || query.types().contains(river.type()))
                && (query.interfaceType() == null || switch (query.interfaceType().toLowerCase(Locale.ROOT)) {
                    case "api_v2" -> river.isApiV2();
                    case "ui" -> !river.isApiV2();
                    default -> false;
                });
        Comparator<River> order = switch (query.sortBy()) {
            case "river_name" -> Comparator.comparing((River river) -> river.name().toLowerCase(Locale.ROOT));
            case "group_name" -> Comparator.comparing((River river) -> river.groupName().toLowerCase(Locale.ROOT));
            case "group_id" -> Comparator.comparing(River::groupId);
            default -> Comparator.comparing(River::lastUpdatedAt);
        };
        if (!query.ascending()) {
            order = order.reversed();
        }
        return stored.stream().filter(keep).sorted(order.thenComparing(River::seq)).toList();
    }

    private static boolean containsIgnoringCase(String text, String part) {
        return text.toLowerCase(Locale.ROOT).contains(part.toLowerCase(Locale.ROOT));
    }

    private static List<String> ids(List<River> rivers) {
        return rivers.stream().map(River::id).toList();
    }

    private static RiverService.ListQuery query(String name, String groupName, List<String> groupIds,
                                                List<String> statuses, List<String> types, String interfaceType,
                                                boolean includeDeleted, String sortBy, boolean ascending) {
        return new RiverService.ListQuery(name, groupName, groupIds, statuses, types, null, interfaceType,
                includeDeleted, sortBy, ascending);
    }

    private void insert(String account, String environment, String id, String name, String type, String mainRiverId,
                        String groupId, String groupName, String status, boolean apiV2, boolean deleted, Instant updated) {
        RiverRepository.insert(database.dsl(), account, new River(0, id, environment, name, type,
                mainRiverId == null ? River.MAIN_RIVER : River.SUB_RIVER, mainRiverId, groupId, groupName, status,
                apiV2, deleted, JsonNodeFactory.instance.objectNode(), null, NOW.minus(Duration.ofDays(1)), "me",
                updated, "me", "v1", deleted ? NOW : null));
    }
}
