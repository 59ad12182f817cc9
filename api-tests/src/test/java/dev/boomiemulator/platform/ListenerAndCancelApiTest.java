package dev.boomiemulator.platform;

import static dev.boomiemulator.support.Demo.ONLINE_ATOM;
import static dev.boomiemulator.support.Demo.ORDER_SYNC;
import static dev.boomiemulator.support.Demo.PRODUCTION;
import static dev.boomiemulator.support.Platform.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import dev.boomiemulator.client.EmulatorRuntimeInfo;
import dev.boomiemulator.junit.BoomiEmulatorTest;
import dev.boomiemulator.support.Components;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Runtime actions CI/CD code takes: pausing and resuming listener processes ({@code changeListenerStatus}, then the
 * asynchronous {@code ListenerStatus} query), and cancelling a running execution ({@code cancelExecution}).
 */
@BoomiEmulatorTest
class ListenerAndCancelApiTest {
    @BeforeEach
    void freeze_the_clock(EmulatorRuntimeInfo emulator) {
        emulator.control().freezeClock();
    }

    @Test
    void a_paused_listener_reports_paused_once_the_atom_applied_the_change(EmulatorRuntimeInfo emulator) {
        String listener = deployListener(emulator, "Orders listener");
        statusOf(emulator, listener).then().body("numberOfResults", equalTo(1))
                .body("result[0].'@type'", equalTo("ListenerStatus"))
                .body("result[0].listenerId", equalTo(listener))
                .body("result[0].status", equalTo("listening"));

        as(emulator).body("{\"action\":\"pause\",\"containerId\":\"" + ONLINE_ATOM + "\",\"listenerId\":\""
                + listener + "\"}").post("/changeListenerStatus").then().statusCode(200);
        statusOf(emulator, listener).then().body("result[0].status", equalTo("listening")); // not applied yet
        emulator.control().advanceClock(Duration.ofSeconds(1));
        statusOf(emulator, listener).then().body("result[0].status", equalTo("paused"));

        as(emulator).body("{\"action\":\"resume_all\",\"containerId\":\"" + ONLINE_ATOM + "\"}")
                .post("/changeListenerStatus").then().statusCode(200);
        emulator.control().advanceClock(Duration.ofSeconds(1));
        statusOf(emulator, listener).then().body("result[0].status", equalTo("listening"));
    }

    @Test
    void a_query_for_every_listener_of_the_atom_lists_only_listener_deployments(EmulatorRuntimeInfo emulator) {
        String first = deployListener(emulator, "First listener");
        String second = deployListener(emulator, "Second listener");
        String token = as(emulator).body("{\"QueryFilter\":{\"expression\":{\"operator\":\"EQUALS\","
                        + "\"property\":\"containerId\",\"argument\":[\"" + ONLINE_ATOM + "\"]}}}")
                .post("/async/ListenerStatus/query").then().statusCode(200)
                .body("responseStatusCode", equalTo(202)).extract().path("asyncToken.token");
        as(emulator).get("/async/ListenerStatus/response/" + token).then().statusCode(200)
                .body("numberOfResults", equalTo(2))
                .body("result.listenerId", equalTo(java.util.List.of(first, second)));
    }

    @Test
    void bad_listener_requests_are_refused(EmulatorRuntimeInfo emulator) {
        as(emulator).body("{\"action\":\"pause\",\"containerId\":\"" + ONLINE_ATOM + "\",\"listenerId\":\"" + ORDER_SYNC
                + "\"}").post("/changeListenerStatus").then().statusCode(400).body("message", containsString("listener"));
        as(emulator).body("{\"action\":\"stop\",\"containerId\":\"" + ONLINE_ATOM + "\"}").post("/changeListenerStatus")
                .then().statusCode(400).body("message", containsString("action"));
        as(emulator).body("{\"action\":\"pause_all\",\"containerId\":\"no-such-atom\"}").post("/changeListenerStatus")
                .then().statusCode(404);
        as(emulator).body("{\"QueryFilter\":{\"expression\":{\"operator\":\"EQUALS\",\"property\":\"listenerId\","
                + "\"argument\":[\"x\"]}}}").post("/async/ListenerStatus/query").then().statusCode(400)
                .body("message", containsString("containerId"));
        as(emulator).get("/async/ListenerStatus/response/not-a-token").then().statusCode(404);
    }

    @Test
    void a_cancelled_execution_ends_ABORTED_now_and_a_finished_one_cannot_be_cancelled(EmulatorRuntimeInfo emulator) {
        String requestId = as(emulator).body("{\"processId\":\"" + ORDER_SYNC + "\",\"atomId\":\"" + ONLINE_ATOM + "\"}")
                .post("/ExecutionRequest").then().statusCode(200).extract().path("requestId");
        String executionId = as(emulator).get("/ExecutionRecord/async/" + requestId).then()
                .body("result[0].status", equalTo("INPROCESS")).extract().path("result[0].executionId");
        emulator.control().advanceClock(Duration.ofMillis(500));

        as(emulator).post("/cancelExecution/" + executionId).then().statusCode(202);
        as(emulator).get("/ExecutionRecord/async/" + requestId).then()
                .body("result[0].status", equalTo("ABORTED"))
                .body("result[0].executionDuration", equalTo(500))
                .body("result[0].message", containsString("canceled"));
        emulator.control().advanceClock(Duration.ofSeconds(5)); // its planned end passes: it stays ABORTED
        as(emulator).get("/ExecutionRecord/async/" + requestId).then().body("result[0].status", equalTo("ABORTED"));

        as(emulator).post("/cancelExecution/" + executionId).then().statusCode(400)
                .body("message", containsString("not running"));
        as(emulator).post("/cancelExecution/execution-unknown").then().statusCode(404);
    }

    /** A new process deployed to Production (the online Atom's environment) as a listener; its id. */
    private static String deployListener(EmulatorRuntimeInfo emulator, String name) {
        String id = Components.createProcess(emulator, name);
        String packageId = as(emulator).body("{\"componentId\":\"" + id + "\"}").post("/PackagedComponent")
                .then().statusCode(200).extract().path("packageId");
        as(emulator).body("{\"environmentId\":\"" + PRODUCTION + "\",\"packageId\":\"" + packageId
                + "\",\"listenerStatus\":\"RUNNING\"}").post("/DeployedPackage").then().statusCode(200);
        return id;
    }

    private static io.restassured.response.Response statusOf(EmulatorRuntimeInfo emulator, String listener) {
        String token = as(emulator).body("{\"QueryFilter\":{\"expression\":{\"operator\":\"and\",\"nestedExpression\":["
                        + "{\"operator\":\"EQUALS\",\"property\":\"containerId\",\"argument\":[\"" + ONLINE_ATOM + "\"]},"
                        + "{\"operator\":\"EQUALS\",\"property\":\"listenerId\",\"argument\":[\"" + listener + "\"]}]}}}")
                .post("/async/ListenerStatus/query").then().statusCode(200).extract().path("asyncToken.token");
        return as(emulator).get("/async/ListenerStatus/response/" + token);
    }
}
