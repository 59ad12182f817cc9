package dev.boomiemulator.dataintegration;

import static dev.boomiemulator.support.DataIntegration.ACCOUNT;
import static dev.boomiemulator.support.DataIntegration.ACTIVE_RIVER;
import static dev.boomiemulator.support.DataIntegration.FAILING_RIVER;
import static dev.boomiemulator.support.DataIntegration.MAIN_RIVER;
import static dev.boomiemulator.support.DataIntegration.NO_TARGET_RIVER;
import static dev.boomiemulator.support.DataIntegration.PRODUCTION;
import static dev.boomiemulator.support.DataIntegration.READY_RIVER;
import static dev.boomiemulator.support.DataIntegration.TOKEN;
import static dev.boomiemulator.support.DataIntegration.as;
import static dev.boomiemulator.support.DataIntegration.prod;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import dev.boomiemulator.client.EmulatorRuntimeInfo;
import dev.boomiemulator.junit.BoomiEmulatorTest;
import dev.boomiemulator.support.Contracts;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The paging envelope and the filters and order of the lists. */
@BoomiEmulatorTest(frozenClock = "2026-01-12T03:00:00Z")
class DataIntegrationPagingApiTest {
    @Test
    void the_envelope_links_pages_with_absolute_urls_a_client_follows_verbatim(EmulatorRuntimeInfo emulator) {
        JsonPath first = as(emulator).queryParam("items_per_page", 2).queryParam("sort_by", "river_name")
                .queryParam("sort_order", "asc").get(prod("/rivers"))
                .then().statusCode(200)
                .body("page", equalTo(1))
                .body("current_page_size", equalTo(2))
                .body("total_items", equalTo(5))
                .body("previous_page", nullValue())
                .body("account_id", equalTo(ACCOUNT))
                .body("environment_id", equalTo(PRODUCTION))
                .extract().jsonPath();
        assertThat(first.getString("next_page"), equalTo(accountUrl(emulator) + "/environments/" + PRODUCTION
                + "/rivers?items_per_page=2&sort_by=river_name&sort_order=asc&page=2"));

        List<String> names = new ArrayList<>(first.getList("items.name"));
        String next = first.getString("next_page");
        int pages = 1;
        while (next != null) {
            JsonPath page = given().auth().oauth2(TOKEN).filter(Contracts.DATA_INTEGRATION).get(next)
                    .then().statusCode(200).extract().jsonPath();
            names.addAll(page.getList("items.name"));
            next = page.getString("next_page");
            pages++;
            if (pages == 3) {
                assertThat(page.getString("previous_page"), equalTo(accountUrl(emulator) + "/environments/"
                        + PRODUCTION + "/rivers?items_per_page=2&sort_by=river_name&sort_order=asc&page=2"));
                assertThat(page.getInt("current_page_size"), equalTo(1));
            }
        }
        assertThat(pages, equalTo(3));
        assertThat(names, contains("Customers to Snowflake", "Inventory by region", "Orders to Snowflake",
                "Payments draft (no target)", "Payments to Snowflake"));
    }

    @Test
    void page_links_use_the_requests_own_host_header(EmulatorRuntimeInfo emulator) {
        as(emulator).header("Host", "emulator.example.test:9999").queryParam("items_per_page", 1)
                .get("/environments")
                .then().statusCode(200)
                .body("next_page", equalTo("http://emulator.example.test:9999/v1/accounts/" + ACCOUNT
                        + "/environments?items_per_page=1&page=2"));
    }

    @Test
    void a_page_past_the_end_is_empty_with_a_link_back(EmulatorRuntimeInfo emulator) {
        as(emulator).queryParam("page", 9).get(prod("/rivers"))
                .then().statusCode(200)
                .body("items", hasSize(0))
                .body("current_page_size", equalTo(0))
                .body("total_items", equalTo(5))
                .body("next_page", nullValue())
                .body("previous_page", endsWith("page=8"));
    }

