package dev.boomiemulator.connectnow;

import static dev.boomiemulator.support.ConnectNow.anonymous;
import static dev.boomiemulator.support.ConnectNow.as;
import static dev.boomiemulator.support.ConnectNow.auth;
import static dev.boomiemulator.support.ConnectNow.body;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import dev.boomiemulator.client.EmulatorRuntimeInfo;
import dev.boomiemulator.junit.BoomiEmulatorTest;
import dev.boomiemulator.support.Platform;
import org.junit.jupiter.api.Test;

/** getBoomiAccountProfile, getEnvironmentsForAccount, and the family's authentication rules. */
@BoomiEmulatorTest
class AccountOperationsApiTest {
    static final String ACCOUNT = "demo-account";

    @Test
    void getBoomiAccountProfile_answers_the_account(EmulatorRuntimeInfo emulator) {
        as(emulator).body(body("accountId", ACCOUNT)).post("/getBoomiAccountProfile")
                .then().statusCode(200)
                .body("'@type'", equalTo("Account"))
                .body("accountId", equalTo(ACCOUNT))
                .body("name", equalTo("Demo Account"))
                .body("status", equalTo("active"))
                .body("dateCreated", notNullValue());
    }

    @Test
    void getEnvironmentsForAccount_sees_environments_created_through_the_platform(EmulatorRuntimeInfo emulator) {
        Platform.as(emulator).body("{\"name\":\"Acceptance\",\"classification\":\"PRODUCTION\"}").post("/Environment")
                .then().statusCode(200);
        as(emulator).body(body("accountId", ACCOUNT)).post("/getEnvironmentsForAccount")
                .then().statusCode(200)
                .body("numberOfResults", equalTo(3))
                .body("result.name", contains("Acceptance", "Production", "Test"))
                .body("result.classification", contains("PROD", "PROD", "TEST"));
    }

    @Test
    void the_auth_body_field_alone_authenticates(EmulatorRuntimeInfo emulator) {
        anonymous(emulator).body(body("auth", auth(emulator.username(), emulator.password()), "accountId", ACCOUNT))
                .post("/getBoomiAccountProfile").then().statusCode(200);
        anonymous(emulator).body(body("auth", auth("BOOMI_TOKEN." + emulator.username(), emulator.apiToken()), "accountId", ACCOUNT))
                .post("/getBoomiAccountProfile").then().statusCode(200);
    }

    @Test
    void a_non_empty_auth_field_wins_over_the_header(EmulatorRuntimeInfo emulator) {
        as(emulator).body(body("auth", auth(emulator.username(), "wrong"), "accountId", ACCOUNT))
                .post("/getBoomiAccountProfile").then().statusCode(401);
        // an empty auth field leaves the header in charge
        as(emulator).body(body("auth", "", "accountId", ACCOUNT)).post("/getBoomiAccountProfile").then().statusCode(200);
    }

    @Test
    void without_credentials_is_401_with_a_basic_challenge(EmulatorRuntimeInfo emulator) {
        anonymous(emulator).body(body("accountId", ACCOUNT)).post("/getEnvironmentsForAccount")
                .then().statusCode(401)
                .header("WWW-Authenticate", containsString("Basic"))
                .body("'@type'", equalTo("Error"))
                .body("statusCode", equalTo(401));
        anonymous(emulator).body(body("auth", "not base64!", "accountId", ACCOUNT)).post("/getEnvironmentsForAccount")
                .then().statusCode(401);
        anonymous(emulator).header("Authorization", "Basic").body(body("accountId", ACCOUNT)).post("/getEnvironmentsForAccount")
                .then().statusCode(401);
    }

    @Test
    void another_accounts_credentials_or_an_unknown_account_are_403(EmulatorRuntimeInfo emulator) {
        anonymous(emulator).body(body("auth", auth("other@example.com", "other-password"), "accountId", ACCOUNT))
                .post("/getEnvironmentsForAccount").then().statusCode(403).body("statusCode", equalTo(403));
        as(emulator).body(body("accountId", "no-such-account")).post("/getBoomiAccountProfile").then().statusCode(403);
        anonymous(emulator).body(body("auth", auth("other@example.com", "other-password"), "accountId", "other-account"))
                .post("/getEnvironmentsForAccount").then().statusCode(200)
                .body("numberOfResults", equalTo(1)).body("result[0].name", equalTo("Other Production"));
    }

    @Test
    void a_missing_accountId_is_400(EmulatorRuntimeInfo emulator) {
        as(emulator).body("{}").post("/getBoomiAccountProfile")
                .then().statusCode(400).body("message", containsString("accountId"));
        anonymous(emulator).body("{}").post("/getBoomiAccountProfile").then().statusCode(401);
    }

    @Test
    void an_unknown_operation_is_404_in_the_family_shape(EmulatorRuntimeInfo emulator) {
        as(emulator).body(body("accountId", ACCOUNT)).post("/noSuchOperation")
                .then().statusCode(404).body("'@type'", equalTo("Error")).body("statusCode", equalTo(404));
    }
}
