package dev.boomiemulator.connectnow;

import static dev.boomiemulator.support.ConnectNow.anonymous;
import static dev.boomiemulator.support.ConnectNow.as;
import static dev.boomiemulator.support.ConnectNow.auth;
import static dev.boomiemulator.support.ConnectNow.body;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;

import dev.boomiemulator.client.EmulatorRuntimeInfo;
import dev.boomiemulator.junit.BoomiEmulatorTest;
import dev.boomiemulator.support.Demo;
import dev.boomiemulator.support.Platform;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** executeIntegrationProcess and getProcessExecutionRecords, over the Platform's executions. */
@BoomiEmulatorTest
class ExecutionOperationsApiTest {
    static final String ACCOUNT = "demo-account";
    static final String INSTANCE = "SW50ZWdyYXRpb25QYWNrSW5zdGFuY2UyMA";
    static final String MULTI_PACK = "89abcdef-0123-4567-89ab-cdef01234567";
    static final String SINGLE_PACK = "a3c4917d-9622-4c5f-978c-0f02b5f5457a";
    static final String WRAPPER_INT = "0331193a-2675-4f33-97fc-e050a4fd4eec";
    static final String WRAPPER_ARCHIVE = "ea975f03-592f-49e5-84cb-49f69f75adb4";
    static final String ORIGINAL_INT = "bc407c7d-cacc-48da-a430-c6a4d2835a83";

    @BeforeEach
    void freeze_the_clock(EmulatorRuntimeInfo emulator) {
        emulator.control().freezeClock(Instant.parse("2026-11-23T12:00:00Z"));
    }

    @Test
    void an_execution_is_a_platform_execution_record_that_ends_on_the_clock(EmulatorRuntimeInfo emulator) {
        JsonPath request = as(emulator).body(body("accountId", ACCOUNT, "id", WRAPPER_INT))
                .post("/executeIntegrationProcess")
                .then().statusCode(200)
                .body("'@type'", equalTo("ExecutionRequest"))
                .body("requestId", matchesPattern("executionrecord-[0-9a-f-]{36}"))
                .body("processId", equalTo(WRAPPER_INT))
                .body("processName", equalTo("Domestic Order Intake - INT"))
                .body("atomId", equalTo(Demo.ONLINE_ATOM))
                .body("environmentId", equalTo(Demo.PRODUCTION))
                .extract().jsonPath();
        String recordUrl = request.getString("recordUrl");
        assertThat(recordUrl).isEqualTo(emulator.platformUrl() + "/ExecutionRecord/async/" + request.getString("requestId"));

        Platform.as(emulator).get(recordUrl).then().statusCode(200)
                .body("result[0].status", equalTo("INPROCESS"))
                .body("result[0].processId", equalTo(WRAPPER_INT))
                .body("result[0].executionType", equalTo("exec_manual"));
        emulator.control().advanceClock(Duration.ofSeconds(3));
        Platform.as(emulator).get(recordUrl).then().statusCode(200).body("result[0].status", equalTo("COMPLETE"));

        as(emulator).body(body("accountId", ACCOUNT, "date", "2026-11-23T12:00:00.000")).post("/getProcessExecutionRecords")
                .then().statusCode(200)
                .body("numberOfResults", equalTo(1))
                .body("result[0].processId", equalTo(WRAPPER_INT))
                .body("result[0].status", equalTo("COMPLETE"));
    }

    @Test
    void the_packs_simulation_settings_decide_how_it_ends(EmulatorRuntimeInfo emulator) {
        String url = as(emulator).body(body("accountId", ACCOUNT, "id", WRAPPER_ARCHIVE)).post("/executeIntegrationProcess")
                .then().statusCode(200).extract().path("recordUrl");
        emulator.control().advanceClock(Duration.ofSeconds(1));
        Platform.as(emulator).get(url).then().statusCode(200)
                .body("result[0].status", equalTo("ERROR"))
                .body("result[0].message", equalTo("SFTP folder /archive is not writable"));
    }

    @Test
    void the_original_process_id_works_while_it_is_unambiguous(EmulatorRuntimeInfo emulator) {
        as(emulator).body(body("accountId", ACCOUNT, "id", ORIGINAL_INT)).post("/executeIntegrationProcess")
                .then().statusCode(200).body("processId", equalTo(WRAPPER_INT));
        as(emulator).body(body("accountId", ACCOUNT, "environmentId", Demo.PRODUCTION, "integrationPackId", MULTI_PACK,
                "integrationPackOverrideName", "Export Order Intake")).post("/createIntegrationPackDeployment").then().statusCode(200);
        as(emulator).body(body("accountId", ACCOUNT, "id", ORIGINAL_INT)).post("/executeIntegrationProcess")
                .then().statusCode(400).body("message", containsString("several"));
    }

    @Test
    void a_single_pack_runs_once_it_is_deployed_to_an_environment_with_an_atom(EmulatorRuntimeInfo emulator) {
        as(emulator).body(body("accountId", ACCOUNT, "environmentId", Demo.TEST, "integrationPackId", SINGLE_PACK))
                .post("/createIntegrationPackDeployment").then().statusCode(200);
        as(emulator).body(body("accountId", ACCOUNT, "id", "5c8e0b61-3f0a-4d51-9b7e-0a1b2c3d4e01")).post("/executeIntegrationProcess")
                .then().statusCode(400).body("message", containsString("no environment with an Atom"));
        as(emulator).body(body("accountId", ACCOUNT, "environmentId", Demo.PRODUCTION, "integrationPackId", SINGLE_PACK))
                .post("/createIntegrationPackDeployment").then().statusCode(200);
        as(emulator).body(body("accountId", ACCOUNT, "id", "5c8e0b61-3f0a-4d51-9b7e-0a1b2c3d4e01")).post("/executeIntegrationProcess")
                .then().statusCode(200).body("processName", equalTo("Sync Accounts")).body("environmentId", equalTo(Demo.PRODUCTION));
    }

