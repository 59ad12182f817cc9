package dev.boomiemulator.concurrency;

import static dev.boomiemulator.concurrency.Race.dataIntegration;
import static dev.boomiemulator.concurrency.Race.platform;
import static dev.boomiemulator.support.DataIntegration.ACCOUNT;
import static dev.boomiemulator.support.DataIntegration.TOKEN;
import static dev.boomiemulator.support.DataIntegration.prod;
import static dev.boomiemulator.support.Demo.DRAFT_PROCESS;
import static dev.boomiemulator.support.Demo.TEST;
import static dev.boomiemulator.support.Demo.filter;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.boomiemulator.client.EmulatorRuntimeInfo;
import dev.boomiemulator.junit.BoomiEmulatorTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

/**
 * Resets while writers of several families keep writing: every answer is a 2xx or a clean 4xx, no
 * reset fails, and a reset after the load brings back exactly the fixtures (the server is not wedged).
 */
@BoomiEmulatorTest
class ResetUnderLoadTest {
    private static final int RESETS = 40;

    /** The writers, by thread: what each one sends again and again (n counts its requests). */
    private static List<IntFunction<Response>> writers(EmulatorRuntimeInfo emulator) {
        return List.of(
                n -> platform(emulator).body("{\"name\":\"Draft " + n + "\"}").post("/Process/" + DRAFT_PROCESS),
                n -> platform(emulator).body("{\"description\":\"d" + n + "\"}").post("/Process/" + DRAFT_PROCESS),
                n -> platform(emulator).body("{\"name\":\"Load " + n + "\",\"classification\":\"TEST\"}").post("/Environment"),
                n -> platform(emulator).body("{\"componentId\":\"" + DRAFT_PROCESS + "\"}").post("/PackagedComponent"),
                n -> platform(emulator).body("{\"environmentId\":\"" + TEST + "\",\"componentId\":\"" + DRAFT_PROCESS + "\"}")
                        .post("/DeployedPackage"),
                n -> dataIntegration(emulator, ACCOUNT, TOKEN).body("{\"variables\":{\"load_" + n % 5 + "\":\"" + n + "\"}}")
                        .put(prod("/variables")),
                n -> dataIntegration(emulator, ACCOUNT, TOKEN).body("{\"variables\":{\"shared\":\"" + n + "\"}}")
                        .post(prod("/variables")),
                n -> dataIntegration(emulator, ACCOUNT, TOKEN).get(prod("/variables")));
    }

    @Test
    void resets_under_eight_writers_never_fail_and_the_last_one_restores_the_fixtures(EmulatorRuntimeInfo emulator)
            throws Exception {
        Map<String, Object> fixtures = state(emulator);
        Writers writers = Writers.start(writers(emulator));
        List<Integer> resets = new ArrayList<>();
        try {
            for (int round = 0; round < RESETS; round++) {
                resets.add(given().baseUri(emulator.baseUrl()).post("/_emulator/reset").statusCode());
            }
        } finally {
            writers.stop();
        }

        assertThat(resets).as("reset statuses").allSatisfy(status -> assertThat(status).isBetween(200, 299));
        assertThat(writers.serverErrors()).as("writer statuses %s", writers.statuses()).isEmpty();
        given().baseUri(emulator.baseUrl()).post("/_emulator/reset").then().statusCode(200);
        assertThat(state(emulator)).isEqualTo(fixtures);
    }

    /** What the writers change, seen through the API. */
    private static Map<String, Object> state(EmulatorRuntimeInfo emulator) {
        Map<String, Object> state = new LinkedHashMap<>();
        Response draft = platform(emulator).get("/Process/" + DRAFT_PROCESS);
        state.put("process", draft.jsonPath().getString("currentVersion") + " " + draft.jsonPath().getString("name"));
        state.put("versions", count(emulator, "/ComponentMetadata/query", filter("componentId", "EQUALS", DRAFT_PROCESS)));
        state.put("environments", count(emulator, "/Environment/query", "{}"));
        state.put("packages", count(emulator, "/PackagedComponent/query", filter("componentId", "EQUALS", DRAFT_PROCESS)));
        state.put("deployments", count(emulator, "/DeployedPackage/query", filter("componentId", "EQUALS", DRAFT_PROCESS)));
        state.put("variables", dataIntegration(emulator, ACCOUNT, TOKEN).get(prod("/variables")).jsonPath().getMap("variables"));
        return state;
    }

    private static int count(EmulatorRuntimeInfo emulator, String path, String body) {
        return platform(emulator).body(body).post(path).then().statusCode(200).extract().jsonPath().getInt("numberOfResults");
    }
}
