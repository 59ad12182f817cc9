package dev.boomiemulator.concurrency;

import static dev.boomiemulator.concurrency.Race.platform;
import static dev.boomiemulator.support.Demo.DRAFT_PROCESS;
import static dev.boomiemulator.support.Demo.PRODUCTION;
import static dev.boomiemulator.support.Demo.and;
import static org.assertj.core.api.Assertions.assertThat;

import dev.boomiemulator.client.EmulatorRuntimeInfo;
import dev.boomiemulator.junit.BoomiEmulatorTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Concurrent deployments of one component to one environment: one stays active, versions count up. */
@BoomiEmulatorTest
class DeploymentRaceTest {
    private static final int WRITERS = 16;

    @Test
    void concurrent_deployments_of_different_packages_leave_exactly_one_active(EmulatorRuntimeInfo emulator) {
        List<String> packages = new ArrayList<>();
        for (int i = 0; i < WRITERS; i++) {
            packages.add(platform(emulator).body("{\"componentId\":\"" + DRAFT_PROCESS + "\"}").post("/PackagedComponent")
                    .then().statusCode(200).extract().jsonPath().getString("packageId"));
        }

        List<Response> answers = Race.run(WRITERS, i -> platform(emulator)
                .body("{\"environmentId\":\"" + PRODUCTION + "\",\"packageId\":\"" + packages.get(i) + "\"}")
                .post("/DeployedPackage"));

        Race.assertNoServerError(answers);
        assertThat(answers).allSatisfy(answer -> assertThat(answer.statusCode()).isEqualTo(200));
        assertThat(answers.stream().map(a -> a.jsonPath().getInt("version")))
                .containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, WRITERS).boxed().toList());
        JsonPath deployments = deploymentsOfDraft(emulator);
        assertThat(deployments.getInt("numberOfResults")).isEqualTo(WRITERS);
        List<Object> active = deployments.getList("result.active");
        assertThat(active.stream().map(String::valueOf).filter("true"::equals)).hasSize(1);
        // the active one is the last in the serial order: the highest version
        int activeIndex = active.stream().map(String::valueOf).toList().indexOf("true");
        assertThat(deployments.getInt("result[" + activeIndex + "].version")).isEqualTo(WRITERS);
    }

    @Test
    void concurrent_deployments_of_one_package_store_one_and_refuse_the_rest(EmulatorRuntimeInfo emulator) {
        String packageId = platform(emulator).body("{\"componentId\":\"" + DRAFT_PROCESS + "\"}").post("/PackagedComponent")
                .then().statusCode(200).extract().jsonPath().getString("packageId");

        List<Response> answers = Race.run(WRITERS, i -> platform(emulator)
                .body("{\"environmentId\":\"" + PRODUCTION + "\",\"packageId\":\"" + packageId + "\"}")
                .post("/DeployedPackage"));

        Race.assertNoServerError(answers);
        assertThat(Race.statuses(answers)).containsEntry(200, 1L).containsEntry(400, (long) WRITERS - 1);
        assertThat(deploymentsOfDraft(emulator).getInt("numberOfResults")).isEqualTo(1);
    }

    private static JsonPath deploymentsOfDraft(EmulatorRuntimeInfo emulator) {
        return platform(emulator).body(and("componentId", "EQUALS", DRAFT_PROCESS, "environmentId", "EQUALS", PRODUCTION))
                .post("/DeployedPackage/query").then().statusCode(200).extract().jsonPath();
    }
}
