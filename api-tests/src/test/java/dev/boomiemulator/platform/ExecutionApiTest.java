package dev.boomiemulator.platform;

import static dev.boomiemulator.support.Demo.CUSTOMER_IMPORT;
import static dev.boomiemulator.support.Demo.EXECUTION_RECORDS;
import static dev.boomiemulator.support.Demo.INVENTORY_NIGHTLY;
import static dev.boomiemulator.support.Demo.INVOICE_EXPORT;
import static dev.boomiemulator.support.Demo.OFFLINE_ATOM;
import static dev.boomiemulator.support.Demo.ONLINE_ATOM;
import static dev.boomiemulator.support.Demo.ORDER_SYNC;
import static dev.boomiemulator.support.Demo.OTHER_ACCOUNT;
import static dev.boomiemulator.support.Demo.OTHER_ATOM;
import static dev.boomiemulator.support.Demo.OTHER_PASSWORD;
import static dev.boomiemulator.support.Demo.OTHER_PROCESS;
import static dev.boomiemulator.support.Demo.OTHER_USER;
import static dev.boomiemulator.support.Demo.filter;
import static dev.boomiemulator.support.Platform.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.matchesPattern;

import dev.boomiemulator.client.EmulatorRuntimeInfo;
import dev.boomiemulator.junit.BoomiEmulatorTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@BoomiEmulatorTest
class ExecutionApiTest {
    @BeforeEach
    void freeze_the_clock(EmulatorRuntimeInfo emulator) {
        emulator.control().freezeClock();
    }

    private static String run(String processId, String atomId) {
        return "{\"@type\":\"ExecutionRequest\",\"processId\":\"" + processId + "\",\"atomId\":\"" + atomId + "\"}";
    }

    private static String requestId(EmulatorRuntimeInfo emulator, String processId) {
        return as(emulator).body(run(processId, ONLINE_ATOM)).post("/ExecutionRequest")
                .then().statusCode(200).extract().path("requestId");
    }

    @Test
    void an_execution_goes_INPROCESS_then_COMPLETE_on_the_emulator_clock(EmulatorRuntimeInfo emulator) {
        JsonPath request = as(emulator)
                .body("""
                        {"@type":"ExecutionRequest","processId":"%s","atomId":"%s",
                         "DynamicProcessProperties":{"@type":"ExecutionRequestDynamicProcessProperties",
                           "DynamicProcessProperty":[{"@type":"","name":"run","value":"1"}]},
                         "ProcessProperties":{"@type":"ExecutionRequestProcessProperties","ProcessProperty":[]}}
                        """.formatted(ORDER_SYNC, ONLINE_ATOM))
                .post("/ExecutionRequest")
                .then().statusCode(200)
                .body("'@type'", equalTo("ExecutionRequest"))
                .body("requestId", matchesPattern("executionrecord-[0-9a-f-]{36}"))
                .body("processName", equalTo("Order Sync"))
                .body("environmentId", equalTo("3f1c2a9e-0b7d-4c55-9a11-000000000001"))
                .body("DynamicProcessProperties.DynamicProcessProperty[0].name", equalTo("run"))
                .extract().jsonPath();
        String requestId = request.getString("requestId");
        String recordUrl = request.getString("recordUrl");
        assertThat(recordUrl).isEqualTo(emulator.platformUrl() + "/ExecutionRecord/async/" + requestId);

        var running = as(emulator).get(recordUrl)
                .then().statusCode(200)
                .body("'@type'", equalTo("AsyncOperationResult"))
                .body("responseStatusCode", equalTo(200))
                .body("result[0].'@type'", equalTo("ExecutionRecord"))
                .body("result[0].status", equalTo("INPROCESS"))
                .body("result[0].executionType", equalTo("exec_manual"))
                .body("result[0].processId", equalTo(ORDER_SYNC))
                .body("result[0].atomName", equalTo("Demo Atom"))
                .body("result[0].reportKey", equalTo(emulator.username()))
                .extract().jsonPath();
        String executionId = running.getString("result[0].executionId");
        // recorded from the moment the record exists: its start while it runs
        assertThat(running.getString("result[0].recordedDate")).isEqualTo(running.getString("result[0].executionTime"));
        // fields Boomi's document requires: empty where there is nothing, a top-level run is its own top level
        assertThat(running.getString("result[0].topLevelExecutionId")).isEqualTo(executionId);
        for (String empty : new String[] {"launcherID", "nodeId", "originalExecutionId", "parentExecutionId", "message"}) {
            assertThat(running.getString("result[0]." + empty)).as(empty).isEmpty();
        }

        emulator.control().advanceClock(Duration.ofMillis(1999));
        as(emulator).get(recordUrl).then().body("result[0].status", equalTo("INPROCESS"));
        emulator.control().advanceClock(Duration.ofMillis(1));
        as(emulator).get(recordUrl)
                .then().statusCode(200)
                .body("result[0].status", equalTo("COMPLETE"))
                .body("result[0].executionDuration", equalTo(2000))
                .body("result[0].duration", equalTo(2000))
                .body("result[0].recordedDate", equalTo(emulator.control().now().truncatedTo(ChronoUnit.SECONDS).toString()));

        as(emulator).body(filter("executionId", "EQUALS", executionId)).post("/ExecutionRecord/query")
                .then().statusCode(200).body("numberOfResults", equalTo(1)).body("result[0].status", equalTo("COMPLETE"));
        as(emulator).post("/ExecutionRecord/query").then().body("numberOfResults", equalTo(EXECUTION_RECORDS + 1));
    }

