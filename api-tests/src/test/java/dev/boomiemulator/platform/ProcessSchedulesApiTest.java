package dev.boomiemulator.platform;

import static dev.boomiemulator.support.Demo.CUSTOMER_IMPORT;
import static dev.boomiemulator.support.Demo.INVENTORY_NIGHTLY;
import static dev.boomiemulator.support.Demo.INVOICE_EXPORT;
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

import dev.boomiemulator.client.EmulatorRuntimeInfo;
import dev.boomiemulator.domain.schedule.ScheduleIds;
import dev.boomiemulator.junit.BoomiEmulatorTest;
import dev.boomiemulator.support.RuntimeFixtures;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@BoomiEmulatorTest
class ProcessSchedulesApiTest {
    private static final String PAGING_ACCOUNT = "schedule-paging";
    private static final String ORDER_SYNC_SCHEDULES = ScheduleIds.of(ONLINE_ATOM, ORDER_SYNC);

    @BeforeAll
    static void load_an_account_with_110_deployed_processes(EmulatorRuntimeInfo emulator) {
        emulator.control().loadFixture(RuntimeFixtures.deployedProcesses(PAGING_ACCOUNT, 110));
    }

    /** The CLI's updateProcessSchedules.json with its placeholders filled. */
    private static String cliBody(String minutes, String hours, String daysOfWeek) {
        return """
                {"Schedule":[{"minutes":"%s","hours":"%s","daysOfWeek":"%s","daysOfMonth":"*","months":"*","years":"*"}],
                 "processId":"%s","atomId":"%s","id":"%s"}""".formatted(minutes, hours, daysOfWeek, ORDER_SYNC, ONLINE_ATOM,
                ORDER_SYNC_SCHEDULES);
    }

    @Test
    void the_id_is_synthesized_from_atom_and_process_as_the_real_service_does(EmulatorRuntimeInfo emulator) {
        String decoded = new String(Base64.getUrlDecoder().decode(ORDER_SYNC_SCHEDULES), StandardCharsets.UTF_8);
        assertThat(decoded).isEqualTo("CPS" + ONLINE_ATOM + ":" + ORDER_SYNC);
        as(emulator).body("{\"QueryFilter\":{\"expression\":{\"operator\":\"and\",\"nestedExpression\":[{\"property\":\"processId\","
                        + "\"operator\":\"EQUALS\",\"argument\":[\"" + ORDER_SYNC + "\"]}]}}}")
                .post("/ProcessSchedules/query")
                .then().statusCode(200).body("numberOfResults", equalTo(1)).body("result[0].id", equalTo(ORDER_SYNC_SCHEDULES))
                .body("result[0].atomId", equalTo(ONLINE_ATOM));
    }

    @Test
    void the_padded_base64_form_of_an_id_is_read_too(EmulatorRuntimeInfo emulator) {
        String padded = ORDER_SYNC_SCHEDULES + "==";
        as(emulator).get("/ProcessSchedules/" + padded).then().statusCode(200).body("id", equalTo(ORDER_SYNC_SCHEDULES));
        as(emulator).body("{\"id\":\"" + padded + "\",\"enabled\":\"false\"}").post("/ProcessScheduleStatus/" + padded)
                .then().statusCode(200).body("enabled", equalTo(false)).body("id", equalTo(ORDER_SYNC_SCHEDULES));
    }

    @Test
    void GET_answers_schedules_and_retry(EmulatorRuntimeInfo emulator) {
        as(emulator).get("/ProcessSchedules/" + ORDER_SYNC_SCHEDULES)
                .then().statusCode(200)
                .body("'@type'", equalTo("ProcessSchedules"))
                .body("Schedule[0].'@type'", equalTo("Schedule"))
                .body("Schedule[0].minutes", equalTo("0-59/15"))
                .body("Schedule[0].hours", equalTo("8-18"))
                .body("Schedule[0].daysOfWeek", equalTo("2,3,4,5,6"))
                .body("Retry.'@type'", equalTo("ScheduleRetry"))
                .body("Retry.maxRetry", equalTo(3))
                .body("Retry.Schedule[0].minutes", equalTo("0-59/30"));
    }

