package dev.boomiemulator.dataintegration;

import static dev.boomiemulator.support.DataIntegration.ACCOUNT;
import static dev.boomiemulator.support.DataIntegration.CRM_POSTGRES;
import static dev.boomiemulator.support.DataIntegration.ORDERS_MYSQL;
import static dev.boomiemulator.support.DataIntegration.PRODUCTION;
import static dev.boomiemulator.support.DataIntegration.READY_RIVER;
import static dev.boomiemulator.support.DataIntegration.as;
import static dev.boomiemulator.support.DataIntegration.prod;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import dev.boomiemulator.client.EmulatorRuntimeInfo;
import dev.boomiemulator.junit.BoomiEmulatorTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Connections: created, changed and deleted; their secrets never answered; their table catalogue paged. */
@BoomiEmulatorTest(frozenClock = "2026-03-02T08:00:00Z")
class ConnectionApiTest {
    private static final String NEW_CONNECTION = """
            {"connection_name": "billing db", "connection_type_id": "postgresql", "description": "billing",
             "properties": {"host": "billing.internal", "port": 5432, "username": "billing",
                            "password": "hunter2", "ssh": {"private_key": "-----BEGIN KEY-----"}},
             "api_key": "top-level-secret", "sslmode": "require"}
            """;

    @Test
    void secrets_are_never_echoed_by_create_get_list_or_update(EmulatorRuntimeInfo emulator) {
        String id = as(emulator).body(NEW_CONNECTION).post(prod("/connections"))
                .then().statusCode(201)
                .body("cross_id", matchesPattern("[0-9a-f]{24}"))
                .body("account_id", equalTo(ACCOUNT))
                .body("environment_id", equalTo(PRODUCTION))
                .body("connection_type", equalTo("PostgreSQL"))
                .body("connection_type_id", equalTo("postgresql"))
                .body("connection_update_time", equalTo("2026-03-02T08:00:00.000000"))
                .body("properties.host", equalTo("billing.internal"))
                .body("properties.sslmode", equalTo("require"))
                .body("properties", not(hasKey("password")))
                .body("properties", not(hasKey("api_key")))
                .body("properties.ssh", not(hasKey("private_key")))
                .extract().path("cross_id");
        String everything = as(emulator).get(prod("/connections/" + id)).then().statusCode(200).extract().asString()
                + as(emulator).get(prod("/connections")).then().statusCode(200).extract().asString()
                + as(emulator).body("{\"description\":\"changed\"}").put(prod("/connections/" + id))
                        .then().statusCode(200).body("description", equalTo("changed")).extract().asString();
        org.hamcrest.MatcherAssert.assertThat(everything, not(containsString("hunter2")));
        org.hamcrest.MatcherAssert.assertThat(everything, not(containsString("top-level-secret")));
        org.hamcrest.MatcherAssert.assertThat(everything, not(containsString("BEGIN KEY")));
    }

    @Test
    void fixture_secrets_are_not_echoed_either(EmulatorRuntimeInfo emulator) {
        as(emulator).get(prod("/connections/" + ORDERS_MYSQL))
                .then().statusCode(200)
                .body("connection_name", equalTo("Orders MySQL"))
                .body("properties.username", equalTo("reader"))
                .body("properties", not(hasKey("password")));
    }

    @Test
    void get_then_put_back_changes_only_what_was_changed(EmulatorRuntimeInfo emulator) {
        Map<String, Object> connection = as(emulator).get(prod("/connections/" + CRM_POSTGRES))
                .then().extract().jsonPath().getMap("");
        connection.put("connection_name", "CRM (renamed)");
        as(emulator).body(connection).put(prod("/connections/" + CRM_POSTGRES))
                .then().statusCode(200)
                .body("connection_name", equalTo("CRM (renamed)"))
                .body("cross_id", equalTo(CRM_POSTGRES))
                .body("properties.ssl_mode", equalTo("require"))
                .body("properties", not(hasKey("password")));
    }

    @Test
    void names_are_unique_in_an_environment(EmulatorRuntimeInfo emulator) {
        as(emulator).body("{\"connection_name\":\"Orders MySQL\",\"connection_type\":\"MySQL\"}").post(prod("/connections"))
                .then().statusCode(400).body("detail", containsString("duplicate"));
        as(emulator).body("{\"connection_name\":\"Orders MySQL\"}").put(prod("/connections/" + CRM_POSTGRES))
                .then().statusCode(400);
    }

    @Test
    void a_connection_type_label_is_understood(EmulatorRuntimeInfo emulator) {
        as(emulator).body("{\"connection_name\":\"sf\",\"connection_type\":\"Snowflake\"}").post(prod("/connections"))
                .then().statusCode(201).body("connection_type_id", equalTo("snowflake")).body("connection_type", equalTo("Snowflake"));
    }

    @Test
    void a_connection_a_river_uses_cannot_be_deleted(EmulatorRuntimeInfo emulator) {
        as(emulator).delete(prod("/connections/" + CRM_POSTGRES))
                .then().statusCode(400).body("detail", containsString(READY_RIVER));
    }

    @Test
    void an_unused_connection_is_deleted(EmulatorRuntimeInfo emulator) {
        String id = as(emulator).body(NEW_CONNECTION).post(prod("/connections")).then().extract().path("cross_id");
        as(emulator).body("{}").delete(prod("/connections/" + id)).then().statusCode(200).body(equalTo("null"));
        as(emulator).get(prod("/connections/" + id)).then().statusCode(404);
        as(emulator).delete(prod("/connections/" + id)).then().statusCode(404);
    }

    @Test
    void the_catalogue_pages_schemas_and_tables(EmulatorRuntimeInfo emulator) {
        as(emulator).get(prod("/connections/" + ORDERS_MYSQL + "/schemas"))
                .then().statusCode(200)
                .body("connection_cross_id", equalTo(ORDERS_MYSQL))
                .body("items.name", contains("inventory", "shop"))
                .body("items.tables_count", contains(2, 4));
        as(emulator).queryParam("schema_name", "shop").queryParam("items_per_page", 3)
                .get(prod("/connections/" + ORDERS_MYSQL + "/tables"))
                .then().statusCode(200)
                .body("schema_name", equalTo("shop"))
                .body("total_items", equalTo(4))
                .body("items.name", contains("customers", "order_items", "orders"))
                .body("items[2].columns[0].name", equalTo("id"))
                .body("items[2].columns[0].is_key", equalTo(true))
                .body("items[2].increment_columns[0].incremental_type", equalTo("datetime"))
                .body("next_page", containsString("page=2"));
        as(emulator).get(prod("/connections/" + ORDERS_MYSQL + "/tables"))
                .then().body("total_items", equalTo(6)).body("schema_name", nullValue());
        as(emulator).queryParam("schema_name", "nope").get(prod("/connections/" + ORDERS_MYSQL + "/tables"))
                .then().statusCode(404).body("detail", containsString("nope"));
    }

    @Test
    void a_new_connection_has_an_empty_catalogue(EmulatorRuntimeInfo emulator) {
        String id = as(emulator).body(NEW_CONNECTION).post(prod("/connections")).then().extract().path("cross_id");
        as(emulator).get(prod("/connections/" + id + "/schemas")).then().statusCode(200).body("total_items", equalTo(0));
    }
}
