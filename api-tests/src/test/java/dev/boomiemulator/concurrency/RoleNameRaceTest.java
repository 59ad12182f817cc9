package dev.boomiemulator.concurrency;

import static dev.boomiemulator.concurrency.Race.platform;
import static org.assertj.core.api.Assertions.assertThat;

import dev.boomiemulator.client.EmulatorRuntimeInfo;
import dev.boomiemulator.junit.BoomiEmulatorTest;
import io.restassured.response.Response;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Concurrent creates of one role name, spelt in several cases: one role is stored, the others refused. */
@BoomiEmulatorTest
class RoleNameRaceTest {
    private static final int WRITERS = 16;
    private static final List<String> SPELLINGS = List.of("Release Team", "release team", "RELEASE TEAM", " Release team ");

    @Test
    void one_of_concurrent_creates_of_a_name_in_any_case_is_stored(EmulatorRuntimeInfo emulator) {
        List<Response> answers = Race.run(WRITERS, i -> platform(emulator)
                .body("{\"name\":\"" + SPELLINGS.get(i % SPELLINGS.size()) + "\"}").post("/Role"));

        Race.assertNoServerError(answers);
        assertThat(Race.statuses(answers)).containsEntry(200, 1L).containsEntry(400, (long) WRITERS - 1);
        assertThat(answers.stream().filter(a -> a.statusCode() == 400).map(a -> a.jsonPath().getString("message")))
                .allSatisfy(message -> assertThat(message).contains("already exists"));
        List<String> names = platform(emulator).get("/getAssignableRoles").then().statusCode(200)
                .extract().jsonPath().getList("Role.name", String.class);
        assertThat(names).filteredOn(name -> name.strip().equalsIgnoreCase("release team")).hasSize(1);
    }
}