    @Test
    void a_failing_process_ends_in_ERROR_with_its_message(EmulatorRuntimeInfo emulator) {
        String requestId = requestId(emulator, INVOICE_EXPORT);
        emulator.control().advanceClock(Duration.ofMillis(1500));
        as(emulator).get("/ExecutionRecord/async/" + requestId)
                .then().statusCode(200)
                .body("result[0].status", equalTo("ERROR"))
                .body("result[0].message", containsString("Connection refused"))
                .body("result[0].executionDuration", equalTo(1500));
    }

    @Test
    void a_delayed_start_answers_202_until_the_record_exists(EmulatorRuntimeInfo emulator) {
        String requestId = requestId(emulator, CUSTOMER_IMPORT);
        as(emulator).get("/ExecutionRecord/async/" + requestId)
                .then().statusCode(202)
                .contentType(ContentType.JSON)
                .body("'@type'", equalTo("AsyncOperationResult"))
                .body("responseStatusCode", equalTo(202));
        Instant start = emulator.control().now().plusSeconds(3);

        emulator.control().advanceClock(Duration.ofSeconds(3));
        as(emulator).get("/ExecutionRecord/async/" + requestId)
                .then().statusCode(200).body("result[0].status", equalTo("INPROCESS"))
                .body("result[0].executionTime", equalTo(start.truncatedTo(ChronoUnit.SECONDS).toString())); // Boomi writes whole seconds
        emulator.control().advanceClock(Duration.ofSeconds(5));
        as(emulator).get("/ExecutionRecord/async/" + requestId)
                .then().statusCode(200).body("result[0].status", equalTo("COMPLETE"))
                .body("result[0].executionDuration", equalTo(5000));
    }

    @Test
    void a_late_poll_after_a_delayed_start_finds_the_finished_record(EmulatorRuntimeInfo emulator) {
        String requestId = requestId(emulator, CUSTOMER_IMPORT);
        emulator.control().advanceClock(Duration.ofMinutes(5));
        as(emulator).body(filter("status", "EQUALS", "complete")).post("/ExecutionRecord/query").then().statusCode(200);
        as(emulator).get("/ExecutionRecord/async/" + requestId)
                .then().statusCode(200).body("result[0].status", equalTo("COMPLETE"));
    }

