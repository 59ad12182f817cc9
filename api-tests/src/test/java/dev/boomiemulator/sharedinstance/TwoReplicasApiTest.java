package dev.boomiemulator.sharedinstance;

import static dev.boomiemulator.support.Demo.ONLINE_ATOM;
import static dev.boomiemulator.support.Demo.ORDER_SYNC;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import dev.boomiemulator.client.EmulatorRuntimeInfo;
import dev.boomiemulator.client.RequestPattern;
import dev.boomiemulator.server.EmulatorConfig;
import dev.boomiemulator.server.EmulatorServer;
import dev.boomiemulator.support.DataIntegration;
import dev.boomiemulator.support.LocalPostgres;
import dev.boomiemulator.support.Platform;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two emulators on one PostgreSQL database behave as one (issue 16): what one writes the other reads, a query token
 * from one pages on the other, the clock moved through one moves what the other shows, a reset through one is a
 * reset of both, the journal holds the requests both answered, and the Data Integration run throttle holds across both under concurrent load. Skipped where
 * PostgreSQL is not installed (.ci/run installs it).
 */
class TwoReplicasApiTest {
    private static final Instant START = Instant.parse("2026-03-02T08:00:00Z");
    private static EmulatorServer first;
    private static EmulatorServer second;
    private static EmulatorRuntimeInfo one;
    private static EmulatorRuntimeInfo other;

    @BeforeAll
    static void startTwoReplicasOnOneDatabase() {
        Assumptions.assumeTrue(LocalPostgres.server().isPresent(), "PostgreSQL is not installed here");
        String database = LocalPostgres.newDatabase();
        first = replica(database);
        second = replica(database);
        one = EmulatorRuntimeInfo.of(first.baseUrl());
        other = EmulatorRuntimeInfo.of(second.baseUrl());
    }

    private static EmulatorServer replica(String database) {
        return EmulatorServer.start(EmulatorConfig.builder().host("127.0.0.1").port(0).frozenClock(START)
                .database(database).databaseUser(LocalPostgres.user()).build());
    }

    @AfterAll
    static void stop() {
        for (EmulatorServer server : new EmulatorServer[] {first, second}) {
            if (server != null) {
                server.close();
            }
        }
    }

    @BeforeEach
    void resetThroughEither() {
        one.control().reset();
        other.control().freezeClock(START);
    }

    @Test
    void a_write_through_one_is_read_through_the_other() {
        String id = Platform.as(one).body("{\"name\":\"Shared\",\"classification\":\"TEST\"}").post("/Environment")
                .then().statusCode(200).extract().path("id");
        Platform.as(other).get("/Environment/" + id).then().statusCode(200).body("name", equalTo("Shared"));
        Platform.as(other).body("{\"name\":\"Renamed\"}").post("/Environment/" + id).then().statusCode(200);
        Platform.as(one).get("/Environment/" + id).then().body("name", equalTo("Renamed"));
    }

    @Test
    void a_query_token_from_one_pages_on_the_other() {
        Response first = Platform.as(one).body("{}").post("/ExecutionRecord/query");
        first.then().statusCode(200);
        String token = first.path("queryToken");
        assertThat(token).isNotNull();
        Response next = Platform.as(other).contentType(ContentType.TEXT).body(token).post("/ExecutionRecord/queryMore");
        next.then().statusCode(200);
        List<String> firstPage = first.path("result.executionId");
        List<String> secondPage = next.path("result.executionId");
        assertThat(secondPage).isNotEmpty().doesNotContainAnyElementsOf(firstPage);
    }

