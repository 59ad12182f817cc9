package dev.boomiemulator.sharedinstance;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import dev.boomiemulator.client.EmulatorRuntimeInfo;
import dev.boomiemulator.server.EmulatorConfig;
import dev.boomiemulator.server.EmulatorServer;
import dev.boomiemulator.support.DataIntegration;
import dev.boomiemulator.support.Demo;
import dev.boomiemulator.support.LocalPostgres;
import dev.boomiemulator.support.Platform;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The database of an emulator on PostgreSQL goes down and comes back: meanwhile requests are 503s in each family's
 * shape with a Retry-After, never a 500; afterwards the emulator answers again by itself. Its own PostgreSQL server,
 * since it is stopped. Skipped where PostgreSQL is not installed.
 */
class DatabaseRestartApiTest {
    private static LocalPostgres postgres;
    private static EmulatorServer server;
    private static EmulatorRuntimeInfo emulator;

    @BeforeAll
    static void start() {
        postgres = LocalPostgres.startOwn().orElse(null);
        Assumptions.assumeTrue(postgres != null, "PostgreSQL is not installed here");
        server = EmulatorServer.start(EmulatorConfig.builder().host("127.0.0.1").port(0)
                .database(LocalPostgres.newDatabase(postgres.url())).databaseUser(LocalPostgres.user()).build());
        emulator = EmulatorRuntimeInfo.of(server.baseUrl());
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void requests_are_503s_while_the_database_is_down_and_answered_once_it_is_back() {
        String environment = "/Environment/" + Demo.PRODUCTION;
        Platform.as(emulator).get(environment).then().statusCode(200);

        postgres.stopServer();
        Platform.as(emulator).get(environment).then().statusCode(503)
                .header("Retry-After", org.hamcrest.Matchers.notNullValue())
                .body("'@type'", equalTo("Error"))
                .body("message", containsString("database is unavailable"));
        // (not through the contract filter: Boomi's Data Integration document lists no 503, which any service may answer)
        io.restassured.RestAssured.given().baseUri(emulator.dataIntegrationUrl() + "/accounts/" + DataIntegration.ACCOUNT)
                .auth().oauth2(DataIntegration.TOKEN).accept("application/json")
                .get(DataIntegration.prod("/rivers")).then().statusCode(503)
                .body("detail", containsString("unavailable"));

        postgres.startServer();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        int status = 0;
        while (status != 200 && Instant.now().isBefore(deadline)) {
            status = Platform.as(emulator).get(environment).statusCode();
        }
        Platform.as(emulator).get(environment).then().statusCode(200).body("name", equalTo("Production"));
    }
}
