package dev.boomiemulator.platform;

import static dev.boomiemulator.client.RequestPattern.get;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import dev.boomiemulator.client.EmulatorRuntimeInfo;
import dev.boomiemulator.client.Fault;
import dev.boomiemulator.junit.BoomiEmulatorTest;
import dev.boomiemulator.support.Contracts;
import dev.boomiemulator.support.Platform;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

/**
 * The Partner API path {@code /partner/api/rest/v1/{accountId}/...}: the same objects as the Platform
 * path, and {@code overrideAccount} to act on a sub-account the fixtures declare (fixtures/partner-accounts.json).
 */
@BoomiEmulatorTest(fixtures = "fixtures/partner-accounts.json")
class PartnerApiTest {
    private static final String NAME_QUERY =
            "{\"QueryFilter\":{\"expression\":{\"property\":\"name\",\"operator\":\"EQUALS\",\"argument\":[\"%s\"]}}}";

    /** As the partner's user, on the Partner path of the partner's own account. */
    private static RequestSpecification partner(EmulatorRuntimeInfo emulator) {
        return given().baseUri(emulator.baseUrl() + "/partner/api/rest/v1/partner-account")
                .auth().preemptive().basic("partner@example.com", "partner-password")
                .contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    /** As the partner, acting on {@code accountId}. */
    private static RequestSpecification partnerActingOn(EmulatorRuntimeInfo emulator, String accountId) {
        return partner(emulator).queryParam("overrideAccount", accountId);
    }

    /** As the sub-account's own user, on the Platform path: where the partner's changes must show. */
    private static RequestSpecification subAccount(EmulatorRuntimeInfo emulator) {
        return Platform.as(emulator, "sub-account", "sub@example.com", "sub-password");
    }

    private static int countNamed(RequestSpecification as, String name) {
        return as.body(NAME_QUERY.formatted(name)).post("/Environment/query")
                .then().statusCode(200).extract().path("numberOfResults");
    }

    @Test
    void environment_create_get_update_query_delete_on_the_partner_path(EmulatorRuntimeInfo emulator) {
        String id = partner(emulator).body("{\"name\":\"Partner QA\",\"classification\":\"TEST\"}").post("/Environment")
                .then().statusCode(200).body("'@type'", equalTo("Environment")).body("name", equalTo("Partner QA"))
                .extract().path("id");
        partner(emulator).get("/Environment/" + id).then().statusCode(200).body("classification", equalTo("TEST"));
        partner(emulator).body("{\"name\":\"Partner QA2\"}").post("/Environment/" + id)
                .then().statusCode(200).body("name", equalTo("Partner QA2"));
        partner(emulator).body(NAME_QUERY.formatted("Partner QA2")).post("/Environment/query")
                .then().statusCode(200).body("numberOfResults", equalTo(1)).body("result[0].id", equalTo(id));

        // the same object through the Platform path
        Platform.as(emulator, "partner-account", "partner@example.com", "partner-password")
                .get("/Environment/" + id).then().statusCode(200).body("name", equalTo("Partner QA2"));

        partner(emulator).delete("/Environment/" + id).then().statusCode(200);
        partner(emulator).get("/Environment/" + id).then().statusCode(404).body("'@type'", equalTo("Error"));
    }

    @Test
    void overrideAccount_to_a_sub_account_acts_there_and_the_sub_account_sees_it(EmulatorRuntimeInfo emulator) {
        String id = partnerActingOn(emulator, "sub-account").body("{\"name\":\"Made by partner\"}").post("/Environment")
                .then().statusCode(200).body("name", equalTo("Made by partner")).extract().path("id");

        subAccount(emulator).get("/Environment/" + id).then().statusCode(200).body("name", equalTo("Made by partner"));
        partnerActingOn(emulator, "sub-account").get("/Environment/sub-env")
                .then().statusCode(200).body("name", equalTo("Sub environment"));
        // nothing landed in the partner's own account
        assertCount(partner(emulator), "Made by partner", 0);
        partner(emulator).get("/Environment/" + id).then().statusCode(404);

        partnerActingOn(emulator, "sub-account").body("{\"name\":\"Renamed by partner\"}").post("/Environment/" + id)
                .then().statusCode(200);
        subAccount(emulator).get("/Environment/" + id).then().body("name", equalTo("Renamed by partner"));
        partnerActingOn(emulator, "sub-account").delete("/Environment/" + id).then().statusCode(200);
        subAccount(emulator).get("/Environment/" + id).then().statusCode(404);
    }

    @Test
    void overrideAccount_reaches_a_sub_account_of_a_sub_account(EmulatorRuntimeInfo emulator) {
        partnerActingOn(emulator, "sub-sub-account").body("{\"name\":\"Two levels down\"}").post("/Environment")
                .then().statusCode(200);
        assertCount(Platform.as(emulator, "sub-sub-account", "subsub@example.com", "subsub-password"),
                "Two levels down", 1);
    }

    @Test
    void overrideAccount_to_an_account_the_partner_does_not_manage_is_403(EmulatorRuntimeInfo emulator) {
        partnerActingOn(emulator, "other-account").body("{\"name\":\"Intruder\"}").post("/Environment")
                .then().statusCode(403)
                .body("'@type'", equalTo("Error"))
                .body("message", containsString("other-account"));
        partnerActingOn(emulator, "no-such-account").get("/Environment/sub-env").then().statusCode(403)
                .body("'@type'", equalTo("Error"));
        assertCount(Platform.as(emulator, "other-account", "other@example.com", "other-password"), "Intruder", 0);
    }

    @Test
    void a_sub_account_cannot_override_to_its_parent(EmulatorRuntimeInfo emulator) {
        given().baseUri(emulator.baseUrl() + "/partner/api/rest/v1/sub-account")
                .auth().preemptive().basic("sub@example.com", "sub-password")
                .contentType(ContentType.JSON).accept(ContentType.JSON)
                .queryParam("overrideAccount", "partner-account")
                .body("{\"name\":\"Upwards\"}").post("/Environment")
                .then().statusCode(403).body("'@type'", equalTo("Error"));
        assertCount(Platform.as(emulator, "partner-account", "partner@example.com", "partner-password"), "Upwards", 0);
    }

    @Test
    void the_partner_path_without_credentials_is_401_and_with_another_accounts_user_403(EmulatorRuntimeInfo emulator) {
        given().baseUri(emulator.baseUrl() + "/partner/api/rest/v1/partner-account").accept(ContentType.JSON)
                .queryParam("overrideAccount", "sub-account")
                .get("/Environment/sub-env")
                .then().statusCode(401).header("WWW-Authenticate", startsWith("Basic"))
                .body("'@type'", equalTo("Error"));
        // the sub-account's user is no user of the partner account, so cannot use its path
        given().baseUri(emulator.baseUrl() + "/partner/api/rest/v1/partner-account")
                .auth().preemptive().basic("sub@example.com", "sub-password").accept(ContentType.JSON)
                .queryParam("overrideAccount", "sub-account")
                .get("/Environment/sub-env")
                .then().statusCode(403).body("'@type'", equalTo("Error"));
    }

    @Test
    void overrideAccount_on_the_platform_path_is_400_as_the_real_service_defines_it_for_the_partner_path_only(
            EmulatorRuntimeInfo emulator) {
        Platform.as(emulator, "partner-account", "partner@example.com", "partner-password")
                .queryParam("overrideAccount", "sub-account")
                .body("{\"name\":\"Wrong path\"}").post("/Environment")
                .then().statusCode(400).body("'@type'", equalTo("Error"))
                .body("message", containsString("overrideAccount"));
        assertCount(partner(emulator), "Wrong path", 0);
        assertCount(subAccount(emulator), "Wrong path", 0);
    }

    @Test
    void requests_on_the_partner_path_are_validated_and_answer_in_the_platform_error_shape(EmulatorRuntimeInfo emulator) {
        partnerActingOn(emulator, "sub-account").body("{\"QueryFilter\":\"not an object\"}").post("/Environment/query")
                .then().statusCode(400).body("'@type'", equalTo("Error"))
                .body("message", containsString("QueryFilter"));
        partner(emulator).get("/NoSuchObject/1")
                .then().statusCode(404).body("'@type'", equalTo("Error"));
        partner(emulator).put("/Environment/sub-env")
                .then().statusCode(405).body("'@type'", equalTo("Error"));
    }

    @Test
    void the_partner_path_is_routed_as_the_platforms_but_shown_as_sent(EmulatorRuntimeInfo emulator) {
        String sent = "/partner/api/rest/v1/partner-account";
        partnerActingOn(emulator, "sub-account").head("/Environment/sub-env").then().statusCode(200);
        partner(emulator).get("/NoSuchObject/1").then().statusCode(404)
                .body("message", containsString("GET " + sent + "/NoSuchObject/1"));
        partner(emulator).put("/Environment/sub-env").then().statusCode(405)
                .header("Allow", containsString("GET"))
                .body("message", containsString(sent + "/Environment/sub-env"));
        // a fault rule names the path the client sends, and leaves the Platform path alone
        emulator.control().faults()
                .add(Fault.platformRateLimit().matching(get("/partner/api/rest/v1/*/Environment/*")));
        partnerActingOn(emulator, "sub-account").get("/Environment/sub-env").then().statusCode(503);
        subAccount(emulator).get("/Environment/sub-env").then().statusCode(200);

        given().baseUri(emulator.baseUrl() + "/_emulator").filter(Contracts.CONTROL).get("/requests?path=/partner/**")
                .then().statusCode(200).body("total", equalTo(4))
                .body("requests[0].path", equalTo(sent + "/Environment/sub-env"))
                .body("requests[0].status", equalTo(503));
    }

    @Test
    void an_execution_through_the_partner_path_gives_a_recordUrl_the_partner_can_follow(EmulatorRuntimeInfo emulator) {
        String recordUrl = partnerActingOn(emulator, "sub-account")
                .body("{\"@type\":\"ExecutionRequest\",\"processId\":\"sub-process\",\"atomId\":\"sub-atom\"}")
                .post("/ExecutionRequest")
                .then().statusCode(200)
                .body("recordUrl", startsWith(emulator.baseUrl() + "/partner/api/rest/v1/partner-account/ExecutionRecord/async/"))
                .body("recordUrl", endsWith("?overrideAccount=sub-account"))
                .extract().path("recordUrl");

        given().auth().preemptive().basic("partner@example.com", "partner-password").accept(ContentType.JSON)
                .get(recordUrl).then().statusCode(anyOf(is(200), is(202)));
        subAccount(emulator).body("{\"QueryFilter\":{\"expression\":{\"property\":\"processId\",\"operator\":\"EQUALS\","
                        + "\"argument\":[\"sub-process\"]}}}")
                .post("/ExecutionRecord/query").then().statusCode(200).body("numberOfResults", equalTo(1));
    }

    @Test
    void requests_for_a_sub_account_spend_the_partners_rate_budget(EmulatorRuntimeInfo emulator) {
        given().baseUri(emulator.baseUrl() + "/_emulator/limits").contentType(ContentType.JSON).filter(Contracts.CONTROL)
                .body("{\"platformRequestsPerSecond\":2}").put().then().statusCode(200);
        emulator.control().freezeClock();
        partnerActingOn(emulator, "sub-account").get("/Environment/sub-env").then().statusCode(200);
        partnerActingOn(emulator, "sub-account").get("/Environment/sub-env").then().statusCode(200);
        partner(emulator).post("/Environment/query").then().statusCode(503);
        // the sub-account's own budget is untouched
        subAccount(emulator).get("/Environment/sub-env").then().statusCode(200);
    }

    @Test
    void a_fixture_whose_parent_is_not_declared_first_is_refused_whole(EmulatorRuntimeInfo emulator) {
        given().baseUri(emulator.baseUrl() + "/_emulator/fixtures").contentType(ContentType.JSON).filter(Contracts.CONTROL)
                .body("{\"accounts\":[{\"id\":\"orphan\",\"parentAccountId\":\"later-parent\"},{\"id\":\"later-parent\"}]}")
                .post().then().statusCode(400)
                .body("problems[0].path", equalTo("$.accounts[0].parentAccountId"))
                .body("problems[0].reason", containsString("later-parent"));
        given().baseUri(emulator.baseUrl() + "/_emulator/fixtures").contentType(ContentType.JSON).filter(Contracts.CONTROL)
                .body("{\"accounts\":[{\"id\":\"sub-account\",\"parentAccountId\":\"other-account\"}]}")
                .post().then().statusCode(400)
                .body("problems[0].reason", containsString("first declared with parent 'partner-account'"));
        given().baseUri(emulator.baseUrl() + "/_emulator/fixtures").filter(Contracts.CONTROL).get()
                .then().body("accounts", not(hasItem("orphan"))).body("accounts", not(hasItem("later-parent")));
    }

    private static void assertCount(RequestSpecification as, String name, int expected) {
        assertThat(countNamed(as, name), equalTo(expected));
    }
}
