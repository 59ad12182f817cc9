package dev.boomiemulator.concurrency;

import static dev.boomiemulator.concurrency.Race.platform;
import static dev.boomiemulator.support.Demo.DRAFT_PROCESS;
import static dev.boomiemulator.support.Demo.filter;
import static org.assertj.core.api.Assertions.assertThat;

import dev.boomiemulator.client.EmulatorRuntimeInfo;
import dev.boomiemulator.junit.BoomiEmulatorTest;
import io.restassured.response.Response;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Concurrent packaging of one component: package versions stay unique per component. */
@BoomiEmulatorTest
class PackagingRaceTest {
    private static final int WRITERS = 16;

    @Test
    void concurrent_packages_without_a_version_get_1_0_to_1_15(EmulatorRuntimeInfo emulator) {
        List<Response> answers = Race.run(WRITERS, i -> platform(emulator)
                .body("{\"componentId\":\"" + DRAFT_PROCESS + "\"}").post("/PackagedComponent"));

        Race.assertNoServerError(answers);
        assertThat(answers).allSatisfy(answer -> assertThat(answer.statusCode()).isEqualTo(200));
        assertThat(answers.stream().map(a -> a.jsonPath().getString("packageVersion")))
                .containsExactlyInAnyOrderElementsOf(IntStream.range(0, WRITERS).mapToObj(minor -> "1." + minor).toList());
        assertThat(packagesOfDraft(emulator)).isEqualTo(WRITERS);
    }

    @Test
    void concurrent_packages_with_the_same_version_store_one_and_refuse_the_rest(EmulatorRuntimeInfo emulator) {
        List<Response> answers = Race.run(WRITERS, i -> platform(emulator)
                .body("{\"componentId\":\"" + DRAFT_PROCESS + "\",\"packageVersion\":\"7.7\"}").post("/PackagedComponent"));

        Race.assertNoServerError(answers);
        assertThat(Race.statuses(answers)).containsEntry(200, 1L).containsEntry(400, (long) WRITERS - 1);
        assertThat(answers.stream().filter(a -> a.statusCode() == 400).map(a -> a.jsonPath().getString("message")))
                .allSatisfy(message -> assertThat(message).contains("duplicate packageVersion"));
        assertThat(packagesOfDraft(emulator)).isEqualTo(1);
    }

    private static int packagesOfDraft(EmulatorRuntimeInfo emulator) {
        return platform(emulator).body(filter("componentId", "EQUALS", DRAFT_PROCESS)).post("/PackagedComponent/query")
                .then().statusCode(200).extract().jsonPath().getInt("numberOfResults");
    }
}
