package dev.boomiemulator.platform;

import static dev.boomiemulator.support.Demo.OTHER_ACCOUNT;
import static dev.boomiemulator.support.Demo.OTHER_PASSWORD;
import static dev.boomiemulator.support.Demo.OTHER_USER;
import static dev.boomiemulator.support.Demo.filter;
import static dev.boomiemulator.support.Platform.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import dev.boomiemulator.client.EmulatorRuntimeInfo;
import dev.boomiemulator.junit.BoomiEmulatorTest;
import dev.boomiemulator.support.Platform;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** What a change leaves in the account's AuditLog: who changed which object, when, how. */
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

    /** A change and its entry are written in one transaction: writers at once each leave exactly their own entry. */
    @Test
    void changes_made_at_once_leave_one_entry_each(EmulatorRuntimeInfo emulator) throws Exception {
        ExecutorService writers = Executors.newFixedThreadPool(6);
        try {
            List<Future<String>> created = new ArrayList<>();
            for (int i = 0; i < 24; i++) {
                String name = "At once " + i;
                created.add(writers.submit(() -> as(emulator).body("{\"name\":\"" + name + "\",\"classification\":\"TEST\"}")
                        .post("/Environment").then().statusCode(200).extract().<String>path("id")));
            }
            for (Future<String> environment : created) {
                as(emulator).body(filter("containerId", "EQUALS", environment.get())).post("/AuditLog/query").then()
                        .statusCode(200).body("numberOfResults", equalTo(1)).body("result[0].action", equalTo("ADD"));
            }
        } finally {
            writers.shutdownNow();
        }
        as(emulator).body(filter("action", "EQUALS", "ADD")).post("/AuditLog/query").then()
                .body("numberOfResults", equalTo(24));
    }

}