    @Test
    void update_replaces_the_schedules_through_both_paths(EmulatorRuntimeInfo emulator) {
        as(emulator).body(cliBody("0-59/5", "*", "1-7")).post("/ProcessSchedules/" + ORDER_SYNC_SCHEDULES)
                .then().statusCode(200)
                .body("Schedule.size()", equalTo(1))
                .body("Schedule[0].minutes", equalTo("0-59/5"))
                .body("Retry.Schedule.size()", equalTo(0))
                .body("Retry.maxRetry", equalTo(5));
        as(emulator)
                .body("""
                        {"@type":"ProcessSchedules","Schedule":{"@type":"Schedule","minutes":30,"hours":"1,13"},
                         "Retry":{"@type":"ScheduleRetry","Schedule":[{"minutes":"*/10"}],"maxRetry":"2"}}""")
                .post("/ProcessSchedules/" + ORDER_SYNC_SCHEDULES + "/update")
                .then().statusCode(200)
                .body("Schedule[0].minutes", equalTo("30"))
                .body("Schedule[0].hours", equalTo("1,13"))
                .body("Schedule[0].daysOfWeek", equalTo("*"))
                .body("Retry.Schedule[0].minutes", equalTo("*/10"))
                .body("Retry.maxRetry", equalTo(2));
        as(emulator).get("/ProcessSchedules/" + ORDER_SYNC_SCHEDULES).then().body("Schedule[0].hours", equalTo("1,13"));
    }

    @Test
    void the_connect_now_template_clears_the_schedules(EmulatorRuntimeInfo emulator) {
        as(emulator)
                .body("""
                        {"@type":"ProcessSchedules","Schedule":[{"@type":"","minutes":"","hours":"","daysOfWeek":"",
                         "daysOfMonth":"","months":"","years":""}],
                         "Retry":{"@type":"ScheduleRetry","Schedule":null,"maxRetry":0},
                         "processId":"","atomId":"","id":""}""")
                .post("/ProcessSchedules/" + ORDER_SYNC_SCHEDULES)
                .then().statusCode(200).body("Schedule.size()", equalTo(0)).body("Retry.maxRetry", equalTo(0));
        as(emulator).body("{\"Schedule\":null}").post("/ProcessSchedules/" + ScheduleIds.of(ONLINE_ATOM, INVOICE_EXPORT))
                .then().statusCode(200).body("Schedule.size()", equalTo(0));
    }

    @Test
    void a_bad_schedule_field_is_400_naming_it(EmulatorRuntimeInfo emulator) {
        String url = "/ProcessSchedules/" + ORDER_SYNC_SCHEDULES;
        as(emulator).body(cliBody("0-75", "*", "*")).post(url)
                .then().statusCode(400).body("'@type'", equalTo("Error")).body("message", containsString("Schedule[0].minutes"));
        as(emulator).body(cliBody("0", "24", "*")).post(url)
                .then().statusCode(400).body("message", containsString("Schedule[0].hours"));
        as(emulator).body(cliBody("0", "*", "0")).post(url)
                .then().statusCode(400).body("message", containsString("daysOfWeek"));
        as(emulator).body(cliBody("every minute", "*", "*")).post(url)
                .then().statusCode(400).body("message", containsString("minutes"));
        as(emulator).body(cliBody("30-10", "*", "*")).post(url)
                .then().statusCode(400).body("message", containsString("backwards"));
        as(emulator).body(cliBody("0-59/0", "*", "*")).post(url)
                .then().statusCode(400).body("message", containsString("step"));
        as(emulator).body("{\"Schedule\":[{\"minutes\":\"0\",\"months\":\"13\"}]}").post(url)
                .then().statusCode(400).body("message", containsString("Schedule[0].months"));
        as(emulator).body("{\"Schedule\":[{\"minutes\":\"0\"},{\"years\":\"26\"}]}").post(url)
                .then().statusCode(400).body("message", containsString("Schedule[1].years"));
        as(emulator).body("{\"Retry\":{\"Schedule\":[{\"hours\":\"99\"}]}}").post(url)
                .then().statusCode(400).body("message", containsString("Retry.Schedule[0].hours"));
        as(emulator).get(url).then().body("Schedule[0].minutes", equalTo("0-59/15"));
    }

