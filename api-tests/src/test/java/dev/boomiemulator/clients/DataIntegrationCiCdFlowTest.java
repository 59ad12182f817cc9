package dev.boomiemulator.clients;

import static dev.boomiemulator.clients.DataIntegrationClientHabitsApiTest.action;
import static dev.boomiemulator.clients.DataIntegrationClientHabitsApiTest.createOrUpdate;
import static dev.boomiemulator.clients.DataIntegrationClientHabitsApiTest.createRiver;
import static dev.boomiemulator.clients.DataIntegrationClientHabitsApiTest.map;
import static dev.boomiemulator.clients.DataIntegrationClientHabitsApiTest.pagesOf;
import static dev.boomiemulator.clients.DataIntegrationClientHabitsApiTest.read;
import static dev.boomiemulator.support.DataIntegration.ACCOUNT;
import static dev.boomiemulator.support.DataIntegration.TOKEN;
import static dev.boomiemulator.support.DataIntegration.prod;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

import dev.boomiemulator.client.EmulatorRuntimeInfo;
import dev.boomiemulator.junit.BoomiEmulatorTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * A data flow taken from nothing to a finished run on a fresh emulator, the way the Data Integration
 * CI/CD scripts do it: get_connections.py, get_schemas_tables.py, create_river.py, update_river.py,
 * activate_river.py, run_river.py, then the run and its logs. Every wait is the emulator clock moving.
 */
@BoomiEmulatorTest(frozenClock = "2026-04-01T06:00:00Z")
class DataIntegrationCiCdFlowTest {
    private static final Duration POLL = Duration.ofSeconds(1);
    private static final int MAX_POLLS = 120;

    @Test
    void connections_tables_create_configure_activate_run_and_logs(EmulatorRuntimeInfo emulator) {
        String environment = emulator.dataIntegrationUrl() + "/accounts/" + ACCOUNT + prod("");

        // 1. the connection inventory: a MySQL source and a Snowflake target
        List<Map<String, Object>> connections = pagesOf(() -> read(emulator), environment + "/connections?items_per_page=500");
        String source = idOfType(connections, "MySQL");
        String target = idOfType(connections, "Snowflake");

        // 2. the source's catalogue: every table of its first schema
        String catalogue = environment + "/connections/" + source;
        String schema = (String) pagesOf(() -> read(emulator), catalogue + "/schemas?items_per_page=500").get(0).get("name");
        List<String> tables = pagesOf(() -> read(emulator), catalogue + "/tables?schema_name=" + schema + "&items_per_page=100")
                .stream().map(item -> (String) item.get("name")).toList();
        assertThat(tables).isNotEmpty();

        // 3. create the data flow from the pipeline YAML (no tables yet)
        String river = createOrUpdate(emulator).body(createRiver(source, target)).post(prod("/rivers"))
                .then().statusCode(201).extract().path("cross_id");

        // 4. select the tables: GET, then PUT the merged document back
        Map<String, Object> current = read(emulator).get(prod("/rivers/" + river)).then().statusCode(200)
                .extract().jsonPath().getMap("");
        Map<String, Object> properties = new LinkedHashMap<>(map(current.get("properties")));
        properties.put("schemas", List.of(Map.of("name", schema, "tables", tables.stream().map(
                DataIntegrationClientHabitsApiTest::table).toList())));
        Map<String, Object> payload = new LinkedHashMap<>(current);
        payload.put("properties", properties);
        createOrUpdate(emulator).body(payload).put(prod("/rivers/" + river))
                .then().statusCode(200).body("properties.schemas[0].tables", hasSize(tables.size()));

        // 5. activate and poll the operation until it is done
        String operation = action(emulator).post(prod("/rivers/" + river + "/activate_river"))
                .then().statusCode(202).extract().path("operation_id");
        JsonPath done = pollUntil(emulator, () -> read(emulator).get(prod("/operations/" + operation))
                .then().statusCode(200).extract().jsonPath(), page -> !List.of("W", "R").contains(page.getString("status")));
        assertThat(done.getString("status")).isEqualTo("D");
        read(emulator).get(prod("/rivers/" + river)).then().body("metadata.river_status", equalTo("active"));

        // 6. run it and poll the run until it has finished
        JsonPath started = action(emulator).post(prod("/rivers/" + river + "/run"))
                .then().statusCode(202).extract().jsonPath();
        String run = started.getString("runs[0].run_id");
        JsonPath finished = pollUntil(emulator, () -> read(emulator).get(prod("/rivers/" + river + "/runs/" + run))
                .then().statusCode(200).extract().jsonPath(),
                page -> List.of("succeeded", "failed").contains(page.getString("status")));
        assertThat(finished.getString("status")).isEqualTo("succeeded");
        assertThat(finished.getString("run_group_id")).isEqualTo(started.getString("run_group_id"));

        // the run is listed in the river's activities of the day
        read(emulator).queryParam("start_time", "2026-04-01T00:00:00").queryParam("end_time", "2026-04-02T00:00:00")
                .get(prod("/rivers/" + river + "/runs"))
                .then().statusCode(200).body("items.run_id", hasItem(run));

        // 7. the logs: CSV, one line per table loaded, ending with the outcome
        String logs = diScriptAcceptingAnything(emulator).get(prod("/rivers/" + river + "/runs/" + run + "/logs"))
                .then().statusCode(200).contentType(startsWith("text/csv")).extract().asString();
        assertThat(logs.lines().findFirst()).hasValue("timestamp,level,message");
        tables.forEach(table -> assertThat(logs).contains(schema + "." + table));
        assertThat(logs.strip().lines().reduce((first, second) -> second).orElseThrow()).contains("Run succeeded");
    }

    private static RequestSpecification diScriptAcceptingAnything(EmulatorRuntimeInfo emulator) {
        return Clients.diScript(emulator, ACCOUNT, TOKEN).header("Accept", "*/*");
    }

    private static String idOfType(List<Map<String, Object>> connections, String type) {
        return connections.stream().filter(connection -> type.equals(connection.get("connection_type")))
                .map(connection -> (String) connection.get("cross_id"))
                .findFirst().orElseThrow(() -> new AssertionError("no " + type + " connection in " + connections));
    }

    /** Reads until {@code finished} holds, moving the emulator clock a second between reads: no sleeping. */
    private static JsonPath pollUntil(EmulatorRuntimeInfo emulator, Supplier<JsonPath> read,
                                      Predicate<JsonPath> finished) {
        for (int poll = 0; poll < MAX_POLLS; poll++) {
            JsonPath page = read.get();
            if (finished.test(page)) {
                return page;
            }
            emulator.control().advanceClock(POLL);
        }
        throw new AssertionError("still not finished after " + MAX_POLLS + " polls");
    }
}
