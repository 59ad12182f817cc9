package dev.boomiemulator.platform;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import dev.boomiemulator.client.EmulatorRuntimeInfo;
import dev.boomiemulator.junit.BoomiEmulatorTest;
import dev.boomiemulator.support.Platform;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The QueryFilter engine, through Environment queries over a small known data set. */
@BoomiEmulatorTest(fixtures = "fixtures/query-environments.json", resetBetweenTests = false)
class QueryFilterTest {

    private static RequestSpecification query(EmulatorRuntimeInfo emulator) {
        return Platform.as(emulator, "query-account", "query@example.com", "query-password");
    }

    private static String simple(String property, String operator, String... arguments) {
        String args = List.of(arguments).stream().map(a -> "\"" + a + "\"").collect(Collectors.joining(","));
        return "{\"property\":\"" + property + "\",\"operator\":\"" + operator + "\",\"argument\":[" + args + "]}";
    }

    private static ValidatableResponse run(EmulatorRuntimeInfo emulator, String expression) {
        return query(emulator).body("{\"QueryFilter\":{\"expression\":" + expression + "}}")
                .post("/Environment/query").then();
    }

    private static void expectIds(EmulatorRuntimeInfo emulator, String expression, String... ids) {
        run(emulator, expression).statusCode(200)
                .body("numberOfResults", equalTo(ids.length))
                .body("result.id", containsInAnyOrder((Object[]) ids));
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @CsvSource(delimiter = '|', value = {
            "name|EQUALS|Order Sync|env-a",
            "name|NOT_EQUALS|Order Sync|env-b env-c env-d env-e",
            "name|LIKE|Order%|env-a env-b env-d",
            "name|LIKE|Order_Archive|env-b",
            "name|LIKE|Order Sync|env-a",
            "name|LIKE|%%|env-a env-b env-c env-d env-e",
            "name|NOT_LIKE|Order%|env-c env-e",
            "name|STARTS_WITH|Order_|env-b",
            "name|CONTAINS|100%|env-c",
            "name|NOT_CONTAINS|Order|env-c env-e",
            "name|GREATER_THAN|Order Sync|env-b env-d env-e",
            "name|LESS_THAN_OR_EQUAL|Billing 100%|env-c",
            "classification|EQUALS|prod|env-a env-c env-e",
            "classification|EQUALS|PRODUCTION|env-a env-c env-e",
            "classification|NOT_EQUALS|Test|env-a env-c env-e",
            "createdDate|GREATER_THAN|2026-02-01T00:00:00Z|env-d env-e",
            "createdDate|GREATER_THAN_OR_EQUAL|2026-02-01T00:00:00Z|env-c env-d env-e",
            "createdDate|LESS_THAN|2026-01-15T12:00:00Z|env-a",
            "createdDate|LESS_THAN_OR_EQUAL|2026-01-15T14:00:00+02:00|env-a env-b",
            "createdDate|EQUALS|2026-03-15T06:30:00Z|env-e",
            "id|EQUALS|env-d|env-d",
    })
    void single_argument_operators(String property, String operator, String argument, String ids,
                                   EmulatorRuntimeInfo emulator) {
        expectIds(emulator, simple(property, operator, argument), ids.split(" "));
    }

    @Test
    void BETWEEN_is_inclusive_and_compares_dates_as_instants(EmulatorRuntimeInfo emulator) {
        expectIds(emulator, simple("createdDate", "BETWEEN", "2026-01-15T12:00:00Z", "2026-03-01T00:00:00Z"),
                "env-b", "env-c", "env-d");
        expectIds(emulator, simple("createdDate", "BETWEEN", "2026-01-01", "2026-01-02"), "env-a");
    }

    @Test
    void IS_NULL_and_IS_NOT_NULL_take_no_argument(EmulatorRuntimeInfo emulator) {
        expectIds(emulator, simple("name", "IS_NULL"));
        expectIds(emulator, simple("name", "IS_NOT_NULL"), "env-a", "env-b", "env-c", "env-d", "env-e");
    }

    @Test
    void groupings_nest_to_any_depth_in_any_case(EmulatorRuntimeInfo emulator) {
        String expression = "{\"operator\":\"AND\",\"nestedExpression\":["
                + simple("name", "LIKE", "%r%")
                + ",{\"operator\":\"or\",\"nestedExpression\":["
                + simple("classification", "EQUALS", "TEST")
                + ",{\"operator\":\"and\",\"nestedExpression\":["
                + simple("createdDate", "LESS_THAN", "2026-01-02T00:00:00Z") + "]}]}]}";
        expectIds(emulator, expression, "env-a", "env-b", "env-d");
    }

    @Test
    void an_and_group_with_one_nested_expression_is_that_expression(EmulatorRuntimeInfo emulator) {
        expectIds(emulator, "{\"operator\":\"and\",\"nestedExpression\":[" + simple("id", "EQUALS", "env-b") + "]}", "env-b");
    }

    @Test
    void typed_and_case_shaped_operators_are_accepted(EmulatorRuntimeInfo emulator) {
        expectIds(emulator, "{\"@type\":\"EnvironmentSimpleExpression\",\"property\":\"id\",\"operator\":\"equals\",\"argument\":[\"env-a\"]}", "env-a");
    }

    @Test
    void empty_bodies_mean_everything(EmulatorRuntimeInfo emulator) {
        for (String body : List.of("", "null", "{}", "{\"QueryFilter\":{}}", "{\"QueryFilter\":null}")) {
            query(emulator).body(body).post("/Environment/query")
                    .then().statusCode(200).body("numberOfResults", equalTo(5));
        }
    }

    @Test
    void unknown_property_is_400_naming_it_and_the_allowed_ones(EmulatorRuntimeInfo emulator) {
        run(emulator, simple("colour", "EQUALS", "red")).statusCode(400)
                .body("'@type'", equalTo("Error"))
                .body("message", containsString("'colour'"))
                .body("message", containsString("classification"));
    }

    @Test
    void unknown_operator_is_400_naming_it(EmulatorRuntimeInfo emulator) {
        run(emulator, simple("name", "RESEMBLES", "x")).statusCode(400).body("message", containsString("RESEMBLES"));
    }

    @Test
    void unknown_grouping_operator_is_400(EmulatorRuntimeInfo emulator) {
        run(emulator, "{\"operator\":\"xor\",\"nestedExpression\":[" + simple("name", "EQUALS", "x") + "]}")
                .statusCode(400).body("message", containsString("xor"));
    }

    @ParameterizedTest(name = "{0} with {1} argument(s)")
    @CsvSource({"EQUALS,0", "EQUALS,2", "LIKE,2", "BETWEEN,1", "BETWEEN,3", "IS_NULL,1", "IS_NOT_NULL,2"})
    void wrong_argument_count_is_400(String operator, int count, EmulatorRuntimeInfo emulator) {
        String[] arguments = new String[count];
        java.util.Arrays.fill(arguments, "2026-01-01T00:00:00Z");
        run(emulator, simple("createdDate", operator, arguments)).statusCode(400)
                .body("message", containsString(operator))
                .body("message", containsString("argument"));
    }

    @Test
    void a_date_argument_that_is_not_a_date_is_400(EmulatorRuntimeInfo emulator) {
        run(emulator, simple("createdDate", "GREATER_THAN", "yesterday")).statusCode(400)
                .body("message", containsString("yesterday"));
    }

    @Test
    void a_property_is_required_in_a_simple_expression(EmulatorRuntimeInfo emulator) {
        run(emulator, "{\"operator\":\"EQUALS\",\"argument\":[\"x\"]}").statusCode(400)
                .body("message", containsString("property"));
    }

    @Test
    void pattern_arguments_hold_at_most_4000_characters_in_all_and_an_equals_argument_any(EmulatorRuntimeInfo emulator) {
        String half = "e".repeat(2000);
        expectIds(emulator, "{\"operator\":\"or\",\"nestedExpression\":[" + simple("name", "CONTAINS", half) + ","
                + simple("name", "STARTS_WITH", half) + "]}");
        run(emulator, "{\"operator\":\"or\",\"nestedExpression\":[" + simple("name", "CONTAINS", half) + ","
                + simple("name", "NOT_LIKE", half + "e") + "]}").statusCode(400)
                .body("message", equalTo("The QueryFilter's LIKE, STARTS_WITH and CONTAINS arguments hold 4001 "
                        + "characters in all; at most 4000 are allowed."));
        expectIds(emulator, simple("name", "EQUALS", "e".repeat(100_000)));
    }

    @Test
    void arguments_are_bound_not_spliced_into_sql(EmulatorRuntimeInfo emulator) {
        expectIds(emulator, simple("name", "EQUALS", "x' OR '1'='1"));
        query(emulator).get("/Environment/env-a").then().statusCode(200);
    }

    @Test
    void sort_by_a_sortable_property(EmulatorRuntimeInfo emulator) {
        query(emulator).body("{\"QuerySort\":{\"sortField\":[{\"fieldName\":\"createdDate\",\"sortOrder\":\"DESC\"}]}}")
                .post("/Environment/query").then().statusCode(200)
                .body("result.id", org.hamcrest.Matchers.contains("env-e", "env-d", "env-c", "env-b", "env-a"));
        query(emulator).body("{\"QuerySort\":{\"sortField\":{\"fieldName\":\"classification\"}}}")
                .post("/Environment/query").then().statusCode(400);
    }
}
