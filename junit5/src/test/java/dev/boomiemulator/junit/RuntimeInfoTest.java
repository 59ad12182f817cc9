package dev.boomiemulator.junit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.hamcrest.Matchers.equalTo;

import dev.boomiemulator.client.EmulatorAccount;
import dev.boomiemulator.client.EmulatorControlException;
import dev.boomiemulator.client.EmulatorRuntimeInfo;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The runtime info follows the fixtures; the control talks to the server over its control API. */
@BoomiEmulatorTest
class RuntimeInfoTest {

    @Test
    void with_the_default_fixtures_the_defaults_are_the_demo_account(EmulatorRuntimeInfo emulator) {
        assertThat(emulator.accountId()).isEqualTo(EmulatorRuntimeInfo.DEMO_ACCOUNT);
        assertThat(emulator.username()).isEqualTo(EmulatorRuntimeInfo.DEMO_USER);
        assertThat(emulator.password()).isEqualTo(EmulatorRuntimeInfo.DEMO_PASSWORD);
        assertThat(emulator.apiToken()).isEqualTo(EmulatorRuntimeInfo.DEMO_API_TOKEN);
        assertThat(emulator.platformUrl()).isEqualTo(emulator.baseUrl() + "/api/rest/v1/demo-account");
    }

    @Test
    void any_account_gives_its_users_and_data_integration_tokens_and_they_work(EmulatorRuntimeInfo emulator) {
        EmulatorAccount other = emulator.account("other-account");
        given().baseUri(emulator.platformUrl(other.id()))
                .auth().preemptive().basic(other.firstUser().username(), other.firstUser().password()).accept("application/json")
                .post("/Environment/query").then().statusCode(200).body("numberOfResults", equalTo(1));

        EmulatorAccount.DataIntegration di = emulator.account("demo-account").dataIntegration();
        given().baseUri(emulator.dataIntegrationUrl()).auth().oauth2(di.tokens().get(0).token())
                .get("/accounts/" + di.accountId() + "/environments").then().statusCode(200);
    }

    @Test
    void an_unknown_account_names_the_loaded_ones(EmulatorRuntimeInfo emulator) {
        IllegalArgumentException missing = catchThrowableOfType(IllegalArgumentException.class,
                () -> emulator.account("nobody"));
        assertThat(missing).hasMessageContaining("nobody").hasMessageContaining("demo-account, other-account");
    }

    @Test
    void a_fixture_folder_from_the_test_classpath_is_loaded_in_index_order_and_followed(EmulatorRuntimeInfo emulator) {
        emulator.control().loadFixtureResource("fixtures/extra");

        EmulatorAccount extra = emulator.account("extra-account");
        assertThat(extra.firstUser().password()).isEqualTo("extra-password");
        assertThat(extra.dataIntegration().accountId()).isEqualTo("6650a1b2c3d4e5f6000000f1");
        given().baseUri(emulator.platformUrl("extra-account")).auth().preemptive().basic("extra@example.com", "extra-password").accept("application/json")
                .post("/Environment/query").then().statusCode(200);
        // the defaults stay with the demo account
        assertThat(emulator.accountId()).isEqualTo("demo-account");
    }

    @Test
    void a_refused_fixture_says_where_and_why(EmulatorRuntimeInfo emulator) {
        EmulatorControlException refused = catchThrowableOfType(EmulatorControlException.class, () -> emulator.control()
                .loadFixture("bad.json", "{\"accounts\":[{\"id\":\"bad\",\"platform\":{\"environments\":[{\"id\":\"e\"}]}}]}"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo("bad.json");
            assertThat(problem.path()).isEqualTo("$.accounts[0].platform.environments[0]");
        });
        assertThat(emulator.accounts()).extracting(EmulatorAccount::id).doesNotContain("bad");
    }

    @Test
    void the_clock_is_driven_over_http(EmulatorRuntimeInfo emulator) {
        Instant at = Instant.parse("2026-03-01T12:00:00Z");
        emulator.control().freezeClock(at);
        emulator.control().advanceClock(Duration.ofMinutes(90));
        assertThat(emulator.control().now()).isEqualTo(at.plus(Duration.ofMinutes(90)));
        given().baseUri(emulator.platformUrl()).auth().preemptive().basic(emulator.username(), emulator.password()).accept("application/json")
                .contentType("application/json").body("{\"name\":\"Stamped\"}").post("/Environment")
                .then().statusCode(200).body("createdDate", equalTo("2026-03-01T13:30:00Z"));
    }

    @Test
    void resetting_one_account_over_http_leaves_the_others(EmulatorRuntimeInfo emulator) {
        given().baseUri(emulator.platformUrl()).auth().preemptive().basic(emulator.username(), emulator.password()).accept("application/json")
                .contentType("application/json").body("{\"name\":\"Kept\"}").post("/Environment").then().statusCode(200);
        emulator.control().resetAccount("other-account");
        given().baseUri(emulator.platformUrl()).auth().preemptive().basic(emulator.username(), emulator.password()).accept("application/json")
                .post("/Environment/query").then().body("numberOfResults", equalTo(3));
        emulator.control().reset();
        given().baseUri(emulator.platformUrl()).auth().preemptive().basic(emulator.username(), emulator.password()).accept("application/json")
                .post("/Environment/query").then().body("numberOfResults", equalTo(2));
    }
}
