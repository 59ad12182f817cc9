package dev.boomiemulator.server;

import static dev.boomiemulator.client.RequestPattern.get;
import static dev.boomiemulator.client.RequestPattern.post;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import dev.boomiemulator.client.EmulatorRuntimeInfo;
import dev.boomiemulator.client.Fault;
import dev.boomiemulator.junit.BoomiEmulatorTest;
import dev.boomiemulator.support.Contracts;
import dev.boomiemulator.support.DataIntegration;
import dev.boomiemulator.support.Demo;
import dev.boomiemulator.support.Platform;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Fault injection, seen as a client with a retry loop sees it: each kind of fault the real service produces, and
 * the emulator's own (a delay, a dropped connection), then the normal answer once the rule has had its way.
 */
@BoomiEmulatorTest
class FaultInjectionApiTest {
    private static final String PRODUCTION_PATH = "/api/rest/v1/demo-account/Environment/" + Demo.PRODUCTION;

    private static RequestSpecification control(EmulatorRuntimeInfo emulator) {
        return given().baseUri(emulator.baseUrl() + "/_emulator").contentType(ContentType.JSON).filter(Contracts.CONTROL);
    }

    /** The Platform as the demo user, without the contract check: an injected status is outside every document. */
    private static RequestSpecification platformUnchecked(EmulatorRuntimeInfo emulator) {
        return given().baseUri(emulator.platformUrl()).auth().preemptive().basic(emulator.username(), emulator.password())
                .contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    private static RequestSpecification dataIntegrationUnchecked(EmulatorRuntimeInfo emulator) {
        return given().baseUri(emulator.dataIntegrationUrl() + "/accounts/" + DataIntegration.ACCOUNT)
                .auth().oauth2(DataIntegration.TOKEN).accept(ContentType.JSON);
    }

    /** What a careful client does: retry a 429, a 503 or a broken connection, up to five attempts. */
    private static List<Integer> withRetries(Supplier<Response> call) {
        List<Integer> statuses = new ArrayList<>();
        for (int attempt = 0; attempt < 5; attempt++) {
            int status;
            try {
                status = call.get().statusCode();
            } catch (RuntimeException dropped) {
                status = -1;
            }
            statuses.add(status);
            if (status != 429 && status != 503 && status != -1) {
                break;
            }
        }
        return statuses;
    }

    @Test
    void the_platform_rate_limit_fires_twice_then_the_retry_succeeds(EmulatorRuntimeInfo emulator) {
        emulator.control().faults().add(Fault.platformRateLimit().matching(get("/api/rest/v1/*/Environment/*")).times(2));

        Platform.as(emulator).get("/Environment/" + Demo.PRODUCTION).then().statusCode(503)
                .body("'@type'", equalTo("Error")).body("message", containsString("allotted rate limit"));
        assertThat(withRetries(() -> Platform.as(emulator).get("/Environment/" + Demo.PRODUCTION))).containsExactly(503, 200);
        // other requests were never touched
        Platform.as(emulator).post("/Environment/query").then().statusCode(200);
    }

    @Test
    void data_integration_answers_429_with_retry_after_in_its_own_shape(EmulatorRuntimeInfo emulator) {
        emulator.control().faults().add(Fault.dataIntegrationRateLimit(7).times(1));
        dataIntegrationUnchecked(emulator).get("/environments").then().statusCode(429)
                .header("Retry-After", "7")
                .body("detail", containsString("rate limit"));
        assertThat(withRetries(() -> DataIntegration.as(emulator).get("/environments"))).containsExactly(200);
    }

    @Test
    void an_expired_token_is_a_401_even_with_good_credentials_until_the_rule_goes(EmulatorRuntimeInfo emulator) {
        String id = emulator.control().faults().add(Fault.tokenExpired());
        Platform.as(emulator).get("/Environment/" + Demo.PRODUCTION).then().statusCode(401).body("'@type'", equalTo("Error"));
        DataIntegration.as(emulator).get("/environments").then().statusCode(401);
        emulator.control().faults().remove(id);
        Platform.as(emulator).get("/Environment/" + Demo.PRODUCTION).then().statusCode(200);
    }

    @Test
    void every_nth_and_a_body_text_narrow_when_a_rule_fires(EmulatorRuntimeInfo emulator) {
        emulator.control().faults().add(Fault.on(post("/api/rest/v1/*/Environment")).bodyContains("Flaky")
                .respond(500, "Injected").everyNth(2));
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            statuses.add(platformUnchecked(emulator).body("{\"name\":\"Flaky " + i + "\"}").post("/Environment").statusCode());
        }
        assertThat(statuses).containsExactly(200, 500, 200, 500);
        Platform.as(emulator).body("{\"name\":\"Steady\"}").post("/Environment").then().statusCode(200);
        control(emulator).get("/faults").then().body("faults", hasSize(1))
                .body("faults[0].matched", equalTo(4)).body("faults[0].fired", equalTo(2));
    }

    @Test
    void a_delay_holds_the_request_then_serves_it(EmulatorRuntimeInfo emulator) {
        emulator.control().faults().add(Fault.on(get(PRODUCTION_PATH)).delay(Duration.ofMillis(600)).times(1));
        long start = System.nanoTime();
        Platform.as(emulator).get("/Environment/" + Demo.PRODUCTION).then().statusCode(200).body("name", equalTo("Production"));
        assertThat((System.nanoTime() - start) / 1_000_000).isGreaterThanOrEqualTo(600);
    }

    @Test
    void a_dropped_connection_is_retried(EmulatorRuntimeInfo emulator) {
        // a POST: HTTP clients retry a GET on an empty reply by themselves
        emulator.control().faults().add(Fault.on(post("/api/rest/v1/*/Environment/query")).drop().times(1));
        assertThatThrownBy(() -> Platform.as(emulator).post("/Environment/query")).isInstanceOf(Exception.class);
        assertThat(withRetries(() -> Platform.as(emulator).post("/Environment/query"))).containsExactly(200);
    }

    @Test
    void rules_expire_on_the_emulator_clock(EmulatorRuntimeInfo emulator) {
        emulator.control().freezeClock();
        emulator.control().faults().add(Fault.platformRateLimit().expiresIn(Duration.ofSeconds(30)));
        Platform.as(emulator).get("/Environment/" + Demo.PRODUCTION).then().statusCode(503);
        emulator.control().advanceClock(Duration.ofSeconds(31));
        Platform.as(emulator).get("/Environment/" + Demo.PRODUCTION).then().statusCode(200);
        control(emulator).get("/faults").then().body("faults", hasSize(0));
    }

    @Test
    void a_rule_that_does_not_say_what_to_do_is_a_400(EmulatorRuntimeInfo emulator) {
        control(emulator).body("{\"path\":\"/api/**\"}").post("/faults").then().statusCode(400)
                .body("message", containsString("does one thing"));
        control(emulator).body("{\"preset\":\"meteor-strike\"}").post("/faults").then().statusCode(400);
        control(emulator).body("{\"status\":503,\"delayMs\":100}").post("/faults").then().statusCode(400);
        control(emulator).delete("/faults/fault-999").then().statusCode(404);
    }

    @Test
    void the_extension_removes_a_tests_rules_after_it(EmulatorRuntimeInfo emulator) {
        // the other tests of this class left rules behind; none is in force now
        control(emulator).get("/faults").then().body("faults", hasSize(0));
    }
}
