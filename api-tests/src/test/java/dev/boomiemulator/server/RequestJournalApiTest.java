package dev.boomiemulator.server;

import static dev.boomiemulator.client.RequestPattern.anyRequest;
import static dev.boomiemulator.client.RequestPattern.post;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import dev.boomiemulator.client.EmulatorRuntimeInfo;
import dev.boomiemulator.client.RecordedRequest;
import dev.boomiemulator.junit.BoomiEmulatorTest;
import dev.boomiemulator.support.ConnectNow;
import dev.boomiemulator.support.Contracts;
import dev.boomiemulator.support.DataIntegration;
import dev.boomiemulator.support.Demo;
import dev.boomiemulator.support.Platform;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The request journal: what each family was asked, found by what a test wants to check, then forgotten. */
@BoomiEmulatorTest
class RequestJournalApiTest {
    private static RequestSpecification control(EmulatorRuntimeInfo emulator) {
        return given().baseUri(emulator.baseUrl() + "/_emulator").contentType(ContentType.JSON).filter(Contracts.CONTROL);
    }

    @Test
    void every_family_is_recorded_newest_first_with_credentials_redacted(EmulatorRuntimeInfo emulator) {
        Platform.as(emulator).body("{\"name\":\"Journaled\"}").post("/Environment").then().statusCode(200);
        ConnectNow.as(emulator).body(ConnectNow.body("accountId", "demo-account")).post("/getEnvironmentsForAccount")
                .then().statusCode(200);
        DataIntegration.as(emulator).get("/environments").then().statusCode(200);
        control(emulator).get("/health").then().statusCode(200);

        JsonPath journal = control(emulator).get("/requests").then().statusCode(200)
                .body("total", equalTo(3))
                .body("requests", hasSize(3))
                .extract().jsonPath();
        assertThat(journal.getList("requests.family")).containsExactly("dataintegration", "connectnow", "platform");
        assertThat(journal.getList("requests.account"))
                .containsExactly(DataIntegration.ACCOUNT, "demo-account", "demo-account");
        assertThat(journal.getString("requests[2].method")).isEqualTo("POST");
        assertThat(journal.getString("requests[2].path")).isEqualTo("/api/rest/v1/demo-account/Environment");
        assertThat(journal.getString("requests[2].body")).isEqualTo("{\"name\":\"Journaled\"}");
        assertThat(journal.getString("requests[2].response")).contains("\"name\":\"Journaled\"");
        assertThat(journal.getInt("requests[2].status")).isEqualTo(200);
        assertThat(journal.getString("requests[2].headers.Authorization")).isEqualTo("***");
        assertThat(journal.getString("requests[0].headers.Authorization")).isEqualTo("***");
        assertThat(journal.getLong("requests[0].id")).isGreaterThan(journal.getLong("requests[1].id"));
    }

    @Test
    void filters_narrow_the_search_and_count_counts_it(EmulatorRuntimeInfo emulator) {
        emulator.control().freezeClock(Instant.parse("2026-05-01T10:00:00Z"));
        Platform.as(emulator).get("/Environment/" + Demo.PRODUCTION).then().statusCode(200);
        Platform.as(emulator).get("/Environment/no-such-id").then().statusCode(404);
        emulator.control().advanceClock(Duration.ofMinutes(5));
        Platform.as(emulator, "other-account", "other@example.com", "other-password")
                .body("{\"name\":\"Elsewhere\"}").post("/Environment").then().statusCode(200);

        control(emulator).get("/requests?status=4xx").then().body("total", equalTo(1))
                .body("requests[0].path", equalTo("/api/rest/v1/demo-account/Environment/no-such-id"));
        control(emulator).get("/requests?method=get&path=/api/rest/v1/*/Environment/*").then().body("total", equalTo(2));
        control(emulator).get("/requests?path=/api/**").then().body("total", equalTo(3));
        control(emulator).get("/requests?account=other-account").then().body("total", equalTo(1));
        control(emulator).get("/requests?since=2026-05-01T10:01:00Z").then().body("total", equalTo(1))
                .body("requests[0].account", equalTo("other-account"));
        control(emulator).get("/requests?until=2026-05-01T10:00:00Z&family=platform").then().body("total", equalTo(2));
        control(emulator).get("/requests?limit=1&offset=1").then().body("total", equalTo(3)).body("requests", hasSize(1))
                .body("requests[0].status", equalTo(404));
        control(emulator).get("/requests/count?status=200").then().statusCode(200).body("count", equalTo(2));
    }

    @Test
    void delete_forgets_everything_recorded_so_far(EmulatorRuntimeInfo emulator) {
        Platform.as(emulator).get("/Environment/" + Demo.PRODUCTION).then().statusCode(200);
        control(emulator).delete("/requests").then().statusCode(200).body("cleared", equalTo(1));
        control(emulator).get("/requests/count").then().body("count", equalTo(0));
        Platform.as(emulator).get("/Environment/" + Demo.PRODUCTION).then().statusCode(200);
        control(emulator).get("/requests/count").then().body("count", equalTo(1));
    }

    @Test
    void a_malformed_filter_is_a_400_naming_it(EmulatorRuntimeInfo emulator) {
        control(emulator).get("/requests?status=teapot").then().statusCode(400).body("message", containsString("teapot"));
        control(emulator).get("/requests?since=yesterday").then().statusCode(400).body("message", containsString("yesterday"));
        control(emulator).get("/requests?limit=-1").then().statusCode(400);
    }

    @Test
    void the_junit_view_verifies_what_the_code_under_test_sent(EmulatorRuntimeInfo emulator) {
        Platform.as(emulator).body("{\"packageId\":\"" + Demo.ORDER_SYNC_PACKAGE_2 + "\",\"environmentId\":\""
                + Demo.PRODUCTION + "\"}").post("/DeployedPackage").then().statusCode(200);

        var requests = emulator.control().requests();
        requests.verify(1, post("/api/rest/v1/*/DeployedPackage"));
        requests.verify(0, post("/api/rest/v1/*/DeployedPackage").status("4xx"));
        List<RecordedRequest> deployments = requests.matching(post("/api/rest/v1/*/DeployedPackage"));
        assertThat(deployments).singleElement().satisfies(request -> {
            assertThat(request.body()).contains(Demo.ORDER_SYNC_PACKAGE_2);
            assertThat(request.account()).isEqualTo("demo-account");
            assertThat(request.status()).isEqualTo(200);
        });
        assertThatThrownBy(() -> requests.verify(2, post("/api/rest/v1/*/DeployedPackage")))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("expected 2 request(s)")
                .hasMessageContaining("POST /api/rest/v1/demo-account/DeployedPackage -> 200");
        requests.clear();
        assertThat(requests.count(anyRequest())).isZero();
    }

    @Test
    void each_test_starts_with_an_empty_journal(EmulatorRuntimeInfo emulator) {
        // the other tests of this class made requests; the extension clears the journal with each reset
        control(emulator).get("/requests").then().body("total", equalTo(0)).body("requests[0]", nullValue());
    }
}
