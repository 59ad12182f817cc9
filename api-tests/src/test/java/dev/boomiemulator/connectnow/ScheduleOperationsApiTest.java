package dev.boomiemulator.connectnow;

import static dev.boomiemulator.support.ConnectNow.as;
import static dev.boomiemulator.support.ConnectNow.body;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import dev.boomiemulator.client.EmulatorRuntimeInfo;
import dev.boomiemulator.junit.BoomiEmulatorTest;
import dev.boomiemulator.support.Demo;
import dev.boomiemulator.support.Platform;
import org.junit.jupiter.api.Test;

/** getProcessSchedules and upsertProcessSchedules: the Platform ProcessSchedules of pack processes. */
@BoomiEmulatorTest
class ScheduleOperationsApiTest {
    static final String ACCOUNT = "demo-account";
    static final String INSTANCE = "SW50ZWdyYXRpb25QYWNrSW5zdGFuY2UyMA";
    static final String WRAPPER_INT = "0331193a-2675-4f33-97fc-e050a4fd4eec";

    private static String upsert(String entry) {
        return "{\"accountId\":\"demo-account\",\"auth\":\"\",\"result\":[" + entry + "]}";
    }

    @Test
    void a_pack_process_has_one_entry_per_atom_of_its_environments(EmulatorRuntimeInfo emulator) {
        String id = as(emulator).body(body("accountId", ACCOUNT, "id", WRAPPER_INT)).post("/getProcessSchedules")
                .then().statusCode(200)
                .body("numberOfResults", equalTo(1))
                .body("result[0].'@type'", equalTo("ProcessSchedules"))
                .body("result[0].processId", equalTo(WRAPPER_INT))
                .body("result[0].atomId", equalTo(Demo.ONLINE_ATOM))
                .body("result[0].Schedule", hasSize(0))
                .extract().path("result[0].id");
        Platform.as(emulator).get("/ProcessSchedules/" + id).then().statusCode(200).body("processId", equalTo(WRAPPER_INT));
    }

    @Test
    void upsert_replaces_the_schedules_the_platform_then_shows(EmulatorRuntimeInfo emulator) {
        String seedShaped = """
                {"@type":"ProcessSchedules","Schedule":[{"@type":"Schedule","minutes":"0","hours":"6","daysOfWeek":"*",
                  "daysOfMonth":"*","months":"*","years":"*"},{"@type":"","minutes":"","hours":"","daysOfWeek":"","daysOfMonth":"","months":"","years":""}],
                 "Retry":{"@type":"ScheduleRetry","Schedule":null,"maxRetry":0},"processId":"%s","atomId":"%s","id":""}
                """.formatted(WRAPPER_INT, Demo.ONLINE_ATOM);
        String id = as(emulator).body(upsert(seedShaped)).post("/upsertProcessSchedules")
                .then().statusCode(200)
                .body("numberOfResults", equalTo(1))
                .body("result[0].Schedule", hasSize(1))
                .body("result[0].Schedule[0].hours", equalTo("6"))
                .body("result[0].Retry.maxRetry", equalTo(0))
                .extract().path("result[0].id");
        Platform.as(emulator).get("/ProcessSchedules/" + id).then().statusCode(200)
                .body("Schedule[0].hours", equalTo("6"));
        as(emulator).body(body("accountId", ACCOUNT, "id", WRAPPER_INT)).post("/getProcessSchedules")
                .then().body("result[0].Schedule[0].minutes", equalTo("0"));

        // by id, clearing the schedules
        as(emulator).body(upsert("{\"id\":\"" + id + "\",\"Schedule\":[]}")).post("/upsertProcessSchedules")
                .then().statusCode(200).body("result[0].Schedule", hasSize(0));
        Platform.as(emulator).get("/ProcessSchedules/" + id).then().body("Schedule", hasSize(0));
    }

