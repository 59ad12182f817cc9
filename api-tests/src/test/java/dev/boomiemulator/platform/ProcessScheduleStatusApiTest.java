package dev.boomiemulator.platform;

import static dev.boomiemulator.support.Demo.CUSTOMER_IMPORT;
import static dev.boomiemulator.support.Demo.INVENTORY_NIGHTLY;
import static dev.boomiemulator.support.Demo.ONLINE_ATOM;
import static dev.boomiemulator.support.Demo.ORDER_SYNC;
import static dev.boomiemulator.support.Demo.OTHER_ACCOUNT;
import static dev.boomiemulator.support.Demo.OTHER_PASSWORD;
import static dev.boomiemulator.support.Demo.OTHER_USER;
import static dev.boomiemulator.support.Demo.filter;
import static dev.boomiemulator.support.Platform.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import dev.boomiemulator.client.EmulatorRuntimeInfo;
import dev.boomiemulator.domain.schedule.ScheduleIds;
import dev.boomiemulator.junit.BoomiEmulatorTest;
import dev.boomiemulator.support.RuntimeFixtures;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@BoomiEmulatorTest
class ProcessScheduleStatusApiTest {
    private static final String PAGING_ACCOUNT = "status-paging";
    private static final String ORDER_SYNC_ID = ScheduleIds.of(ONLINE_ATOM, ORDER_SYNC);
    private static final String CUSTOMER_IMPORT_ID = ScheduleIds.of(ONLINE_ATOM, CUSTOMER_IMPORT);

    @BeforeAll
    static void load_an_account_with_105_deployed_processes(EmulatorRuntimeInfo emulator) {
        emulator.control().loadFixture(RuntimeFixtures.deployedProcesses(PAGING_ACCOUNT, 105));
    }

    @Test
    void GET_answers_whether_the_schedules_are_in_effect(EmulatorRuntimeInfo emulator) {
        as(emulator).get("/ProcessScheduleStatus/" + ORDER_SYNC_ID)
                .then().statusCode(200)
                .body("'@type'", equalTo("ProcessScheduleStatus"))
                .body("enabled", equalTo(true))
                .body("processId", equalTo(ORDER_SYNC))
                .body("atomId", equalTo(ONLINE_ATOM))
                .body("id", equalTo(ORDER_SYNC_ID));
        as(emulator).get("/ProcessScheduleStatus/" + CUSTOMER_IMPORT_ID).then().body("enabled", equalTo(false));
    }

    @Test
    void its_ids_are_the_ProcessSchedules_ids(EmulatorRuntimeInfo emulator) {
        List<String> statusIds = as(emulator).body(filter("atomId", "EQUALS", ONLINE_ATOM)).post("/ProcessScheduleStatus/query")
                .then().statusCode(200).body("numberOfResults", equalTo(3)).extract().path("result.id");
        List<String> scheduleIds = as(emulator).body(filter("atomId", "EQUALS", ONLINE_ATOM)).post("/ProcessSchedules/query")
                .then().extract().path("result.id");
        assertThat(statusIds).isEqualTo(scheduleIds);
    }

    @Test
    void update_stops_and_resumes_through_both_paths(EmulatorRuntimeInfo emulator) {
        as(emulator).body("{\"processId\":\"" + ORDER_SYNC + "\",\"atomId\":\"" + ONLINE_ATOM + "\",\"id\":\"" + ORDER_SYNC_ID
                        + "\",\"enabled\":\"false\"}")
                .post("/ProcessScheduleStatus/" + ORDER_SYNC_ID)
                .then().statusCode(200).body("enabled", equalTo(false));
        as(emulator).get("/ProcessScheduleStatus/" + ORDER_SYNC_ID).then().body("enabled", equalTo(false));
        // the schedules themselves stay
        as(emulator).get("/ProcessSchedules/" + ORDER_SYNC_ID).then().body("Schedule.size()", equalTo(1));

        as(emulator).body("{\"@type\":\"ProcessScheduleStatus\",\"enabled\":true}")
                .post("/ProcessScheduleStatus/" + ORDER_SYNC_ID + "/update")
                .then().statusCode(200).body("enabled", equalTo(true));
    }

