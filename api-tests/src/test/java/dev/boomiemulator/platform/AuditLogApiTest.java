package dev.boomiemulator.platform;

import static dev.boomiemulator.support.Demo.OTHER_ACCOUNT;
import static dev.boomiemulator.support.Demo.OTHER_PASSWORD;
import static dev.boomiemulator.support.Demo.OTHER_USER;
import static dev.boomiemulator.support.Demo.filter;
import static dev.boomiemulator.support.Platform.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.notNullValue;

import dev.boomiemulator.client.EmulatorRuntimeInfo;
import dev.boomiemulator.junit.BoomiEmulatorTest;
import dev.boomiemulator.server.EmulatorConfig;
import dev.boomiemulator.server.EmulatorServer;
import dev.boomiemulator.support.Platform;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * What a change leaves in the account's AuditLog: who changed which object, when, how. An entry's values are indexed
 * by the first query after it, not by the change: every query, page, reset and state taken must find it as if they
 * had been written with it.
 */
@BoomiEmulatorTest(frozenClock = "2026-05-01T08:00:00Z")
class AuditLogApiTest {
    @Test
    void an_environment_change_leaves_an_audit_log_entry(EmulatorRuntimeInfo emulator) {
        String id = as(emulator).body("{\"name\":\"Audited\",\"classification\":\"TEST\"}").post("/Environment")
                .then().statusCode(200).extract().path("id");
        as(emulator).body("{\"name\":\"Audited 2\"}").post("/Environment/" + id).then().statusCode(200);

        String documentId = as(emulator).body(filter("containerId", "EQUALS", id)).post("/AuditLog/query")
                .then().statusCode(200)
                .body("numberOfResults", equalTo(2))
                .body("result[0].type", equalTo("as.environment"))
                .body("result[0].action", equalTo("ADD"))
                .body("result[0].userId", equalTo("demo@example.com"))
                .body("result[0].date", equalTo("2026-05-01T08:00:00Z"))
                .body("result[0].accountId", equalTo("demo-account"))
                .body("result[1].action", equalTo("UPDATE"))
                .extract().path("result[0].documentId");
        as(emulator).get("/AuditLog/" + documentId).then().statusCode(200).body("containerId", equalTo(id));
        Platform.as(emulator, OTHER_ACCOUNT, OTHER_USER, OTHER_PASSWORD).get("/AuditLog/" + documentId)
                .then().statusCode(404);
    }

    /** A component's answer is its XML, whatever the caller accepts: the entry names it from there. */
    @Test
    void a_component_created_leaves_an_entry_naming_it(EmulatorRuntimeInfo emulator) {
        String answer = as(emulator).body("{\"name\":\"Audited map\",\"type\":\"transform.map\",\"object\":{\"Map\":{}}}")
                .post("/Component").then().statusCode(200).extract().asString();
        Matcher componentId = Pattern.compile("componentId=\"([^\"]+)\"").matcher(answer);
        assertThat(componentId.find()).as(answer).isTrue();
        as(emulator).body(filter("type", "EQUALS", "as.component")).post("/AuditLog/query").then().statusCode(200)
                .body("numberOfResults", equalTo(1))
                .body("result[0].action", equalTo("ADD"))
                .body("result[0].containerId", equalTo(componentId.group(1)));
    }

    @Test
    void a_refused_change_leaves_none(EmulatorRuntimeInfo emulator) {
        as(emulator).body("{\"classification\":\"TEST\"}").post("/Environment").then().statusCode(400);
        as(emulator).body(filter("type", "EQUALS", "as.environment")).post("/AuditLog/query").then()
                .body("numberOfResults", equalTo(0));
        as(emulator).delete("/Environment/no-such-environment").then().statusCode(404);
        as(emulator).body(filter("type", "EQUALS", "as.environment")).post("/AuditLog/query").then()
                .body("numberOfResults", equalTo(0));
    }

    /** A new TEST environment's id. */
    private static String newEnvironment(EmulatorRuntimeInfo emulator, String name) {
        return as(emulator).body("{\"name\":\"" + name + "\",\"classification\":\"TEST\"}").post("/Environment")
                .then().statusCode(200).extract().path("id");
    }

