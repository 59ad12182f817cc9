package dev.boomiemulator.dataintegration;

import static dev.boomiemulator.support.DataIntegration.ACTIVE_RIVER;
import static dev.boomiemulator.support.DataIntegration.as;
import static dev.boomiemulator.support.DataIntegration.prod;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import dev.boomiemulator.client.EmulatorRuntimeInfo;
import dev.boomiemulator.junit.BoomiEmulatorTest;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Request-validation failures answer 422 in FastAPI's shape: {@code {"detail":[{"type","loc","msg"}]}}. */
@BoomiEmulatorTest(frozenClock = "2026-03-02T08:00:00Z")
class DataIntegrationValidationApiTest {
    private static final String RUNS = prod("/rivers/" + ACTIVE_RIVER + "/runs");

    @Test
    void runs_without_start_and_end_time_are_422_missing(EmulatorRuntimeInfo emulator) {
        as(emulator).get(RUNS)
                .then().statusCode(422)
                .body("detail", hasSize(2))
                .body("detail.type", containsInAnyOrder("missing", "missing"))
                .body("detail.loc", containsInAnyOrder(List.of("query", "start_time"), List.of("query", "end_time")))
                .body("detail.msg", hasItem("Field required"));
        as(emulator).queryParam("start_time", "2026-01-01T00:00:00").get(RUNS)
                .then().statusCode(422)
                .body("detail", hasSize(1))
                .body("detail[0].loc", equalTo(List.of("query", "end_time")));
    }

    @Test
    void a_malformed_datetime_is_422(EmulatorRuntimeInfo emulator) {
        as(emulator).queryParam("start_time", "yesterday").queryParam("end_time", "2026-01-01").get(RUNS)
                .then().statusCode(422)
                .body("detail[0].type", equalTo("string_pattern_mismatch"))
                .body("detail[0].loc", equalTo(List.of("query", "start_time")));
    }

    @Test
    void rfc3339_and_the_api_form_are_both_accepted(EmulatorRuntimeInfo emulator) {
        as(emulator).queryParam("start_time", "2026-01-10T00:00:00.000000").queryParam("end_time", "2026-01-11T04:00:00+02:00")
                .get(RUNS).then().statusCode(200).body("total_items", equalTo(2));
        as(emulator).queryParam("start_time", "2026-01-10").queryParam("end_time", "2026-01-11T01:59:59Z")
                .get(RUNS).then().statusCode(200).body("total_items", equalTo(1));
    }

    @Test
    void start_after_end_is_400(EmulatorRuntimeInfo emulator) {
        as(emulator).queryParam("start_time", "2026-02-01").queryParam("end_time", "2026-01-01").get(RUNS)
                .then().statusCode(400).body("detail", containsString("after"));
    }

    @Test
    void a_path_id_that_is_not_24_hex_is_422_in_path(EmulatorRuntimeInfo emulator) {
        as(emulator).get(prod("/rivers/not-a-river-id"))
                .then().statusCode(422)
                .body("detail[0].type", equalTo("string_pattern_mismatch"))
                .body("detail[0].loc", equalTo(List.of("path", "river_cross_id")))
                .body("detail[0].msg", containsString("String should match pattern"));
    }

    @Test
    void paging_parameters_out_of_bounds_are_422(EmulatorRuntimeInfo emulator) {
        as(emulator).queryParam("page", 0).get(prod("/rivers"))
                .then().statusCode(422)
                .body("detail[0].type", equalTo("greater_than_equal"))
                .body("detail[0].loc", equalTo(List.of("query", "page")));
        as(emulator).queryParam("items_per_page", 501).get(prod("/rivers"))
                .then().statusCode(422).body("detail[0].type", equalTo("less_than_equal"));
        as(emulator).queryParam("items_per_page", 201).queryParam("start_time", "2026-01-01").queryParam("end_time", "2026-02-01")
                .get(RUNS).then().statusCode(422).body("detail[0].loc", equalTo(List.of("query", "items_per_page")));
        as(emulator).queryParam("page", "two").get(prod("/rivers"))
                .then().statusCode(422).body("detail[0].loc", equalTo(List.of("query", "page")));
    }