    @Test
    void updating_the_schedules_keeps_the_status(EmulatorRuntimeInfo emulator) {
        as(emulator).body("{\"Schedule\":[{\"minutes\":\"5\"}]}").post("/ProcessSchedules/" + CUSTOMER_IMPORT_ID)
                .then().statusCode(200);
        as(emulator).get("/ProcessScheduleStatus/" + CUSTOMER_IMPORT_ID).then().body("enabled", equalTo(false));
    }

    @Test
    void bad_updates_are_400(EmulatorRuntimeInfo emulator) {
        as(emulator).body("{\"processId\":\"" + ORDER_SYNC + "\"}").post("/ProcessScheduleStatus/" + ORDER_SYNC_ID)
                .then().statusCode(400).body("'@type'", equalTo("Error")).body("message", containsString("enabled"));
        as(emulator).body("{\"enabled\":\"maybe\"}").post("/ProcessScheduleStatus/" + ORDER_SYNC_ID)
                .then().statusCode(400).body("'@type'", equalTo("Error"));
        as(emulator).body("{\"enabled\":true,\"processId\":\"" + CUSTOMER_IMPORT + "\"}").post("/ProcessScheduleStatus/" + ORDER_SYNC_ID)
                .then().statusCode(400).body("message", containsString("processId"));
        as(emulator).body("{\"enabled\":true}").post("/ProcessScheduleStatus/nope").then().statusCode(404);
    }

    @Test
    void unknown_ids_are_404(EmulatorRuntimeInfo emulator) {
        as(emulator).get("/ProcessScheduleStatus/nope").then().statusCode(404).body("'@type'", equalTo("Error"));
        as(emulator).get("/ProcessScheduleStatus/" + ScheduleIds.of(ONLINE_ATOM, INVENTORY_NIGHTLY))
                .then().statusCode(404).body("message", containsString("not deployed"));
    }

    @Test
    void bulk_GET_answers_each_id(EmulatorRuntimeInfo emulator) {
        as(emulator).body("{\"type\":\"GET\",\"request\":[{\"id\":\"" + CUSTOMER_IMPORT_ID + "\"},{\"id\":\"nope\"}]}")
                .post("/ProcessScheduleStatus/bulk")
                .then().statusCode(200)
                .body("response[0].Result.enabled", equalTo(false))
                .body("response[1].statusCode", equalTo(400));
    }

    @Test
    void paging_over_105_statuses(EmulatorRuntimeInfo emulator) {
        JsonPath page = as(emulator, PAGING_ACCOUNT, "pager", "pw").post("/ProcessScheduleStatus/query")
                .then().statusCode(200).body("numberOfResults", equalTo(105)).extract().jsonPath();
        List<String> seen = new ArrayList<>(page.getList("result.id"));
        String token = page.getString("queryToken");
        page = as(emulator, PAGING_ACCOUNT, "pager", "pw").body(token)
                .post("/ProcessScheduleStatus/queryMore").then().statusCode(200).extract().jsonPath();
        seen.addAll(page.getList("result.id"));
        assertThat(seen).hasSize(105).doesNotHaveDuplicates();
        // a ProcessScheduleStatus token is not a ProcessSchedules token
        as(emulator, PAGING_ACCOUNT, "pager", "pw").body(token).post("/ProcessSchedules/queryMore").then().statusCode(400);
    }

    @Test
    void accounts_see_only_their_own_statuses(EmulatorRuntimeInfo emulator) {
        as(emulator, OTHER_ACCOUNT, OTHER_USER, OTHER_PASSWORD).get("/ProcessScheduleStatus/" + ORDER_SYNC_ID)
                .then().statusCode(404);
        as(emulator, OTHER_ACCOUNT, OTHER_USER, OTHER_PASSWORD).body("{\"enabled\":false}")
                .post("/ProcessScheduleStatus/" + ORDER_SYNC_ID).then().statusCode(404);
        as(emulator, OTHER_ACCOUNT, OTHER_USER, OTHER_PASSWORD).post("/ProcessScheduleStatus/query")
                .then().statusCode(200).body("numberOfResults", equalTo(1));
        as(emulator).get("/ProcessScheduleStatus/" + ORDER_SYNC_ID).then().body("enabled", equalTo(true));
    }
}