    @Test
    void schedules_set_through_the_platform_show_here(EmulatorRuntimeInfo emulator) {
        String id = as(emulator).body(body("accountId", ACCOUNT, "id", WRAPPER_INT)).post("/getProcessSchedules")
                .then().extract().path("result[0].id");
        Platform.as(emulator).body("""
                {"@type":"ProcessSchedules","Schedule":[{"minutes":"30","hours":"*/2"}],"Retry":{"maxRetry":3},
                 "processId":"%s","atomId":"%s","id":"%s"}
                """.formatted(WRAPPER_INT, Demo.ONLINE_ATOM, id)).post("/ProcessSchedules/" + id).then().statusCode(200);
        as(emulator).body(body("accountId", ACCOUNT, "id", WRAPPER_INT)).post("/getProcessSchedules")
                .then().body("result[0].Schedule[0].hours", equalTo("*/2")).body("result[0].Retry.maxRetry", equalTo(3));
    }

    @Test
    void bad_entries_are_400_and_nothing_changes(EmulatorRuntimeInfo emulator) {
        String good = "{\"processId\":\"" + WRAPPER_INT + "\",\"atomId\":\"" + Demo.ONLINE_ATOM + "\",\"Schedule\":[{\"hours\":\"7\"}]}";
        as(emulator).body(upsert(good + ",{\"processId\":\"" + WRAPPER_INT + "\",\"atomId\":\"" + Demo.OFFLINE_ATOM + "\"}"))
                .post("/upsertProcessSchedules").then().statusCode(400).body("message", containsString("not deployed"));
        as(emulator).body(upsert("{\"processId\":\"no-process\",\"atomId\":\"" + Demo.ONLINE_ATOM + "\"}"))
                .post("/upsertProcessSchedules").then().statusCode(400).body("message", containsString("no-process"));
        as(emulator).body(upsert("{\"processId\":\"" + WRAPPER_INT + "\",\"atomId\":\"" + Demo.ONLINE_ATOM
                        + "\",\"Schedule\":[{\"minutes\":\"75\"}]}"))
                .post("/upsertProcessSchedules").then().statusCode(400).body("message", containsString("minutes"));
        as(emulator).body(upsert("{\"processId\":\"" + WRAPPER_INT + "\",\"atomId\":\"" + Demo.ONLINE_ATOM
                        + "\",\"Retry\":{\"maxRetry\":9}}"))
                .post("/upsertProcessSchedules").then().statusCode(400).body("message", containsString("maxRetry"));
        as(emulator).body(upsert("{\"id\":\"not-an-id\"}")).post("/upsertProcessSchedules").then().statusCode(400);
        as(emulator).body(upsert("{\"Schedule\":[]}")).post("/upsertProcessSchedules")
                .then().statusCode(400).body("message", containsString("processId"));
        as(emulator).body("{\"accountId\":\"demo-account\"}").post("/upsertProcessSchedules").then().statusCode(400);
        as(emulator).body(body("accountId", ACCOUNT, "id", WRAPPER_INT)).post("/getProcessSchedules")
                .then().body("result[0].Schedule", hasSize(0));
        as(emulator).body(body("accountId", ACCOUNT, "id", "no-process")).post("/getProcessSchedules").then().statusCode(404);
    }

    @Test
    void uninstalling_removes_the_schedules_and_the_platform_processes(EmulatorRuntimeInfo emulator) {
        String id = as(emulator).body(body("accountId", ACCOUNT, "id", WRAPPER_INT)).post("/getProcessSchedules")
                .then().extract().path("result[0].id");
        Platform.as(emulator).get("/Process/" + WRAPPER_INT).then().statusCode(200).body("name", equalTo("Domestic Order Intake - INT"));
        Platform.as(emulator).body(Demo.filter("integrationPackInstanceId", "EQUALS", INSTANCE)).post("/Process/query")
                .then().statusCode(200).body("numberOfResults", equalTo(2));
        as(emulator).body(body("accountId", ACCOUNT, "id", INSTANCE)).post("/deleteInstalledIPackInstance").then().statusCode(200);
        Platform.as(emulator).get("/ProcessSchedules/" + id).then().statusCode(404);
        Platform.as(emulator).get("/Process/" + WRAPPER_INT).then().statusCode(404);
        as(emulator).body(body("accountId", ACCOUNT, "id", WRAPPER_INT)).post("/getProcessSchedules").then().statusCode(404);
    }
}
