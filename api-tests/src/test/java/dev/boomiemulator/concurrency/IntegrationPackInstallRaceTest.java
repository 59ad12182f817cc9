package dev.boomiemulator.concurrency;

import static dev.boomiemulator.concurrency.Race.platform;
import static dev.boomiemulator.support.Demo.filter;
import static org.assertj.core.api.Assertions.assertThat;

import dev.boomiemulator.client.EmulatorRuntimeInfo;
import dev.boomiemulator.junit.BoomiEmulatorTest;
import io.restassured.response.Response;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Concurrent installs: a single-install pack is installed once; multi-install names stay apart. */
@BoomiEmulatorTest
class IntegrationPackInstallRaceTest {
    private static final int WRITERS = 16;
    private static final String SINGLE_PACK = "a3c4917d-9622-4c5f-978c-0f02b5f5457a";
    private static final String MULTI_PACK = "89abcdef-0123-4567-89ab-cdef01234567";

    @Test
    void concurrent_installs_of_a_single_install_pack_install_it_once(EmulatorRuntimeInfo emulator) {
        List<Response> answers = Race.run(WRITERS, i -> platform(emulator)
                .body("{\"integrationPackId\":\"" + SINGLE_PACK + "\"}").post("/IntegrationPackInstance"));

        Race.assertNoServerError(answers);
        assertThat(Race.statuses(answers)).containsEntry(200, 1L).containsEntry(400, (long) WRITERS - 1);
        assertThat(instancesOf(emulator, SINGLE_PACK)).isEqualTo(1);
    }

    @Test
    void concurrent_installs_of_a_multi_install_pack_under_distinct_names_all_succeed(EmulatorRuntimeInfo emulator) {
        int before = instancesOf(emulator, MULTI_PACK);
        List<Response> answers = Race.run(WRITERS, i -> platform(emulator)
                .body("{\"integrationPackId\":\"" + MULTI_PACK + "\",\"integrationPackOverrideName\":\"Intake " + i + "\"}")
                .post("/IntegrationPackInstance"));

        Race.assertNoServerError(answers);
        assertThat(answers).allSatisfy(answer -> assertThat(answer.statusCode()).isEqualTo(200));
        assertThat(instancesOf(emulator, MULTI_PACK)).isEqualTo(before + WRITERS);
    }

    private static int instancesOf(EmulatorRuntimeInfo emulator, String packId) {
        return platform(emulator).body(filter("integrationPackId", "EQUALS", packId)).post("/IntegrationPackInstance/query")
                .then().statusCode(200).extract().jsonPath().getInt("numberOfResults");
    }
}