    /**
     * Starts {@code count} environments' creates, {@code writers} at once, and hands each id over as it comes, so a
     * caller can query while the others are still being made.
     */
    private static List<Future<String>> environmentsAtOnce(EmulatorRuntimeInfo emulator, ExecutorService writers,
                                                          String prefix, int count) {
        List<Future<String>> created = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String name = prefix + " " + i;
            created.add(writers.submit(() -> newEnvironment(emulator, name)));
        }
        return created;
    }

    /** A change and its entry are written in one transaction: writers at once each leave exactly their own entry. */
    @Test
    void changes_made_at_once_leave_one_entry_each(EmulatorRuntimeInfo emulator) throws Exception {
        ExecutorService writers = Executors.newFixedThreadPool(6);
        try {
            for (Future<String> environment : environmentsAtOnce(emulator, writers, "At once", 24)) {
                as(emulator).body(filter("containerId", "EQUALS", environment.get())).post("/AuditLog/query").then()
                        .statusCode(200).body("numberOfResults", equalTo(1)).body("result[0].action", equalTo("ADD"));
            }
        } finally {
            writers.shutdownNow();
        }
        as(emulator).body(filter("action", "EQUALS", "ADD")).post("/AuditLog/query").then()
                .body("numberOfResults", equalTo(24));
    }

    /** More entries than a page, none queried yet: the first query indexes them all; the next page has the rest. */
    @Test
    void the_first_query_after_many_changes_pages_through_every_entry(EmulatorRuntimeInfo emulator) throws Exception {
        ExecutorService writers = Executors.newFixedThreadPool(4);
        try {
            for (Future<String> environment : environmentsAtOnce(emulator, writers, "Paged", 105)) {
                environment.get();
            }
        } finally {
            writers.shutdownNow();
        }
        String token = as(emulator).body(filter("type", "EQUALS", "as.environment")).post("/AuditLog/query").then()
                .statusCode(200).body("numberOfResults", equalTo(105)).body("result.size()", equalTo(100))
                .body("queryToken", notNullValue()).extract().path("queryToken");
        as(emulator).body(token).post("/AuditLog/queryMore").then().statusCode(200)
                .body("result.size()", equalTo(5)).body("result.action", everyItem(equalTo("ADD")));
    }

    /** A reset forgets the entries of the changes it undoes, found by a query or not yet; later ones are found. */
    @Test
    void a_reset_forgets_entries_whether_queried_or_not(EmulatorRuntimeInfo emulator) {
        newEnvironment(emulator, "Queried");
        as(emulator).body(filter("action", "EQUALS", "ADD")).post("/AuditLog/query").then()
                .body("numberOfResults", equalTo(1));
        newEnvironment(emulator, "Not queried");

        emulator.control().reset();

        as(emulator).body(filter("action", "EQUALS", "ADD")).post("/AuditLog/query").then()
                .body("numberOfResults", equalTo(0));
        String after = newEnvironment(emulator, "After");
        as(emulator).body(filter("action", "EQUALS", "ADD")).post("/AuditLog/query").then()
                .body("numberOfResults", equalTo(1)).body("result[0].containerId", equalTo(after));
    }

    /** The state taken before any query holds the entries; the server it is loaded into finds them. */
    @Test
    void entries_not_yet_queried_go_with_the_state(EmulatorRuntimeInfo emulator) {
        String id = newEnvironment(emulator, "Taken");
        String state = emulator.control().exportState();

        EmulatorConfig bare = EmulatorConfig.builder().host("127.0.0.1").port(0).defaultFixtures(false).build();
        try (EmulatorServer fresh = EmulatorServer.start(bare)) {
            io.restassured.RestAssured.given().baseUri(fresh.baseUrl() + "/_emulator").contentType("application/json")
                    .body(state).post("/state").then().statusCode(200);
            EmulatorRuntimeInfo loaded = EmulatorRuntimeInfo.of(fresh.baseUrl());
            // the state's accounts, which the fresh server was not started with (its own fixtures name none)
            as(loaded, "demo-account", "demo@example.com", "demo-password").body(filter("containerId", "EQUALS", id))
                    .post("/AuditLog/query").then().statusCode(200)
                    .body("numberOfResults", equalTo(1)).body("result[0].action", equalTo("ADD"));
        }
        as(emulator).body(filter("containerId", "EQUALS", id)).post("/AuditLog/query").then()
                .body("numberOfResults", equalTo(1));
    }
}
