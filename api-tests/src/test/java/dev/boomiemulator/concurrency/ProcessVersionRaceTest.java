package dev.boomiemulator.concurrency;

import static dev.boomiemulator.concurrency.Race.platform;
import static dev.boomiemulator.support.Demo.DRAFT_PROCESS;
import static dev.boomiemulator.support.Demo.filter;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasToString;

import dev.boomiemulator.client.EmulatorRuntimeInfo;
import dev.boomiemulator.junit.BoomiEmulatorTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Concurrent saves of one process: each a version of its own, as if they had come one after another. */
@BoomiEmulatorTest
class ProcessVersionRaceTest {
    private static final int WRITERS = 20;

    @Test
    void twenty_concurrent_updates_of_one_process_make_versions_2_to_21(EmulatorRuntimeInfo emulator) {
        List<Response> answers = Race.run(WRITERS, i -> platform(emulator)
                .body("{\"name\":\"Draft " + i + "\"}").post("/Process/" + DRAFT_PROCESS));

        Race.assertNoServerError(answers);
        assertThat(answers).allSatisfy(answer -> assertThat(answer.statusCode()).isEqualTo(200));
        List<Integer> versions = answers.stream().map(a -> Integer.parseInt(a.jsonPath().getString("currentVersion"))).sorted().toList();
        assertThat(versions).containsExactlyElementsOf(IntStream.rangeClosed(2, WRITERS + 1).boxed().toList());

        // the last version in the history is the one the process shows, with the name its writer sent
        Response last = answers.stream().filter(a -> a.jsonPath().getString("currentVersion").equals(String.valueOf(WRITERS + 1)))
                .findFirst().orElseThrow();
        platform(emulator).get("/Process/" + DRAFT_PROCESS).then().statusCode(200)
                .body("currentVersion", hasToString(String.valueOf(WRITERS + 1)))
                .body("name", equalTo(last.jsonPath().getString("name")));
        JsonPath history = platform(emulator).body(filter("componentId", "EQUALS", DRAFT_PROCESS))
                .post("/ComponentMetadata/query").then().statusCode(200).extract().jsonPath();
        assertThat(history.getInt("numberOfResults")).isEqualTo(WRITERS + 1);
        List<Object> numbers = history.getList("result.version");
        List<Object> current = history.getList("result.currentVersion");
        assertThat(numbers.stream().map(String::valueOf).distinct()).hasSize(WRITERS + 1);
        assertThat(current.stream().map(String::valueOf).filter("true"::equals)).hasSize(1);
    }
}