    @Test
    void the_clock_moved_through_one_moves_lifecycles_seen_through_the_other() {
        String recordUrl = Platform.as(one).body("{\"processId\":\"" + ORDER_SYNC + "\",\"atomId\":\"" + ONLINE_ATOM + "\"}")
                .post("/ExecutionRequest").then().statusCode(200).extract().path("recordUrl");
        String onOther = recordUrl.replace(one.baseUrl(), other.baseUrl());
        Platform.as(other).get(onOther).then().body("result[0].status", equalTo("INPROCESS"));
        other.control().advanceClock(Duration.ofSeconds(2));
        assertThat(one.control().now()).isEqualTo(START.plusSeconds(2));
        Platform.as(one).get(recordUrl).then().body("result[0].status", equalTo("COMPLETE"));
    }

    @Test
    void a_reset_through_one_is_a_reset_of_both() {
        String id = Platform.as(one).body("{\"name\":\"Temporary\",\"classification\":\"TEST\"}").post("/Environment")
                .then().statusCode(200).extract().path("id");
        other.control().reset();
        Platform.as(one).get("/Environment/" + id).then().statusCode(404);
    }

    @Test
    void a_fault_rule_added_through_one_fires_through_both_counted_once() {
        io.restassured.RestAssured.given().baseUri(one.baseUrl()).contentType(ContentType.JSON)
                .body("{\"path\":\"/api/rest/v1/*/Environment/*\",\"status\":503,\"everyNth\":2,\"times\":2}")
                .post("/_emulator/faults").then().statusCode(201);
        String environment = "/Environment/" + dev.boomiemulator.support.Demo.PRODUCTION;
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            statuses.add(io.restassured.RestAssured.given().baseUri((i % 2 == 0 ? one : other).platformUrl())
                    .auth().preemptive().basic("demo@example.com", "demo-password").accept(ContentType.JSON)
                    .get(environment).statusCode());
            if (i == 2) {
                io.restassured.RestAssured.given().baseUri(other.baseUrl()).get("/_emulator/faults").then()
                        .body("faults[0].matched", equalTo(3)).body("faults[0].fired", equalTo(1));
            }
        }
        // every 2nd match across both replicas, twice: the 2nd and 4th requests, wherever they went; then it is gone
        assertThat(statuses).containsExactly(200, 503, 200, 503, 200, 200);
        io.restassured.RestAssured.given().baseUri(one.baseUrl()).get("/_emulator/faults").then()
                .body("faults.size()", equalTo(0));
    }

    @Test
    void the_journal_holds_the_requests_both_answered() {
        other.control().requests().clear();
        String environment = "/Environment/" + dev.boomiemulator.support.Demo.PRODUCTION;
        Platform.as(one).get(environment).then().statusCode(200);
        Platform.as(other).get(environment).then().statusCode(200);
        Platform.as(one).get("/Environment/no-such-environment").then().statusCode(404);
        // read as soon as the answers are in, through either replica
        for (EmulatorRuntimeInfo replica : List.of(one, other)) {
            assertThat(replica.control().requests().count(RequestPattern.get("/api/rest/v1/*/Environment/*")))
                    .isEqualTo(3);
            assertThat(replica.control().requests().count(RequestPattern.anyRequest().status("404"))).isEqualTo(1);
        }
        one.control().requests().clear();
        assertThat(other.control().requests().count(RequestPattern.anyRequest())).isZero();
    }

    @Test
    void the_run_throttle_holds_across_both_under_concurrent_load() throws Exception {
        // at most 2 runs of a data flow per minute: of 12 concurrent requests spread over both, exactly 2 run
        ExecutorService pool = Executors.newFixedThreadPool(12);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                EmulatorRuntimeInfo replica = i % 2 == 0 ? one : other;
                Callable<Integer> run = () -> DataIntegration.as(replica)
                        .post(DataIntegration.prod("/rivers/" + DataIntegration.ACTIVE_RIVER + "/run")).statusCode();
                answers.add(pool.submit(run));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get());
            }
            assertThat(statuses).filteredOn(status -> status == 202).hasSize(2);
            assertThat(statuses).filteredOn(status -> status == 429).hasSize(10);
        } finally {
            pool.shutdownNow();
        }
    }
}