    @Test
    void a_request_without_a_body_gets_the_same_verdict_every_time_it_is_sent(EmulatorRuntimeInfo emulator) {
        // verdicts on whole requests are remembered (RequestVerdicts): the same request again, and the same path with another
        // query, must each still be judged as the first time
        for (int round = 0; round < 3; round++) {
            as(emulator).queryParam("page", 0).get(prod("/rivers"))
                    .then().statusCode(422).body("detail[0].loc", equalTo(List.of("query", "page")));
            as(emulator).queryParam("page", 1).get(prod("/rivers")).then().statusCode(200);
            as(emulator).get(prod("/rivers/not-a-river-id"))
                    .then().statusCode(422).body("detail[0].loc", equalTo(List.of("path", "river_cross_id")));
        }
    }

    @Test
    void an_unknown_enum_value_is_422(EmulatorRuntimeInfo emulator) {
        as(emulator).queryParam("sort_by", "colour").get(prod("/rivers"))
                .then().statusCode(422)
                .body("detail[0].type", equalTo("enum"))
                .body("detail[0].loc", equalTo(List.of("query", "sort_by")));
    }

    @Test
    void a_river_body_without_required_fields_is_422_in_body(EmulatorRuntimeInfo emulator) {
        as(emulator).body("{\"name\":\"x\",\"type\":\"source_to_target\"}").post(prod("/rivers"))
                .then().statusCode(422)
                .body("detail.type", hasItem("missing"))
                .body("detail.loc", hasItem(List.of("body", "metadata")));
    }

    @Test
    void a_river_body_with_a_wrong_type_or_two_schedulers_is_422(EmulatorRuntimeInfo emulator) {
        as(emulator).body("""
                        {"name":"x","type":"bogus","metadata":{},"settings":{},"properties":{},"schedulers":[{},{}]}""")
                .post(prod("/rivers"))
                .then().statusCode(422)
                .body("detail.loc", containsInAnyOrder(List.of("body", "type"), List.of("body", "schedulers")))
                .body("detail.type", containsInAnyOrder("enum", "too_long"));
    }

    @Test
    void a_body_that_is_not_json_is_422(EmulatorRuntimeInfo emulator) {
        as(emulator).body("{\"name\":").post(prod("/rivers"))
                .then().statusCode(422).body("detail[0].loc[0]", equalTo("body"));
    }

    @Test
    void a_variables_value_that_is_not_a_string_is_422(EmulatorRuntimeInfo emulator) {
        as(emulator).body("{\"variables\":{\"days_ago\":3}}").put(prod("/variables"))
                .then().statusCode(422).body("detail[0].loc[0]", equalTo("body"));
    }

    @Test
    void a_connection_without_name_or_type_is_422_listing_both(EmulatorRuntimeInfo emulator) {
        as(emulator).body("{\"properties\":{\"host\":\"h\"}}").post(prod("/connections"))
                .then().statusCode(422)
                .body("detail.loc", containsInAnyOrder(List.of("body", "connection_name"),
                        List.of("body", "connection_type_id")));
    }

    @Test
    void a_boolean_query_parameter_takes_what_pydantic_takes(EmulatorRuntimeInfo emulator) {
        as(emulator).queryParam("include_deleted", "yes").get(prod("/rivers")).then().statusCode(200);
        as(emulator).queryParam("include_deleted", "maybe").get(prod("/rivers"))
                .then().statusCode(422).body("detail[0].loc", equalTo(List.of("query", "include_deleted")));
    }

    @Test
    void an_unknown_route_is_404_in_the_fastapi_shape(EmulatorRuntimeInfo emulator) {
        as(emulator).get(prod("/nothing-here")).then().statusCode(404).body("detail", containsString("No such resource"));
    }
}
