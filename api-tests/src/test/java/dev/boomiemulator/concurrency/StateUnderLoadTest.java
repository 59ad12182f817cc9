package dev.boomiemulator.concurrency;

import static dev.boomiemulator.concurrency.Race.dataIntegration;
import static dev.boomiemulator.concurrency.Race.platform;
import static dev.boomiemulator.support.DataIntegration.ACCOUNT;
import static dev.boomiemulator.support.DataIntegration.ORDERS_MYSQL;
import static dev.boomiemulator.support.DataIntegration.TOKEN;
import static dev.boomiemulator.support.DataIntegration.WAREHOUSE_SNOWFLAKE;
import static dev.boomiemulator.support.DataIntegration.prod;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.boomiemulator.client.EmulatorRuntimeInfo;
import dev.boomiemulator.junit.BoomiEmulatorTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

/**
 * State documents taken and loaded while writers of several families keep writing: every export is a state that
 * loads back, whole or for one account, and every reset after a load succeeds. An export read table by table while
 * a create landed between two reads held an object's values without its row (a document its own load refused); a
 * copy to reset to, made while a Data Integration writer added a river group, left the group's table marked as
 * written with no rows listed, and the next resets failed (500) until another group was written.
 */
@BoomiEmulatorTest
class StateUnderLoadTest {
    private static final int ROUNDS = 12;

    private static List<IntFunction<Response>> writers(EmulatorRuntimeInfo emulator) {
        return List.of(
                n -> platform(emulator).body("{\"name\":\"Load group " + n + "\"}").post("/TradingPartnerProcessingGroup"),
                n -> platform(emulator).body("{\"name\":\"Load " + n + "\",\"classification\":\"TEST\"}").post("/Environment"),
                n -> dataIntegration(emulator, ACCOUNT, TOKEN).body(river(n)).post(prod("/rivers")),
                n -> dataIntegration(emulator, ACCOUNT, TOKEN).body("{\"variables\":{\"load_" + n % 5 + "\":\"" + n + "\"}}")
                        .put(prod("/variables")));
    }

    private static String river(int n) {
        return "{\"name\":\"load " + n + "\",\"type\":\"source_to_target\",\"group_name\":\"Load rivers " + n + "\",\"metadata\":{},\"settings\":{},\"schedulers\":[],"
                + "\"properties\":{\"properties_type\":\"source_to_target\",\"source\":{\"name\":\"mysql\",\"connection_id\":\""
                + ORDERS_MYSQL + "\",\"run_type\":\"multi_tables\"},\"target\":{\"name\":\"snowflake\",\"connection_id\":\""
                + WAREHOUSE_SNOWFLAKE + "\",\"loading_method\":\"merge\"},\"schemas\":[]}}";
    }

    private static RequestSpecification control(EmulatorRuntimeInfo emulator) {
        return given().baseUri(emulator.baseUrl() + "/_emulator").contentType(ContentType.JSON);
    }

    @Test
    void exports_under_four_writers_load_back_and_the_resets_after_them_succeed(EmulatorRuntimeInfo emulator)
            throws Exception {
        Writers writers = Writers.start(writers(emulator));
        List<String> failures = new ArrayList<>();
        try {
            for (int round = 0; round < ROUNDS; round++) {
                String scope = round % 2 == 0 ? "?accountId=demo-account" : "";
                Response export = control(emulator).get("/state" + scope);
                Response load = control(emulator).body(export.asByteArray()).post("/state" + scope);
                Response reset = control(emulator).post("/reset");
                for (Response answer : List.of(export, load, reset)) {
                    if (answer.statusCode() != 200) {
                        failures.add("round " + round + ": " + answer.statusCode() + " " + answer.asString());
                    }
                }
            }
        } finally {
            writers.stop();
        }

        assertThat(failures).as("exports, loads and resets that failed").isEmpty();
        assertThat(writers.serverErrors()).as("writer statuses %s", writers.statuses()).isEmpty();
        assertThat(writers.statuses()).as("the writers wrote").containsKey(200).containsKey(201);
    }
}
