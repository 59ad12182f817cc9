package dev.boomiemulator.dataintegration;

import static dev.boomiemulator.support.DataIntegration.ACTIVE_RIVER;
import static dev.boomiemulator.support.DataIntegration.FAILING_RIVER;
import static dev.boomiemulator.support.DataIntegration.MAIN_RIVER;
import static dev.boomiemulator.support.DataIntegration.NO_TARGET_RIVER;
import static dev.boomiemulator.support.DataIntegration.ORDERS_MYSQL;
import static dev.boomiemulator.support.DataIntegration.READY_RIVER;
import static dev.boomiemulator.support.DataIntegration.SUB_RIVER_EU;
import static dev.boomiemulator.support.DataIntegration.SUB_RIVER_US;
import static dev.boomiemulator.support.DataIntegration.WAREHOUSE_SNOWFLAKE;
import static dev.boomiemulator.support.DataIntegration.as;
import static dev.boomiemulator.support.DataIntegration.prod;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import dev.boomiemulator.client.EmulatorRuntimeInfo;
import dev.boomiemulator.junit.BoomiEmulatorTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A data flow from creation to logs, every asynchronous step driven by the emulator clock. */
@BoomiEmulatorTest(frozenClock = "2026-03-02T08:00:00Z")
class RiverLifecycleApiTest {
    private static final String NEW_RIVER = """
            {"name": "orders copy", "type": "source_to_target",
             "metadata": {"description": "made by a test", "river_status": "active"},
             "settings": {"run_timeout_seconds": 3600},
             "properties": {"properties_type": "source_to_target",
                            "source": {"name": "mysql", "connection_id": "%s", "run_type": "multi_tables"},
                            "target": {"name": "snowflake", "connection_id": "%s", "loading_method": "merge",
                                       "database_name": "DEMO_DB", "schema_name": "PUBLIC"},
                            "schemas": []},
             "schedulers": [], "x_custom": {"kept": true}}
            """.formatted(ORDERS_MYSQL, WAREHOUSE_SNOWFLAKE);

