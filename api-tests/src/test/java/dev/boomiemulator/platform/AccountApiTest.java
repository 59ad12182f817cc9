package dev.boomiemulator.platform;

import static dev.boomiemulator.support.Platform.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import dev.boomiemulator.client.EmulatorRuntimeInfo;
import dev.boomiemulator.junit.BoomiEmulatorTest;
import dev.boomiemulator.support.Platform;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Account object: the account's own record and those of the accounts it manages, from the fixtures. */
@BoomiEmulatorTest(fixtures = "fixtures/partner-accounts.json")
class AccountApiTest {
    @Test
    void an_account_reads_its_own_record(EmulatorRuntimeInfo emulator) {
        as(emulator).get("/Account/demo-account").then().statusCode(200)
                .body("'@type'", equalTo("Account"))
                .body("accountId", equalTo("demo-account"))
                .body("name", equalTo("Demo Account"))
                .body("status", equalTo("active"))
                .body("overDeployed", equalTo(false));
        Platform.xml(emulator).get("/Account/demo-account").then().statusCode(200)
                .body(containsString("<bns:Account")).body(containsString("accountId=\"demo-account\""));
    }

    @Test
    void a_partner_sees_the_accounts_it_manages_and_no_other(EmulatorRuntimeInfo emulator) {
        var partner = Platform.as(emulator, "partner-account", "partner@example.com", "partner-password");
        partner.get("/Account/sub-account").then().statusCode(200).body("name", equalTo("Sub-account"));
        Platform.as(emulator, "partner-account", "partner@example.com", "partner-password")
                .get("/Account/demo-account").then().statusCode(403);
        Platform.as(emulator, "partner-account", "partner@example.com", "partner-password")
                .post("/Account/query").then().statusCode(200)
                .body("result.accountId", equalTo(List.of("partner-account", "sub-account")));
        Platform.as(emulator, "partner-account", "partner@example.com", "partner-password")
                .body("{\"QueryFilter\":{\"expression\":{\"operator\":\"EQUALS\",\"property\":\"NAME\","
                        + "\"argument\":[\"Sub-account\"]}}}")
                .post("/Account/query").then().body("numberOfResults", equalTo(1))
                .body("result[0].accountId", equalTo("sub-account"));
        as(emulator).get("/Account/no-such-account").then().statusCode(404);
        as(emulator).body("{\"type\":\"GET\",\"request\":[{\"id\":\"demo-account\"},{\"id\":\"sub-account\"}]}")
                .post("/Account/bulk").then().statusCode(200)
                .body("response[0].statusCode", equalTo(200)).body("response[1].statusCode", equalTo(403));
    }
}
