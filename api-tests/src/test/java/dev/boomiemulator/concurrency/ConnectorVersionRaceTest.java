package dev.boomiemulator.concurrency;

import static dev.boomiemulator.concurrency.Race.platform;
import static dev.boomiemulator.support.Demo.filter;
import static org.assertj.core.api.Assertions.assertThat;

import dev.boomiemulator.client.EmulatorRuntimeInfo;
import dev.boomiemulator.junit.BoomiEmulatorTest;
import dev.boomiemulator.support.ConnectorArchives;
import io.restassured.response.Response;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Concurrent uploads to one connector group: each gets the next version number, none twice. */
@BoomiEmulatorTest
class ConnectorVersionRaceTest {
    private static final int WRITERS = 16;
    private static final String GROUP = "demo-account-sample";

    static byte[] archive() {
        return ConnectorArchives.minimal();
    }

    @Test
    void concurrent_uploads_get_consecutive_distinct_version_numbers(EmulatorRuntimeInfo emulator) {
        int before = versionsOfGroup(emulator);
        byte[] archive = archive();

        List<Response> answers = Race.run(WRITERS, i -> platform(emulator).contentType("multipart/form-data")
                .multiPart("connectorVersionArchive", "connector.car.zip", archive, "application/zip")
                .multiPart("groupType", GROUP)
                .post("/ConnectorVersion"));

        Race.assertNoServerError(answers);
        assertThat(answers).allSatisfy(answer -> assertThat(answer.statusCode()).isEqualTo(200));
        List<Integer> numbers = answers.stream().map(a -> Integer.parseInt(a.jsonPath().getString("versionId"))).sorted().toList();
        assertThat(numbers).doesNotHaveDuplicates().hasSize(WRITERS);
        assertThat(numbers.get(WRITERS - 1) - numbers.get(0)).isEqualTo(WRITERS - 1);
        assertThat(versionsOfGroup(emulator)).isEqualTo(before + WRITERS);
    }

    private static int versionsOfGroup(EmulatorRuntimeInfo emulator) {
        return platform(emulator).body(filter("groupType", "EQUALS", GROUP)).post("/ConnectorVersion/query")
                .then().statusCode(200).extract().jsonPath().getInt("numberOfResults");
    }
}