    @Test
    void the_legacy_executeProcess_call_does_the_same(EmulatorRuntimeInfo emulator) {
        String requestId = as(emulator)
                .body("""
                        {"ProcessProperties":{"@type":"ProcessProperties","ProcessProperty":[{"@type":"","Name":"priority","Value":"medium"}]},
                         "processId":"%s","atomId":"%s"}""".formatted(ORDER_SYNC, ONLINE_ATOM))
                .post("/executeProcess")
                .then().statusCode(200).body("'@type'", equalTo("ExecutionRequest"))
                .body("ProcessProperties.ProcessProperty[0].Name", equalTo("priority"))
                .extract().path("requestId");
        as(emulator).get("/ExecutionRecord/async/" + requestId).then().statusCode(200).body("result[0].status", equalTo("INPROCESS"));
    }

    @Test
    void the_process_must_be_deployed_to_the_atoms_environment(EmulatorRuntimeInfo emulator) {
        as(emulator).body(run(INVENTORY_NIGHTLY, ONLINE_ATOM)).post("/ExecutionRequest")
                .then().statusCode(400).body("'@type'", equalTo("Error"))
                .body("message", containsString("not deployed"))
                .body("message", containsString("Inventory Nightly"));
    }

    @Test
    void process_and_atom_must_exist_and_the_atom_must_be_online(EmulatorRuntimeInfo emulator) {
        as(emulator).body(run("nope", ONLINE_ATOM)).post("/ExecutionRequest")
                .then().statusCode(400).body("message", containsString("Process nope does not exist"));
        as(emulator).body(run(ORDER_SYNC, "nope")).post("/ExecutionRequest")
                .then().statusCode(400).body("message", containsString("Atom nope does not exist"));
        as(emulator).body(run(ORDER_SYNC, OFFLINE_ATOM)).post("/ExecutionRequest")
                .then().statusCode(400).body("message", containsString("OFFLINE"));
        as(emulator).body(run(OTHER_PROCESS, OTHER_ATOM)).post("/ExecutionRequest")
                .then().statusCode(400).body("message", containsString("does not exist"));
        as(emulator).body("{\"atomId\":\"" + ONLINE_ATOM + "\"}").post("/ExecutionRequest")
                .then().statusCode(400).body("message", containsString("processId"));
        as(emulator).body("{\"processId\":\"" + ORDER_SYNC + "\",\"atomId\":\"\"}").post("/executeProcess")
                .then().statusCode(400).body("message", containsString("atomId"));
        as(emulator).body("\"just text\"").post("/ExecutionRequest").then().statusCode(400);
        as(emulator).post("/ExecutionRecord/query").then().body("numberOfResults", equalTo(EXECUTION_RECORDS));
    }

    @Test
    void an_unknown_request_id_is_404(EmulatorRuntimeInfo emulator) {
        as(emulator).get("/ExecutionRecord/async/executionrecord-00000000-0000-0000-0000-000000000000")
                .then().statusCode(404).body("'@type'", equalTo("Error"));
    }

    @Test
    void paging_over_the_300_historical_records(EmulatorRuntimeInfo emulator) {
        JsonPath page = as(emulator).post("/ExecutionRecord/query")
                .then().statusCode(200).body("numberOfResults", equalTo(EXECUTION_RECORDS)).extract().jsonPath();
        List<String> seen = new ArrayList<>(page.getList("result.executionId"));
        String token = page.getString("queryToken");
        // a record added while paging does not show up in this query
        requestId(emulator, ORDER_SYNC);
        while (token != null) {
            page = as(emulator).contentType(ContentType.TEXT).body(token).post("/ExecutionRecord/queryMore")
                    .then().statusCode(200).body("numberOfResults", equalTo(EXECUTION_RECORDS)).extract().jsonPath();
            seen.addAll(page.getList("result.executionId"));
            token = page.getString("queryToken");
        }
        assertThat(seen).hasSize(EXECUTION_RECORDS).doesNotHaveDuplicates();
    }

