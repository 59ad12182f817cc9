package dev.boomiemulator.clients;

import static dev.boomiemulator.clients.Clients.diScript;
import static dev.boomiemulator.support.DataIntegration.ACCOUNT;
import static dev.boomiemulator.support.DataIntegration.ORDERS_MYSQL;
import static dev.boomiemulator.support.DataIntegration.READY_RIVER;
import static dev.boomiemulator.support.DataIntegration.TOKEN;
import static dev.boomiemulator.support.DataIntegration.WAREHOUSE_SNOWFLAKE;
import static dev.boomiemulator.support.DataIntegration.prod;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import dev.boomiemulator.client.EmulatorRuntimeInfo;
import dev.boomiemulator.junit.BoomiEmulatorTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * What the Boomi Data Integration CI/CD scripts (RiveryIO/boomi-data-integration-CI-CD, {@code scripts/*.py})
 * send, header for header, and what they read back.
 */
@BoomiEmulatorTest(frozenClock = "2026-04-01T06:00:00Z")
class DataIntegrationClientHabitsApiTest {
    /** create_river.py's payload, with the template's defaults and no tables yet. */
    private static final String CREATE_RIVER_TEMPLATE = """
            {"name": "orders_to_dwh_20260401_060000", "kind": "main_river", "type": "source_to_target",
             "metadata": {"description": "Orders into the warehouse", "river_status": "disabled"},
             "settings": {"run_timeout_seconds": 43200,
                          "notification": {
                            "warning": {"email": "data@example.com", "is_enabled": true, "execution_time_limit_seconds": null},
                            "failure": {"email": "data@example.com", "is_enabled": true, "execution_time_limit_seconds": null},
                            "run_threshold": {"email": "data@example.com", "is_enabled": true, "execution_time_limit_seconds": 43200}}},
             "properties": {"properties_type": "source_to_target",
                            "source": {"name": "mysql", "connection_id": "%s", "run_type": "multi_tables",
                                       "additional_settings": {"extract_method": "all", "fz_batched": true,
                                                               "filters": [{"file_type": "csv", "has_headers": true}]}},
                            "target": {"name": "snowflake", "connection_id": "%s", "database_name": "DWH",
                                       "schema_name": "RAW", "table_prefix": "", "loading_method": "merge",
                                       "merge_method": "merge", "is_ordered_merge_key": false, "order_expression": null},
                            "schemas": []},
             "schedulers": [{"cron_expression": "0 2 * * *", "is_enabled": false}]}
            """;
    private static final String CREATE_RIVER = createRiver(ORDERS_MYSQL, WAREHOUSE_SNOWFLAKE);

    static String createRiver(String sourceConnection, String targetConnection) {
        return CREATE_RIVER_TEMPLATE.formatted(sourceConnection, targetConnection);
    }

    /** create_river.py: {@code headers={"Authorization", "Content-Type": "application/json"}}, so Accept is requests' default. */
    static RequestSpecification createOrUpdate(EmulatorRuntimeInfo emulator) {
        return diScript(emulator, ACCOUNT, TOKEN).header("Content-Type", "application/json").header("Accept", "*/*");
    }

    /** rivery_get, get_connections.py, get_schemas_tables.py: {@code Accept: application/json}. */
    static RequestSpecification read(EmulatorRuntimeInfo emulator) {
        return diScript(emulator, ACCOUNT, TOKEN).header("Accept", "application/json");
    }

    /** activate_river.py, run_river.py, disable_river.py: JSON both ways and {@code json={}}. */
    static RequestSpecification action(EmulatorRuntimeInfo emulator) {
        return diScript(emulator, ACCOUNT, TOKEN)
                .header("Accept", "application/json").header("Content-Type", "application/json").body("{}");
    }

    @Test
    void create_with_accept_anything_answers_json_with_the_cross_id(EmulatorRuntimeInfo emulator) {
        // the script reads data.get("river_cross_id") or data.get("cross_id") from resp.json()
        createOrUpdate(emulator).body(CREATE_RIVER).post(prod("/rivers"))
                .then().statusCode(201)
                .contentType(startsWith("application/json"))
                .body("cross_id", matchesPattern("[0-9a-f]{24}"))
                .body("kind", equalTo("main_river"))
                .body("metadata.river_status", equalTo("disabled"))
                .body("properties.source.additional_settings.extract_method", equalTo("all"))
                .body("schedulers[0].cron_expression", equalTo("0 2 * * *"));
    }

    @Test
    void every_create_and_update_answers_json_to_accept_anything(EmulatorRuntimeInfo emulator) {
        List<Response> answers = new ArrayList<>();
        answers.add(createOrUpdate(emulator)
                .body("{\"connection_name\": \"ci db\", \"connection_type_id\": \"postgresql\","
                        + " \"properties\": {\"host\": \"db\", \"password\": \"s3cret\"}}")
                .post(prod("/connections")));
        String connection = answers.get(0).path("cross_id");
        answers.add(createOrUpdate(emulator).body("{\"description\": \"changed\"}").put(prod("/connections/" + connection)));
        answers.add(createOrUpdate(emulator).body("{\"variables\": {\"days_ago\": \"2\"}}").put(prod("/variables")));
        answers.add(createOrUpdate(emulator).body("{\"variables\": {\"region\": \"eu\"}}").post(prod("/variables")));
        answers.add(createOrUpdate(emulator).body(CREATE_RIVER).post(prod("/rivers")));
        for (Response answer : answers) {
            assertThat(answer.statusCode()).as(answer.asString()).isBetween(200, 201);
            assertThat(answer.contentType()).startsWith("application/json");
            assertThat(answer.asString()).startsWith("{").doesNotContain("s3cret");
        }
    }

    @Test
    void update_river_builds_its_PUT_from_a_GET_and_sends_it_back(EmulatorRuntimeInfo emulator) {
        String river = createOrUpdate(emulator).body(CREATE_RIVER).post(prod("/rivers")).then().extract().path("cross_id");
        emulator.control().advanceClock(Duration.ofMinutes(1));

        // update_river.py: current = GET; payload = current's name/kind/type/settings, source and target merged
        // over the current ones (read-only connection_name included, target_prefix possibly null), tables in
        // river shape; then PUT with Content-Type only
        Map<String, Object> current = read(emulator).get(prod("/rivers/" + river))
                .then().statusCode(200).contentType(startsWith("application/json")).extract().jsonPath().getMap("");
        Map<String, Object> properties = map(current.get("properties"));
        Map<String, Object> target = new LinkedHashMap<>(map(properties.get("target")));
        target.put("target_prefix", null);
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("name", current.get("name"));
        payload.put("kind", current.get("kind"));
        payload.put("type", current.get("type"));
        payload.put("metadata", Map.of("description", "two tables", "river_status", "disabled"));
        payload.put("settings", current.get("settings"));
        payload.put("properties", Map.of(
                "properties_type", "source_to_target",
                "source", properties.get("source"),
                "target", target,
                "schemas", List.of(Map.of("name", "shop", "tables", List.of(
                        table("orders"), table("customers"))))));
        payload.put("schedulers", current.get("schedulers"));

        createOrUpdate(emulator).body(payload).put(prod("/rivers/" + river))
                .then().statusCode(200)
                .contentType(startsWith("application/json"))
                .body("cross_id", equalTo(river))
                .body("metadata.description", equalTo("two tables"))
                .body("properties.source.connection_name", equalTo("Orders MySQL"))
                .body("properties.schemas[0].tables.details.name", containsInAnyOrder("orders", "customers"))
                .body("metadata.last_updated_at", equalTo("2026-04-01T06:01:00.000000"));
    }

    @Test
    void the_whole_GET_document_goes_back_unchanged(EmulatorRuntimeInfo emulator) {
        String document = read(emulator).get(prod("/rivers/" + READY_RIVER)).then().statusCode(200).extract().asString();
        createOrUpdate(emulator).body(document).put(prod("/rivers/" + READY_RIVER))
                .then().statusCode(200).contentType(startsWith("application/json")).body("cross_id", equalTo(READY_RIVER));
    }

    @Test
    void activate_run_and_disable_post_an_empty_json_object(EmulatorRuntimeInfo emulator) {
        // each script reads operation_id, run_id, status, result, error_message (activate, disable) or
        // run_group_id and runs[].{sub_river_id, run_id, status, message} (run)
        action(emulator).post(prod("/rivers/" + READY_RIVER + "/activate_river"))
                .then().statusCode(202)
                .contentType(startsWith("application/json"))
                .body("operation_id", matchesPattern("[0-9a-f]{24}"))
                .body("status", equalTo("W"));
        emulator.control().advanceClock(Duration.ofSeconds(3));
        action(emulator).post(prod("/rivers/" + READY_RIVER + "/run"))
                .then().statusCode(202)
                .body("run_group_id", matchesPattern("[0-9a-f]{32}"))
                .body("runs[0].run_id", matchesPattern("[0-9a-f]{32}"))
                .body("runs[0].status", equalTo("pending"));
        action(emulator).post(prod("/rivers/" + READY_RIVER + "/disable_river"))
                .then().statusCode(202).body("status", equalTo("W")).body("operation_id", notNullValue());
    }

    @Test
    void get_connections_follows_next_page_verbatim(EmulatorRuntimeInfo emulator) {
        // get_connections.py sends items_per_page (500 by default) once, then GETs next_page as given
        assertThat(pagesOf(() -> read(emulator), emulator.dataIntegrationUrl() + "/accounts/" + ACCOUNT
                + prod("/connections?items_per_page=500"))).hasSize(3);
        List<Map<String, Object>> items = pagesOf(() -> read(emulator), emulator.dataIntegrationUrl() + "/accounts/" + ACCOUNT
                + prod("/connections?items_per_page=1"));
        assertThat(items).extracting(item -> item.get("cross_id")).hasSize(3).doesNotHaveDuplicates();
        assertThat(items).allSatisfy(item -> assertThat(item).containsKeys("cross_id", "connection_name", "connection_type"));
    }

    @Test
    void get_schemas_tables_reads_names_page_by_page(EmulatorRuntimeInfo emulator) {
        String connection = emulator.dataIntegrationUrl() + "/accounts/" + ACCOUNT + prod("/connections/" + ORDERS_MYSQL);
        List<Map<String, Object>> schemas = pagesOf(() -> read(emulator), connection + "/schemas?items_per_page=500");
        assertThat(schemas).extracting(schema -> schema.get("name")).containsExactly("inventory", "shop");
        List<Map<String, Object>> tables = pagesOf(() -> read(emulator), connection + "/tables?schema_name=shop&items_per_page=100");
        assertThat(tables).extracting(table -> table.get("name")).contains("orders", "customers");
        assertThat(pagesOf(() -> read(emulator), connection + "/tables?schema_name=shop&items_per_page=1")).hasSameSizeAs(tables);
    }

    @Test
    void tables_given_as_plain_names_are_still_refused(EmulatorRuntimeInfo emulator) {
        // create_river.py passes the YAML's schemas through; a list of table names is not a table selection
        // (update_river.py turns names into {"details": {"name": ...}} objects for that reason)
        String withNames = CREATE_RIVER.replace("\"schemas\": []",
                "\"schemas\": [{\"name\": \"shop\", \"tables\": [\"orders\", \"customers\"]}]");
        createOrUpdate(emulator).body(withNames).post(prod("/rivers"))
                .then().statusCode(422)
                .contentType(startsWith("application/json"))
                .body("detail.loc", hasItem(List.of("body", "properties", "schemas", 0, "tables", 0)));
    }

    @Test
    void a_data_flow_sent_as_a_form_is_refused_as_FastAPI_refuses_it(EmulatorRuntimeInfo emulator) {
        // FastAPI reads a body as JSON only under a JSON content type (or none); curl -d without -H is a form
        diScript(emulator, ACCOUNT, TOKEN).header("Content-Type", "application/x-www-form-urlencoded")
                .body(CREATE_RIVER).post(prod("/rivers"))
                .then().statusCode(422).contentType(startsWith("application/json")).body("detail", notNullValue());
    }

    @Test
    void errors_are_json_details_the_scripts_can_print(EmulatorRuntimeInfo emulator) {
        Response missing = read(emulator).get(prod("/rivers/" + "0123456789abcdef01234567"));
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.contentType()).startsWith("application/json");
        assertThat(missing.jsonPath().getString("detail")).isNotBlank();
        diScript(emulator, ACCOUNT, "not-a-token").header("Accept", "application/json").get(prod("/connections"))
                .then().statusCode(401).contentType(startsWith("application/json")).body("detail", notNullValue());
        action(emulator).post(prod("/rivers/" + READY_RIVER + "/run"))
                .then().statusCode(400).body("detail", containsString("activate"));
    }

    /** Every item of a paged list, following {@code next_page} as the scripts do. */
    static List<Map<String, Object>> pagesOf(Supplier<RequestSpecification> client, String firstUrl) {
        List<Map<String, Object>> items = new ArrayList<>();
        String url = firstUrl;
        while (url != null) {
            JsonPath page = client.get().get(url).then().statusCode(200).extract().jsonPath();
            items.addAll(page.getList("items"));
            url = page.getString("next_page");
        }
        return items;
    }

    static Map<String, Object> table(String name) {
        return Map.of("run_type_and_datasource", "multi_tables", "details", Map.of("name", name, "is_selected", true));
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }
}
