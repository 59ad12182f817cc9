package dev.boomiemulator.concurrency;

import static dev.boomiemulator.concurrency.Race.dataIntegration;
import static dev.boomiemulator.support.DataIntegration.ACCOUNT;
import static dev.boomiemulator.support.DataIntegration.TOKEN;
import static dev.boomiemulator.support.DataIntegration.prod;
import static org.assertj.core.api.Assertions.assertThat;

import dev.boomiemulator.client.EmulatorRuntimeInfo;
import dev.boomiemulator.junit.BoomiEmulatorTest;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Concurrent variable upserts merge as if one after another: every name kept, one value per name. */
@BoomiEmulatorTest
class VariablesRaceTest {
    private static final int WRITERS = 16;

    @Test
    void concurrent_upserts_of_new_names_keep_every_name_and_one_value_of_the_shared_one(EmulatorRuntimeInfo emulator) {
        Map<String, String> before = variables(emulator);

        List<Response> answers = Race.run(WRITERS, i -> dataIntegration(emulator, ACCOUNT, TOKEN)
                .body("{\"variables\":{\"own_" + i + "\":\"" + i + "\",\"shared_new\":\"" + i + "\"}}")
                .request(i % 2 == 0 ? "PUT" : "POST", prod("/variables")));

        Race.assertNoServerError(answers);
        assertThat(answers).allSatisfy(answer -> assertThat(answer.statusCode()).isIn(200, 201));
        Map<String, String> after = variables(emulator);
        assertThat(after).containsAllEntriesOf(before).hasSize(before.size() + WRITERS + 1);
        for (int i = 0; i < WRITERS; i++) {
            assertThat(after).containsEntry("own_" + i, String.valueOf(i));
        }
        assertThat(Integer.parseInt(after.get("shared_new"))).isBetween(0, WRITERS - 1);
    }

    private static Map<String, String> variables(EmulatorRuntimeInfo emulator) {
        return dataIntegration(emulator, ACCOUNT, TOKEN).get(prod("/variables"))
                .then().statusCode(200).extract().jsonPath().getMap("variables", String.class, String.class);
    }
}