    @Test
    void create_configure_activate_run_and_read_the_logs(EmulatorRuntimeInfo emulator) {
        // create: always disabled, with extended metadata
        JsonPath created = as(emulator).body(NEW_RIVER).post(prod("/rivers"))
                .then().statusCode(201)
                .body("cross_id", matchesPattern("[0-9a-f]{24}"))
                .body("metadata.river_status", equalTo("disabled"))
                .body("metadata.created_at", equalTo("2026-03-02T08:00:00.000000"))
                .body("metadata.created_by", equalTo("demo@example.com"))
                .body("properties.source.connection_name", equalTo("Orders MySQL"))
                .body("group_name", equalTo("Default"))
                .body("x_custom.kept", equalTo(true))
                .extract().jsonPath();
        String river = created.getString("cross_id");

        // configure the source tables the way clients do: GET, change, PUT the whole document back
        Map<String, Object> document = as(emulator).get(prod("/rivers/" + river))
                .then().statusCode(200).extract().jsonPath().getMap("");
        @SuppressWarnings("unchecked")
        Map<String, Object> properties = (Map<String, Object>) document.get("properties");
        properties.put("schemas", List.of(Map.of("name", "shop", "tables", List.of(
                Map.of("details", Map.of("is_selected", true, "name", "orders", "target_table", "ORDERS"))))));
        emulator.control().advanceClock(Duration.ofMinutes(1));
        as(emulator).body(document).put(prod("/rivers/" + river))
                .then().statusCode(200)
                .body("properties.schemas[0].tables[0].details.name", equalTo("orders"))
                .body("metadata.last_updated_at", equalTo("2026-03-02T08:01:00.000000"))
                .body("metadata.created_at", equalTo("2026-03-02T08:00:00.000000"))
                .body("metadata.current_version_id", notNullValue())
                .body("x_custom.kept", equalTo(true));

        // activate: W, then R, then D on the clock; the river becomes active at D
        String operation = as(emulator).post(prod("/rivers/" + river + "/activate_river"))
                .then().statusCode(202)
                .body("status", equalTo("W"))
                .body("operation_type", equalTo("activate_river"))
                .body("operation_id", matchesPattern("[0-9a-f]{24}"))
                .body("result", nullValue())
                .extract().path("operation_id");
        as(emulator).get(prod("/operations/" + operation)).then().statusCode(200).body("status", equalTo("W"));
        emulator.control().advanceClock(Duration.ofSeconds(1));
        as(emulator).get(prod("/operations/" + operation)).then().body("status", equalTo("R"));
        as(emulator).get(prod("/rivers/" + river)).then().body("metadata.river_status", equalTo("disabled"));
        emulator.control().advanceClock(Duration.ofSeconds(2));
        as(emulator).get(prod("/operations/" + operation))
                .then().body("status", equalTo("D")).body("result", equalTo("true")).body("error_message", nullValue());
        as(emulator).get(prod("/rivers/" + river)).then().body("metadata.river_status", equalTo("active"));

        // run: pending, running, succeeded
        JsonPath started = as(emulator).post(prod("/rivers/" + river + "/run"))
                .then().statusCode(202)
                .body("river_cross_id", equalTo(river))
                .body("run_group_id", matchesPattern("[0-9a-f]{32}"))
                .body("runs", hasSize(1))
                .body("runs[0].status", equalTo("pending"))
                .body("runs[0].sub_river_id", nullValue())
                .extract().jsonPath();
        String run = started.getString("runs[0].run_id");
        as(emulator).get(prod("/rivers/" + river + "/runs/" + run))
                .then().statusCode(200).body("status", equalTo("pending")).body("end_date_utc", nullValue());
        logs(emulator, river, run).then().statusCode(204);
        emulator.control().advanceClock(Duration.ofSeconds(2));
        as(emulator).get(prod("/rivers/" + river + "/runs/" + run)).then().body("status", equalTo("running"));
        emulator.control().advanceClock(Duration.ofSeconds(10));
        as(emulator).get(prod("/rivers/" + river + "/runs/" + run))
                .then().body("status", equalTo("succeeded"))
                .body("target_name", equalTo("ORDERS"))
                .body("datasource_id", equalTo("mysql"))
                .body("error_description", nullValue())
                .body("start_date_utc", equalTo("2026-03-02T08:01:03.000000"))
                .body("end_date_utc", equalTo("2026-03-02T08:01:15.000000"))
                .body("units", equalTo(0.5f));
        // the run group id works as a run id too
        as(emulator).get(prod("/rivers/" + river + "/runs/" + started.getString("run_group_id")))
                .then().statusCode(200).body("run_id", equalTo(run));

        String csv = logs(emulator, river, run).then().statusCode(200)
                .contentType(startsWith("text/csv"))
                .extract().asString();
        List<String> lines = csv.lines().toList();
        assertThat(lines.get(0), equalTo("timestamp,level,message"));
        assertThat(lines, hasItem(containsString("Loading table shop.orders")));
        assertThat(lines.get(lines.size() - 1), startsWith("2026-03-02T08:01:15.000000,INFO,Run succeeded"));

        as(emulator).queryParam("start_time", "2026-03-02T00:00:00").queryParam("end_time", "2026-03-03T00:00:00")
                .get(prod("/rivers/" + river + "/runs"))
                .then().statusCode(200).body("total_items", equalTo(1)).body("items[0].run_id", equalTo(run));

        // an active river is neither edited nor deleted; disabling is an operation too
        as(emulator).body(document).put(prod("/rivers/" + river))
                .then().statusCode(400).body("detail", containsString("disable the data flow first"));
        as(emulator).delete(prod("/rivers/" + river))
                .then().statusCode(400).body("detail", containsString("disable the data flow first"));
        String disabling = as(emulator).post(prod("/rivers/" + river + "/disable_river"))
                .then().statusCode(202).body("status", equalTo("W")).body("operation_type", equalTo("disable_river"))
                .extract().path("operation_id");
        emulator.control().advanceClock(Duration.ofSeconds(3));
        as(emulator).get(prod("/operations/" + disabling)).then().body("status", equalTo("D"));
        as(emulator).get(prod("/rivers/" + river)).then().body("metadata.river_status", equalTo("disabled"));
        as(emulator).post(prod("/rivers/" + river + "/run"))
                .then().statusCode(400).body("detail", containsString("not active"));

        // delete: gone, listed only with include_deleted
        as(emulator).body("{}").delete(prod("/rivers/" + river)).then().statusCode(200).body(equalTo("null"));
        as(emulator).get(prod("/rivers/" + river)).then().statusCode(404);
        as(emulator).get(prod("/rivers/" + river + "/runs/" + run)).then().statusCode(404);
        as(emulator).queryParam("name", "orders copy").get(prod("/rivers"))
                .then().body("total_items", equalTo(0));
        as(emulator).queryParam("name", "orders copy").queryParam("include_deleted", "true").get(prod("/rivers"))
                .then().body("total_items", equalTo(1)).body("items[0].is_deleted", equalTo(true));
    }

