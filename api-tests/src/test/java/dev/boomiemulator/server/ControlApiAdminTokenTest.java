package dev.boomiemulator.server;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The account listing reveals credentials: with an admin token set, it needs the token like the rest. */
class ControlApiAdminTokenTest {
    private static EmulatorServer server;

    @BeforeAll
    static void start() {
        server = EmulatorServer.start(EmulatorConfig.builder().host("127.0.0.1").port(0)
                .fixture("classpath:fixtures/default/00-demo-account.json").defaultFixtures(false)
                .adminToken("secret-admin").build());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void GET_accounts_without_the_admin_token_is_401() {
        given().baseUri(server.baseUrl()).get("/_emulator/accounts")
                .then().statusCode(401).body("message", containsString("Bearer"));
    }

    @Test
    void GET_accounts_with_the_admin_token_lists_them() {
        given().baseUri(server.baseUrl()).header("Authorization", "Bearer secret-admin").get("/_emulator/accounts")
                .then().statusCode(200).body("accounts[0].users[0].password", equalTo("demo-password"));
    }
}
