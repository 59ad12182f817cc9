package dev.boomiemulator.concurrency;

import static dev.boomiemulator.concurrency.Race.platform;
import static dev.boomiemulator.support.Demo.OTHER_ACCOUNT;
import static dev.boomiemulator.support.Demo.OTHER_PASSWORD;
import static dev.boomiemulator.support.Demo.OTHER_USER;
import static dev.boomiemulator.support.Demo.filter;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.boomiemulator.client.EmulatorRuntimeInfo;
import dev.boomiemulator.junit.BoomiEmulatorTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Resets of one account while both accounts keep writing, as on a shared instance where each team resets its own
 * account: every reset succeeds, the reset account comes back to its fixtures, and not one of the other account's
 * writes is lost, its generic objects' filterable values included (each account's reset takes its own keys from the
 * log, and finds whose a generic object's values are by their object).
 */
@BoomiEmulatorTest
class AccountResetUnderLoadTest {
    private static final int RESETS = 30;

    @Test
    void resets_of_one_account_under_writers_of_both_keep_every_write_of_the_other(EmulatorRuntimeInfo emulator)
            throws Exception {
        Map<String, Integer> otherFixtures = state(() -> other(emulator));
        Map<String, Integer> demoFixtures = state(() -> platform(emulator));
        AtomicInteger demoEnvironments = new AtomicInteger();
        AtomicInteger demoFolders = new AtomicInteger();
        List<IntFunction<Response>> writers = List.of(
                n -> counted(demoEnvironments, platform(emulator)
                        .body("{\"name\":\"Demo " + n + "\",\"classification\":\"TEST\"}").post("/Environment")),
                n -> counted(demoFolders, platform(emulator).body("{\"name\":\"Demo " + n + "\"}").post("/Folder")),
                n -> other(emulator).body("{\"name\":\"Other " + n + "\",\"classification\":\"TEST\"}").post("/Environment"),
                n -> other(emulator).body("{\"name\":\"Other " + n + "\"}").post("/Folder"));
        Writers load = Writers.start(writers);
        List<Integer> resets = new ArrayList<>();
        try {
            for (int round = 0; round < RESETS; round++) {
                resets.add(given().baseUri(emulator.baseUrl()).post("/_emulator/reset/" + OTHER_ACCOUNT).statusCode());
            }
        } finally {
            load.stop();
        }

        assertThat(resets).as("reset statuses").allSatisfy(status -> assertThat(status).isBetween(200, 299));
        assertThat(load.serverErrors()).as("writer statuses %s", load.statuses()).isEmpty();
        given().baseUri(emulator.baseUrl()).post("/_emulator/reset/" + OTHER_ACCOUNT).then().statusCode(200);
        assertThat(state(() -> other(emulator))).isEqualTo(otherFixtures);
        assertThat(state(() -> platform(emulator))).containsEntry("environments",
                demoFixtures.get("environments") + demoEnvironments.get())
                .containsEntry("folders", demoFolders.get() + demoFixtures.get("folders"));
        // found through its filterable value: the other account's resets left the values of this one's objects alone
        assertThat(count(() -> platform(emulator), "/Folder/query", filter("name", "EQUALS", "Demo 0"))).isEqualTo(1);

        given().baseUri(emulator.baseUrl()).post("/_emulator/reset").then().statusCode(200);
        assertThat(state(() -> platform(emulator))).isEqualTo(demoFixtures);
    }

    private static RequestSpecification other(EmulatorRuntimeInfo emulator) {
        return platform(emulator, OTHER_ACCOUNT, OTHER_USER, OTHER_PASSWORD);
    }

    private static Response counted(AtomicInteger created, Response answer) {
        if (answer.statusCode() == 200) {
            created.incrementAndGet();
        }
        return answer;
    }

    /** What the writers change in one account, seen through the API. */
    private static Map<String, Integer> state(Supplier<RequestSpecification> account) {
        Map<String, Integer> state = new LinkedHashMap<>();
        state.put("environments", count(account, "/Environment/query", "{}"));
        state.put("folders", count(account, "/Folder/query", "{}"));
        state.put("folders named Other 0", count(account, "/Folder/query", filter("name", "EQUALS", "Other 0")));
        return state;
    }

    private static int count(Supplier<RequestSpecification> account, String path, String body) {
        return account.get().body(body).post(path).then().statusCode(200).extract().jsonPath().getInt("numberOfResults");
    }
}