    @Test
    void activation_of_a_river_without_target_ends_E_and_it_stays_disabled(EmulatorRuntimeInfo emulator) {
        String operation = as(emulator).post(prod("/rivers/" + NO_TARGET_RIVER + "/activate_river"))
                .then().statusCode(202).body("status", equalTo("W")).extract().path("operation_id");
        emulator.control().advanceClock(Duration.ofSeconds(3));
        as(emulator).get(prod("/operations/" + operation))
                .then().statusCode(200)
                .body("status", equalTo("E"))
                .body("result", nullValue())
                .body("error_message", containsString("no target settings"));
        as(emulator).get(prod("/rivers/" + NO_TARGET_RIVER)).then().body("metadata.river_status", equalTo("disabled"));
        as(emulator).post(prod("/rivers/" + NO_TARGET_RIVER + "/run")).then().statusCode(400);
    }

    @Test
    void a_river_whose_simulation_fails_has_failed_runs_with_an_error_in_the_logs(EmulatorRuntimeInfo emulator) {
        String run = as(emulator).post(prod("/rivers/" + FAILING_RIVER + "/run"))
                .then().statusCode(202).extract().path("runs[0].run_id");
        emulator.control().advanceClock(Duration.ofSeconds(22));
        as(emulator).get(prod("/rivers/" + FAILING_RIVER + "/runs/" + run))
                .then().body("status", equalTo("failed"))
                .body("error_description", containsString("Access denied"))
                .body("end_date_in_milliseconds", notNullValue());
        String csv = logs(emulator, FAILING_RIVER, run).then().statusCode(200).extract().asString();
        assertThat(csv, containsString(",ERROR,[RVR-SRC-104] Access denied"));
        assertThat(csv, containsString("Run failed"));
    }

    @Test
    void a_river_without_source_tables_cannot_run(EmulatorRuntimeInfo emulator) {
        String river = as(emulator).body(NEW_RIVER).post(prod("/rivers")).then().statusCode(201).extract().path("cross_id");
        as(emulator).post(prod("/rivers/" + river + "/activate_river")).then().statusCode(202);
        emulator.control().advanceClock(Duration.ofSeconds(3));
        as(emulator).post(prod("/rivers/" + river + "/run"))
                .then().statusCode(400).body("detail", containsString("no source tables"));
    }

    @Test
    void a_river_not_activated_cannot_run(EmulatorRuntimeInfo emulator) {
        as(emulator).post(prod("/rivers/" + READY_RIVER + "/run"))
                .then().statusCode(400).body("detail", containsString("activate the data flow first"));
    }

    @Test
    void a_second_run_while_one_is_in_progress_answers_that_run(EmulatorRuntimeInfo emulator) {
        JsonPath first = as(emulator).post(prod("/rivers/" + ACTIVE_RIVER + "/run")).then().statusCode(202)
                .extract().jsonPath();
        as(emulator).post(prod("/rivers/" + ACTIVE_RIVER + "/run"))
                .then().statusCode(202)
                .body("run_group_id", equalTo(first.getString("run_group_id")))
                .body("runs[0].run_id", equalTo(first.getString("runs[0].run_id")))
                .body("runs[0].message", equalTo("The river is already in progress."));
    }

    @Test
    void run_sub_rivers_starts_one_run_per_active_sub_river(EmulatorRuntimeInfo emulator) {
        JsonPath group = as(emulator).queryParam("run_sub_rivers", "True").post(prod("/rivers/" + MAIN_RIVER + "/run"))
                .then().statusCode(202)
                .body("runs", hasSize(2))
                .body("runs.sub_river_id", containsInAnyOrder(SUB_RIVER_EU, SUB_RIVER_US))
                .extract().jsonPath();
        String groupId = group.getString("run_group_id");
        as(emulator).queryParam("start_time", "2026-03-02").queryParam("end_time", "2026-03-03")
                .queryParam("run_group_id", groupId)
                .get(prod("/rivers/" + MAIN_RIVER + "/runs"))
                .then().statusCode(200)
                .body("total_items", equalTo(2))
                .body("items.is_sub_river_run", containsInAnyOrder(true, true))
                .body("items.target_name", containsInAnyOrder("STOCK_EU", "STOCK_US"));
        as(emulator).queryParam("start_time", "2026-03-02").queryParam("end_time", "2026-03-03")
                .queryParam("sub_river_id", SUB_RIVER_EU)
                .get(prod("/rivers/" + MAIN_RIVER + "/runs"))
                .then().body("total_items", equalTo(1)).body("items[0].sub_river_id", equalTo(SUB_RIVER_EU));
    }