    @Test
    void bad_ids_are_404_or_400(EmulatorRuntimeInfo emulator) {
        as(emulator).body(body("accountId", ACCOUNT, "id", "no-process")).post("/executeIntegrationProcess")
                .then().statusCode(404).body("statusCode", equalTo(404));
        as(emulator).body(body("accountId", ACCOUNT)).post("/executeIntegrationProcess").then().statusCode(400);
        as(emulator).body(body("accountId", ACCOUNT, "id", WRAPPER_INT, "environmentId", Demo.TEST)).post("/executeIntegrationProcess")
                .then().statusCode(400).body("message", containsString("not attached"));
        as(emulator).body(body("accountId", ACCOUNT, "id", WRAPPER_INT, "atomId", Demo.OFFLINE_ATOM)).post("/executeIntegrationProcess")
                .then().statusCode(400).body("message", containsString(Demo.OFFLINE_ATOM));
        // an ordinary (non-pack) process is not a Connect Now process
        as(emulator).body(body("accountId", ACCOUNT, "id", Demo.ORDER_SYNC)).post("/executeIntegrationProcess").then().statusCode(404);
    }

    @Test
    void another_accounts_credentials_are_403(EmulatorRuntimeInfo emulator) {
        anonymous(emulator).body(body("auth", auth(Demo.OTHER_USER, Demo.OTHER_PASSWORD), "accountId", ACCOUNT, "id", WRAPPER_INT))
                .post("/executeIntegrationProcess").then().statusCode(403);
        anonymous(emulator).body(body("accountId", ACCOUNT)).post("/getProcessExecutionRecords").then().statusCode(401);
    }

    @Test
    void records_are_listed_from_the_date_on_oldest_first(EmulatorRuntimeInfo emulator) {
        JsonPath all = as(emulator).body(body("accountId", ACCOUNT, "date", "")).post("/getProcessExecutionRecords")
                .then().statusCode(200).body("numberOfResults", equalTo(Demo.EXECUTION_RECORDS)).extract().jsonPath();
        List<String> times = all.getList("result.executionTime");
        assertThat(times).isSortedAccordingTo((a, b) -> Instant.parse(a).compareTo(Instant.parse(b)));

        String middle = times.get(150);
        List<String> later = as(emulator).body(body("accountId", ACCOUNT, "date", middle)).post("/getProcessExecutionRecords")
                .then().statusCode(200).extract().path("result.executionTime");
        assertThat(later).allSatisfy(t -> assertThat(Instant.parse(t)).isAfterOrEqualTo(Instant.parse(middle)));
        assertThat(later.get(0)).isEqualTo(middle);

        // the seed's form without a zone, a bare date, and an offset all read as instants
        as(emulator).body(body("accountId", ACCOUNT, "date", "2030-01-01")).post("/getProcessExecutionRecords")
                .then().statusCode(200).body("numberOfResults", equalTo(0));
        as(emulator).body(body("accountId", ACCOUNT, "date", "2030-01-01T01:00:00+02:00")).post("/getProcessExecutionRecords")
                .then().statusCode(200).body("numberOfResults", equalTo(0));
        as(emulator).body(body("accountId", ACCOUNT, "date", "yesterday")).post("/getProcessExecutionRecords")
                .then().statusCode(400).body("message", containsString("yesterday"));
    }

    @Test
    void at_most_1000_records_come_back(EmulatorRuntimeInfo emulator) {
        StringBuilder records = new StringBuilder();
        for (int i = 0; i < 1200; i++) {
            Instant at = Instant.parse("2026-03-01T00:00:00Z").plus(Duration.ofMinutes(1199 - i));
            records.append(i == 0 ? "" : ",").append("{\"processId\":\"p-bulk\",\"processName\":\"Bulk\",\"atomId\":\"a-bulk\","
                    + "\"atomName\":\"Bulk Atom\",\"status\":\"COMPLETE\",\"executionTime\":\"").append(at).append("\"}");
        }
        emulator.control().loadFixture("{\"accounts\":[{\"id\":\"records-account\",\"users\":[{\"username\":\"r@example.com\","
                + "\"password\":\"r-password\"}],\"platform\":{\"executionRecords\":[" + records + "]}}]}");
        JsonPath page = anonymous(emulator).body(body("auth", auth("r@example.com", "r-password"), "accountId", "records-account",
                        "date", "2026-03-01T00:00:00.000"))
                .post("/getProcessExecutionRecords")
                .then().statusCode(200).body("numberOfResults", equalTo(1000)).body("result", hasSize(1000))
                .extract().jsonPath();
        assertThat(page.getString("result[0].executionTime")).isEqualTo("2026-03-01T00:00:00Z");
        String last = page.getString("result[999].executionTime");
        anonymous(emulator).body(body("auth", auth("r@example.com", "r-password"), "accountId", "records-account", "date", last))
                .post("/getProcessExecutionRecords")
                .then().statusCode(200).body("numberOfResults", equalTo(201));
    }
}