    @Test
    void QuerySort_on_executionTime_orders_every_page(EmulatorRuntimeInfo emulator) {
        String body = "{\"QueryFilter\":{\"expression\":{\"property\":\"executionTime\",\"operator\":\"BETWEEN\","
                + "\"argument\":[\"2026-10-01T00:00:00Z\",\"2026-12-01T00:00:00Z\"]}},"
                + "\"QuerySort\":{\"sortField\":[{\"fieldName\":\"executionTime\",\"sortOrder\":\"DESC\"}]}}";
        JsonPath page = as(emulator).body(body).post("/ExecutionRecord/query")
                .then().statusCode(200).body("numberOfResults", equalTo(EXECUTION_RECORDS)).extract().jsonPath();
        List<String> times = new ArrayList<>(page.getList("result.executionTime"));
        String token = page.getString("queryToken");
        while (token != null) {
            page = as(emulator).body(token).post("/ExecutionRecord/queryMore").then().statusCode(200).extract().jsonPath();
            times.addAll(page.getList("result.executionTime"));
            token = page.getString("queryToken");
        }
        assertThat(times).hasSize(EXECUTION_RECORDS);
        List<Instant> instants = times.stream().map(Instant::parse).toList();
        for (int i = 1; i < instants.size(); i++) {
            assertThat(instants.get(i)).isBeforeOrEqualTo(instants.get(i - 1));
        }
    }

    @Test
    void sorting_on_another_field_is_400(EmulatorRuntimeInfo emulator) {
        as(emulator).body("{\"QuerySort\":{\"sortField\":[{\"fieldName\":\"processName\",\"sortOrder\":\"ASC\"}]}}")
                .post("/ExecutionRecord/query").then().statusCode(400).body("message", containsString("processName"));
    }

    @Test
    void filters_on_status_type_and_process(EmulatorRuntimeInfo emulator) {
        as(emulator).body(filter("status", "EQUALS", "error")).post("/ExecutionRecord/query")
                .then().statusCode(200).body("result.status", everyItem(equalTo("ERROR")))
                .body("result.processName", everyItem(equalTo("Invoice Export")));
        as(emulator).body(filter("executionType", "EQUALS", "EXEC_MANUAL")).post("/ExecutionRecord/query")
                .then().statusCode(200).body("numberOfResults", equalTo(34))
                .body("result.reportKey", everyItem(equalTo(emulator.username())));
        as(emulator).body(filter("processName", "EQUALS", "Legacy Cleanup")).post("/ExecutionRecord/query")
                .then().statusCode(200).body("result.processName", everyItem(equalTo("Legacy Cleanup")));
        as(emulator).body(filter("executionTime", "GREATER_THAN", "yesterday")).post("/ExecutionRecord/query")
                .then().statusCode(400).body("message", containsString("executionTime"));
    }

    @Test
    void accounts_see_only_their_own_executions(EmulatorRuntimeInfo emulator) {
        String requestId = requestId(emulator, ORDER_SYNC);
        as(emulator, OTHER_ACCOUNT, OTHER_USER, OTHER_PASSWORD).get("/ExecutionRecord/async/" + requestId).then().statusCode(404);
        as(emulator, OTHER_ACCOUNT, OTHER_USER, OTHER_PASSWORD).post("/ExecutionRecord/query")
                .then().statusCode(200).body("numberOfResults", equalTo(3))
                .body("result.account", everyItem(equalTo(OTHER_ACCOUNT)));
        as(emulator, OTHER_ACCOUNT, OTHER_USER, OTHER_PASSWORD).body(run(OTHER_PROCESS, OTHER_ATOM)).post("/ExecutionRequest")
                .then().statusCode(200);
        as(emulator).post("/ExecutionRecord/query").then().body("numberOfResults", equalTo(EXECUTION_RECORDS + 1));
    }
}