    @Test
    void sub_rivers_are_not_listed_on_their_own_but_can_be_read(EmulatorRuntimeInfo emulator) {
        as(emulator).queryParam("name", "Inventory").get(prod("/rivers"))
                .then().body("total_items", equalTo(1)).body("items[0].river_cross_id", equalTo(MAIN_RIVER));
        as(emulator).get(prod("/rivers/" + SUB_RIVER_EU))
                .then().statusCode(200).body("kind", equalTo("sub_river")).body("main_river_id", equalTo(MAIN_RIVER));
    }

    @Test
    void activating_an_active_river_is_a_new_operation_that_ends_D(EmulatorRuntimeInfo emulator) {
        String operation = as(emulator).post(prod("/rivers/" + ACTIVE_RIVER + "/activate_river"))
                .then().statusCode(202).extract().path("operation_id");
        emulator.control().advanceClock(Duration.ofSeconds(3));
        as(emulator).get(prod("/operations/" + operation)).then().body("status", equalTo("D"));
    }

    @Test
    void unknown_river_and_operation_are_404(EmulatorRuntimeInfo emulator) {
        as(emulator).get(prod("/rivers/0123456789abcdef01234567")).then().statusCode(404)
                .body("detail", containsString("not found"));
        as(emulator).get(prod("/operations/0123456789abcdef01234567")).then().statusCode(404);
        as(emulator).post(prod("/rivers/0123456789abcdef01234567/run")).then().statusCode(404);
    }

    @Test
    void create_refuses_a_connection_the_environment_does_not_have(EmulatorRuntimeInfo emulator) {
        as(emulator).body(NEW_RIVER.replace(ORDERS_MYSQL, "0123456789abcdef01234567")).post(prod("/rivers"))
                .then().statusCode(400).body("detail", containsString("0123456789abcdef01234567"));
    }

    @Test
    void create_takes_the_cross_id_asked_for_and_refuses_a_duplicate(EmulatorRuntimeInfo emulator) {
        String id = "aaaaaaaaaaaaaaaaaaaaaaaa";
        as(emulator).queryParam("river_cross_id", id).body(NEW_RIVER).post(prod("/rivers"))
                .then().statusCode(201).body("cross_id", equalTo(id));
        as(emulator).body(NEW_RIVER.replace("{\"name\"", "{\"cross_id\": \"" + id + "\", \"name\"")).post(prod("/rivers"))
                .then().statusCode(400).body("detail", containsString("duplicate"));
    }

    @Test
    void create_with_Accept_anything_still_answers_json(EmulatorRuntimeInfo emulator) {
        as(emulator).accept("*/*").body(NEW_RIVER).post(prod("/rivers"))
                .then().statusCode(201).contentType(startsWith("application/json"));
    }

    @Test
    void a_river_created_in_the_console_cannot_be_read(EmulatorRuntimeInfo emulator) {
        emulator.control().loadFixture("""
                {"accounts": [{"id": "demo-account", "dataIntegration": {"environments": [{
                  "id": "6650a1b2c3d4e5f6000000e9", "name": "Console",
                  "rivers": [{"id": "6650a1b2c3d4e5f6000000b9", "name": "Legacy", "isApiV2": false}]}]}}]}
                """);
        as(emulator).get("/environments/6650a1b2c3d4e5f6000000e9/rivers/6650a1b2c3d4e5f6000000b9")
                .then().statusCode(400).body("detail", containsString("is_api_v2"));
    }

    private static io.restassured.response.Response logs(EmulatorRuntimeInfo emulator, String river, String run) {
        return as(emulator).accept("*/*").get(prod("/rivers/" + river + "/runs/" + run + "/logs"));
    }
}