    @Test
    void rivers_filter_by_status_type_name_group_and_schedule(EmulatorRuntimeInfo emulator) {
        as(emulator).queryParam("river_status", "active").queryParam("sort_by", "river_name")
                .queryParam("sort_order", "asc").get(prod("/rivers"))
                .then().body("items.river_cross_id", contains(MAIN_RIVER, ACTIVE_RIVER, FAILING_RIVER));
        as(emulator).queryParam("river_status", "active").queryParam("river_status", "disabled").get(prod("/rivers"))
                .then().body("total_items", equalTo(5));
        as(emulator).queryParam("name", "PAYMENTS").queryParam("sort_by", "river_name").get(prod("/rivers"))
                .then().body("items.river_cross_id", contains(FAILING_RIVER, NO_TARGET_RIVER));
        as(emulator).queryParam("group_name", "sal").get(prod("/rivers"))
                .then().body("items.river_cross_id", contains(ACTIVE_RIVER));
        as(emulator).queryParam("group_id", "6650a1b2c3d4e5f6000000a4").get(prod("/rivers"))
                .then().body("items.river_cross_id", contains(MAIN_RIVER));
        as(emulator).queryParam("schedule", "enabled").get(prod("/rivers"))
                .then().body("items.river_cross_id", contains(ACTIVE_RIVER))
                .body("items[0].river_schedulers", contains("0 * * * *"));
        as(emulator).queryParam("river_type", "actions").get(prod("/rivers")).then().body("total_items", equalTo(0));
        as(emulator).queryParam("interface_type", "api_v2").get(prod("/rivers")).then().body("total_items", equalTo(5));
    }

    @Test
    void rivers_sort_by_last_update_newest_first_by_default(EmulatorRuntimeInfo emulator) {
        as(emulator).get(prod("/rivers"))
                .then().body("items.river_cross_id", contains(MAIN_RIVER, FAILING_RIVER, NO_TARGET_RIVER, READY_RIVER,
                        ACTIVE_RIVER));
        as(emulator).queryParam("sort_by", "source_name").queryParam("sort_order", "asc").get(prod("/rivers"))
                .then().body("items[4].datasource_id", equalTo("postgresql"));
    }

    @Test
    void runs_page_filter_and_sort(EmulatorRuntimeInfo emulator) {
        String runs = prod("/rivers/" + ACTIVE_RIVER + "/runs");
        as(emulator).queryParam("start_time", "2026-01-01T00:00:00").queryParam("end_time", "2026-01-31T00:00:00")
                .get(runs)
                .then().statusCode(200)
                .body("river_cross_id", equalTo(ACTIVE_RIVER))
                .body("total_items", equalTo(3))
                .body("items.run_id", contains("6650a1b2c3d4e5f60000000000000d03", "6650a1b2c3d4e5f60000000000000d02",
                        "6650a1b2c3d4e5f60000000000000d01"))
                .body("items[1].status", equalTo("failed"))
                .body("items[1].error_description", equalTo("[RVR-TGT-201] Snowflake warehouse LOAD_WH is suspended"));
        as(emulator).queryParam("start_time", "2026-01-01").queryParam("end_time", "2026-01-31")
                .queryParam("sort_order", "asc").queryParam("items_per_page", 1).queryParam("page", 2)
                .get(runs)
                .then().body("items.run_id", contains("6650a1b2c3d4e5f60000000000000d02"))
                .body("next_page", endsWith("page=3"))
                .body("previous_page", endsWith("page=1"));
        as(emulator).queryParam("start_time", "2026-01-01").queryParam("end_time", "2026-01-31")
                .queryParam("run_group_id", "6650a1b2c3d4e5f60000000000000a02").get(runs)
                .then().body("items.run_id", contains("6650a1b2c3d4e5f60000000000000d02"));
        as(emulator).queryParam("start_time", "2026-01-01").queryParam("end_time", "2026-01-31")
                .queryParam("target_name", "ORDERS").get(runs).then().body("total_items", equalTo(3));
        as(emulator).queryParam("start_time", "2026-01-01").queryParam("end_time", "2026-01-31")
                .queryParam("target_name", "NOPE").get(runs).then().body("total_items", equalTo(0));
    }

    @Test
    void a_recent_fixture_run_has_logs_an_old_one_none(EmulatorRuntimeInfo emulator) {
        as(emulator).accept("*/*").get(prod("/rivers/" + ACTIVE_RIVER + "/runs/6650a1b2c3d4e5f60000000000000d03/logs"))
                .then().statusCode(200);
        emulator.control().advanceClock(Duration.ofDays(15));
        as(emulator).accept("*/*").get(prod("/rivers/" + ACTIVE_RIVER + "/runs/6650a1b2c3d4e5f60000000000000d03/logs"))
                .then().statusCode(204);
    }

    @Test
    void connections_list_by_name(EmulatorRuntimeInfo emulator) {
        as(emulator).get(prod("/connections"))
                .then().statusCode(200)
                .body("items.connection_name", contains("CRM PostgreSQL", "Orders MySQL", "Warehouse Snowflake"));
    }

    /** What the client asked at: REST Assured sends {@code Host: localhost:PORT}. */
    private static String accountUrl(EmulatorRuntimeInfo emulator) {
        return "http://localhost:" + emulator.port() + "/v1/accounts/" + ACCOUNT;
    }
}
