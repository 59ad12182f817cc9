package dev.boomiemulator.clients;

import static dev.boomiemulator.clients.Clients.cli;
import static dev.boomiemulator.clients.Clients.sdk;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.startsWith;

import dev.boomiemulator.client.EmulatorRuntimeInfo;
import dev.boomiemulator.junit.BoomiEmulatorTest;
import io.restassured.path.json.JsonPath;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The query habits of the clients, on every Platform object that has a query: the mechanism is shared, so
 * each object must accept the same forms. The argument names a row of the default fixtures where one exists.
 */
@BoomiEmulatorTest
class PlatformQueryHabitsAcrossObjectsApiTest {
    /** Object, a filterable property, an argument for it, and whether the object has a bulk GET. */
    static Stream<Arguments> queryableObjects() {
        return Stream.of(
                Arguments.of("Environment", "name", "Production", true),
                Arguments.of("Process", "name", "Order Sync", true),
                Arguments.of("Atom", "status", "online", true),
                Arguments.of("EnvironmentAtomAttachment", "atomId", "5d8e7b1c-1a2b-4c3d-8e9f-00000000a701", false),
                Arguments.of("PackagedComponent", "componentId", "7c4b2e10-5f6a-4b8c-9d0e-000000000001", true),
                Arguments.of("DeployedPackage", "environmentId", "3f1c2a9e-0b7d-4c55-9a11-000000000001", true),
                Arguments.of("ComponentMetadata", "currentVersion", "true", true),
                Arguments.of("ExecutionRecord", "processName", "%%", false),
                Arguments.of("ProcessSchedules", "atomId", "5d8e7b1c-1a2b-4c3d-8e9f-00000000a701", true),
                Arguments.of("ProcessScheduleStatus", "atomId", "5d8e7b1c-1a2b-4c3d-8e9f-00000000a701", true),
                Arguments.of("IntegrationPackInstance", "integrationPackName", "%%", true),
                Arguments.of("IntegrationPack", "installationType", "multi", true),
                Arguments.of("ConnectorVersion", "deleted", "false", false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("queryableObjects")
    void query_without_a_body_under_a_json_content_type(String object, String property, String argument,
                                                        boolean bulk, EmulatorRuntimeInfo emulator) {
        JsonPath page = cli(emulator).post("/" + object + "/query")
                .then().statusCode(200)
                .contentType(startsWith("application/json"))
                .body("'@type'", equalTo("QueryResult"))
                .body("result.'@type'", everyItem(equalTo(object)))
                .extract().jsonPath();
        assertThat(page.getInt("numberOfResults")).isPositive();
        if (page.getInt("numberOfResults") <= 100) {
            assertThat(page.getMap("$")).doesNotContainKey("queryToken");
        } else {
            assertThat(page.getString("queryToken")).doesNotStartWith("@");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("queryableObjects")
    void query_with_the_real_type_names_and_an_and_group_of_one(String object, String property, String argument,
                                                                boolean bulk, EmulatorRuntimeInfo emulator) {
        String operator = argument.contains("%") ? "LIKE" : "EQUALS";
        sdk(emulator).header("Content-Type", "application/json").body("""
                {"@type":"%1$sQueryConfig","QueryFilter":{"@type":"QueryFilter","expression":\
                {"@type":"%1$sGroupingExpression","operator":"and","nestedExpression":[\
                {"@type":"%1$sSimpleExpression","argument":["%2$s"],"operator":"%3$s","property":"%4$s"}]}}}"""
                        .formatted(object, argument, operator, property))
                .post("/" + object + "/query")
                .then().statusCode(200)
                .body("'@type'", equalTo("QueryResult"))
                .body("result.'@type'", everyItem(equalTo(object)))
                .extract().jsonPath();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("queryableObjects")
    void queryMore_with_a_token_it_never_issued_is_an_Error(String object, String property, String argument,
                                                            boolean bulk, EmulatorRuntimeInfo emulator) {
        cli(emulator).body("bm90LWEtdG9rZW4.c2lnbmF0dXJl").post("/" + object + "/queryMore")
                .then().statusCode(400)
                .contentType(startsWith("application/json"))
                .body("'@type'", equalTo("Error"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("queryableObjects")
    void an_unknown_property_is_an_Error_naming_it(String object, String property, String argument,
                                                   boolean bulk, EmulatorRuntimeInfo emulator) {
        String message = cli(emulator).body("{\"QueryFilter\":{\"expression\":{\"argument\":[\"x\"],"
                        + "\"operator\":\"EQUALS\",\"property\":\"noSuchProperty\"}}}")
                .post("/" + object + "/query")
                .then().statusCode(400).body("'@type'", equalTo("Error")).extract().path("message");
        assertThat(message).contains("noSuchProperty");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("queryableObjects")
    void bulk_with_the_real_type_names(String object, String property, String argument,
                                       boolean bulk, EmulatorRuntimeInfo emulator) {
        if (!bulk) {
            return;
        }
        sdk(emulator).header("Content-Type", "application/json")
                .body("{\"@type\":\"" + object + "BulkRequest\",\"type\":\"GET\",\"request\":[{\"@type\":\"BulkId\",\"id\":\"nope\"}]}")
                .post("/" + object + "/bulk")
                .then().statusCode(200)
                .contentType(startsWith("application/json"))
                .body("'@type'", equalTo("BulkResult"))
                .body("response[0].'@type'", equalTo("BulkResponse"))
                .body("response[0].statusCode", equalTo(400));
    }
}
