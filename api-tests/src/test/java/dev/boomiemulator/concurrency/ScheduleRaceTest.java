package dev.boomiemulator.concurrency;

import static dev.boomiemulator.concurrency.Race.platform;
import static dev.boomiemulator.support.Demo.ONLINE_ATOM;
import static dev.boomiemulator.support.Demo.ORDER_SYNC;
import static org.assertj.core.api.Assertions.assertThat;

import dev.boomiemulator.client.EmulatorRuntimeInfo;
import dev.boomiemulator.domain.schedule.ScheduleIds;
import dev.boomiemulator.junit.BoomiEmulatorTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Concurrent replacements of one process's schedules: the result is one writer's schedules, whole. */
@BoomiEmulatorTest
class ScheduleRaceTest {
    private static final int WRITERS = 16;
    private static final String SCHEDULES = ScheduleIds.of(ONLINE_ATOM, ORDER_SYNC);

    /** Writer i sends i+1 schedules, each at hour i: a mixture of two writers would show. */
    private static String schedules(int writer) {
        StringBuilder items = new StringBuilder();
        for (int k = 0; k <= writer; k++) {
            items.append(k == 0 ? "" : ",").append("{\"minutes\":\"").append(k).append("\",\"hours\":\"").append(writer)
                    .append("\",\"daysOfWeek\":\"*\",\"daysOfMonth\":\"*\",\"months\":\"*\",\"years\":\"*\"}");
        }
        return "{\"Schedule\":[" + items + "]}";
    }

    @Test
    void concurrent_updates_leave_the_schedules_of_exactly_one_writer(EmulatorRuntimeInfo emulator) {
        List<Response> answers = Race.run(WRITERS, i -> platform(emulator).body(schedules(i)).post("/ProcessSchedules/" + SCHEDULES));

        Race.assertNoServerError(answers);
        assertThat(answers).allSatisfy(answer -> assertThat(answer.statusCode()).isEqualTo(200));
        for (int i = 0; i < WRITERS; i++) {
            assertThat(answers.get(i).jsonPath().getList("Schedule.hours", String.class)).as("writer %d's answer", i)
                    .hasSize(i + 1).containsOnly(String.valueOf(i));
        }
        JsonPath stored = platform(emulator).get("/ProcessSchedules/" + SCHEDULES).then().statusCode(200).extract().jsonPath();
        List<String> hours = stored.getList("Schedule.hours", String.class);
        assertThat(hours).isNotEmpty().containsOnly(hours.get(0));
        assertThat(hours).hasSize(Integer.parseInt(hours.get(0)) + 1);
    }

    @Test
    void concurrent_enable_and_disable_end_in_one_of_them(EmulatorRuntimeInfo emulator) {
        List<Response> answers = Race.run(WRITERS, i -> platform(emulator)
                .body("{\"enabled\":" + (i % 2 == 0) + "}").post("/ProcessScheduleStatus/" + SCHEDULES));

        Race.assertNoServerError(answers);
        assertThat(answers).allSatisfy(answer -> assertThat(answer.statusCode()).isEqualTo(200));
        platform(emulator).get("/ProcessScheduleStatus/" + SCHEDULES).then().statusCode(200);
    }
}