    @Test
    void maxRetry_takes_0_to_5(EmulatorRuntimeInfo emulator) {
        String url = "/ProcessSchedules/" + ORDER_SYNC_SCHEDULES;
        as(emulator).body("{\"Retry\":{\"maxRetry\":6}}").post(url)
                .then().statusCode(400).body("message", containsString("Retry.maxRetry"));
        as(emulator).body("{\"Retry\":{\"maxRetry\":-1}}").post(url).then().statusCode(400);
        as(emulator).body("{\"Retry\":{\"maxRetry\":\"lots\"}}").post(url).then().statusCode(400).body("'@type'", equalTo("Error"));
        as(emulator).body("{\"Retry\":{\"maxRetry\":\"5\"}}").post(url).then().statusCode(200).body("Retry.maxRetry", equalTo(5));
        as(emulator).body("{\"Retry\":{\"maxRetry\":0}}").post(url).then().statusCode(200).body("Retry.maxRetry", equalTo(0));
    }

    @Test
    void ids_in_the_body_must_match(EmulatorRuntimeInfo emulator) {
        as(emulator).body("{\"id\":\"" + ScheduleIds.of(ONLINE_ATOM, INVOICE_EXPORT) + "\"}")
                .post("/ProcessSchedules/" + ORDER_SYNC_SCHEDULES)
                .then().statusCode(400).body("message", containsString("does not match"));
        as(emulator).body("{\"atomId\":\"elsewhere\"}").post("/ProcessSchedules/" + ORDER_SYNC_SCHEDULES)
                .then().statusCode(400).body("message", containsString("atomId"));
    }

    @Test
    void unknown_ids_and_undeployed_processes_are_404(EmulatorRuntimeInfo emulator) {
        as(emulator).get("/ProcessSchedules/nope").then().statusCode(404).body("'@type'", equalTo("Error"));
        as(emulator).get("/ProcessSchedules/" + ScheduleIds.of(ONLINE_ATOM, INVENTORY_NIGHTLY))
                .then().statusCode(404).body("message", containsString("not deployed"));
        as(emulator).body(cliBody("0", "*", "*")).post("/ProcessSchedules/" + ScheduleIds.of(ONLINE_ATOM, INVENTORY_NIGHTLY))
                .then().statusCode(404);
    }

    @Test
    void bulk_GET_answers_each_id(EmulatorRuntimeInfo emulator) {
        as(emulator).body("{\"type\":\"GET\",\"request\":[{\"id\":\"" + ScheduleIds.of(ONLINE_ATOM, CUSTOMER_IMPORT)
                        + "\"},{\"id\":\"nope\"}]}")
                .post("/ProcessSchedules/bulk")
                .then().statusCode(200)
                .body("response[0].Result.processId", equalTo(CUSTOMER_IMPORT))
                .body("response[1].statusCode", equalTo(400));
    }

    @Test
    void paging_over_110_schedules(EmulatorRuntimeInfo emulator) {
        JsonPath page = as(emulator, PAGING_ACCOUNT, "pager", "pw").post("/ProcessSchedules/query")
                .then().statusCode(200).body("numberOfResults", equalTo(110)).extract().jsonPath();
        List<String> seen = new ArrayList<>(page.getList("result.id"));
        page = as(emulator, PAGING_ACCOUNT, "pager", "pw").body(page.getString("queryToken"))
                .post("/ProcessSchedules/queryMore").then().statusCode(200).extract().jsonPath();
        seen.addAll(page.getList("result.id"));
        assertThat(seen).hasSize(110).doesNotHaveDuplicates();
    }

    @Test
    void query_on_an_unknown_property_is_400(EmulatorRuntimeInfo emulator) {
        as(emulator).body(filter("enabled", "EQUALS", "true")).post("/ProcessSchedules/query")
                .then().statusCode(400).body("message", containsString("enabled"));
    }

    @Test
    void accounts_see_only_their_own_schedules(EmulatorRuntimeInfo emulator) {
        as(emulator, OTHER_ACCOUNT, OTHER_USER, OTHER_PASSWORD).get("/ProcessSchedules/" + ORDER_SYNC_SCHEDULES)
                .then().statusCode(404);
        as(emulator, OTHER_ACCOUNT, OTHER_USER, OTHER_PASSWORD).post("/ProcessSchedules/query")
                .then().statusCode(200).body("numberOfResults", equalTo(1))
                .body("result[0].id", equalTo(ScheduleIds.of(OTHER_ATOM, OTHER_PROCESS)))
                .body("result[0].Schedule[0].hours", equalTo("*/2"));
        as(emulator).get("/ProcessSchedules/" + ScheduleIds.of(OTHER_ATOM, OTHER_PROCESS)).then().statusCode(404);
    }
}
