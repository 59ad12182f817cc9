package dev.boomiemulator.platform;

import static dev.boomiemulator.support.Demo.ONLINE_ATOM;
import static dev.boomiemulator.support.Demo.ORDER_SYNC;
import static dev.boomiemulator.support.Demo.filter;
import static dev.boomiemulator.support.Platform.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;

import dev.boomiemulator.client.EmulatorRuntimeInfo;
import dev.boomiemulator.junit.BoomiEmulatorTest;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** What executions leave behind: ExecutionConnector rows, hourly ExecutionSummaryRecords, Events for failures. */
@BoomiEmulatorTest
class ExecutionFootprintsApiTest {
    /** An ERROR run of Invoice Export on the Demo Atom (7 documents in, none out). */
    private static final String FAILED_RUN = "execution-cd4c7931-74e5-5e31-864b-8af11f58c6af-2026.10.24";
    private static final String COMPLETE_RUN = "execution-42522c0d-19de-5f32-9b39-f9c60a290529-2026.10.24";

    @Test
    void a_failed_run_leaves_an_event_and_every_run_its_connector_rows(EmulatorRuntimeInfo emulator) {
        as(emulator).body(filter("executionId", "EQUALS", FAILED_RUN)).post("/Event/query").then().statusCode(200)
                .body("numberOfResults", equalTo(1))
                .body("result[0].eventType", equalTo("process.execution"))
                .body("result[0].eventLevel", equalTo("ERROR"))
                .body("result[0].status", equalTo("ERROR"))
                .body("result[0].error", equalTo("Connection refused by the accounting endpoint (simulated)."))
                .body("result[0].atomName", equalTo("Demo Atom"))
                .body("result[0].environment", equalTo("Production"))
                .body("result[0].classification", equalTo("PROD"));
        as(emulator).body(filter("executionId", "EQUALS", COMPLETE_RUN)).post("/Event/query").then()
                .body("numberOfResults", equalTo(0));

        as(emulator).body(filter("executionId", "EQUALS", COMPLETE_RUN)).post("/ExecutionConnector/query").then()
                .statusCode(200)
                .body("numberOfResults", equalTo(2))
                .body("result[0].isStartShape", equalTo(true))
                .body("result[0].successCount", equalTo(14))
                .body("result[1].connectorType", equalTo("return"))
                .body("result[1].size", equalTo(21504));
    }

    @Test
    void a_new_run_is_counted_in_its_hours_summary_once_it_has_finished(EmulatorRuntimeInfo emulator) {
        freezeWellInsideAnHour(emulator);
        String summary = "{\"QueryFilter\":{\"expression\":{\"operator\":\"and\",\"nestedExpression\":["
                + "{\"operator\":\"EQUALS\",\"property\":\"processId\",\"argument\":[\"" + ORDER_SYNC + "\"]},"
                + "{\"operator\":\"EQUALS\",\"property\":\"status\",\"argument\":[\"COMPLETE\"]},"
                + "{\"operator\":\"GREATER_THAN_OR_EQUAL\",\"property\":\"timeBlock\",\"argument\":[\""
                + emulator.control().now().minus(Duration.ofHours(1)) + "\"]}]}}}";
        as(emulator).body(summary).post("/ExecutionSummaryRecord/query").then().body("numberOfResults", equalTo(0));

        as(emulator).body("{\"processId\":\"" + ORDER_SYNC + "\",\"atomId\":\"" + ONLINE_ATOM + "\"}")
                .post("/ExecutionRequest").then().statusCode(200);
        as(emulator).body(summary).post("/ExecutionSummaryRecord/query").then().body("numberOfResults", equalTo(0));
        emulator.control().advanceClock(Duration.ofSeconds(3));
        as(emulator).body(summary).post("/ExecutionSummaryRecord/query").then()
                .body("numberOfResults", equalTo(1))
                .body("result[0].executionCount", equalTo(1))
                .body("result[0].elapsedTime", equalTo(2000))
                .body("result[0].atomName", equalTo("Demo Atom"))
                .body("result[0].processName", equalTo("Order Sync"));
        as(emulator).body("{}").post("/ExecutionConnector/query").then().body("numberOfResults", greaterThanOrEqualTo(301));

        // the next run in the hour adds to the summary; reading it again counts neither run twice
        as(emulator).body("{\"processId\":\"" + ORDER_SYNC + "\",\"atomId\":\"" + ONLINE_ATOM + "\"}")
                .post("/ExecutionRequest").then().statusCode(200);
        emulator.control().advanceClock(Duration.ofSeconds(3));
        for (int read = 0; read < 2; read++) {
            as(emulator).body(summary).post("/ExecutionSummaryRecord/query").then()
                    .body("numberOfResults", equalTo(1))
                    .body("result[0].executionCount", equalTo(2))
                    .body("result[0].elapsedTime", equalTo(4000));
        }
    }

    /** Freezes the clock at least a minute before the next hour, so that the runs of a test share one summary. */
    private static void freezeWellInsideAnHour(EmulatorRuntimeInfo emulator) {
        emulator.control().freezeClock();
        long intoHour = emulator.control().now().getEpochSecond() % 3600;
        if (intoHour > 3600 - 60) {
            emulator.control().advanceClock(Duration.ofSeconds(3600 - intoHour + 60));
        }
    }

}
