package dev.boomiemulator.platform;

import static dev.boomiemulator.support.Demo.ONLINE_ATOM;
import static dev.boomiemulator.support.Platform.as;
import static org.hamcrest.Matchers.equalTo;

import dev.boomiemulator.client.EmulatorRuntimeInfo;
import dev.boomiemulator.junit.BoomiEmulatorTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

/** ClearQueue empties a queue of an Atom's ListQueues record, as the next ListQueues read shows. */
@BoomiEmulatorTest(fixtures = "fixtures/atom-queues.json")
class ClearQueueApiTest {
    @Test
    void clearing_a_queue_empties_its_messages_and_then_its_dead_letters(EmulatorRuntimeInfo emulator) {
        as(emulator).body("{\"AtomId\":\"" + ONLINE_ATOM + "\",\"QueueName\":\"orders\"}")
                .post("/ClearQueue/execute/" + ONLINE_ATOM).then().statusCode(200)
                .body("'@type'", equalTo("ClearQueueRequest")).body("QueueName", equalTo("orders"));
        queues(emulator).then().body("result[0].QueueRecord[0].messagesCount", equalTo(0))
                .body("result[0].QueueRecord[0].deadLettersCount", equalTo(3));
        as(emulator).body("{\"QueueName\":\"orders\",\"DLQ\":true}").post("/ClearQueue/execute/" + ONLINE_ATOM)
                .then().statusCode(200);
        queues(emulator).then().body("result[0].QueueRecord[0].deadLettersCount", equalTo(0));
        as(emulator).body("{\"QueueName\":\"events\",\"SubscriberName\":\"sub-1\"}")
                .post("/ClearQueue/execute/" + ONLINE_ATOM).then().statusCode(200);
        queues(emulator).then().body("result[0].QueueRecord[1].topicSubscribers[0].messageCount", equalTo(0));
    }

    @Test
    void an_unknown_queue_clears_nothing_and_bad_requests_are_refused(EmulatorRuntimeInfo emulator) {
        as(emulator).body("{\"QueueName\":\"nothing-here\"}").post("/ClearQueue/execute/" + ONLINE_ATOM)
                .then().statusCode(200);
        queues(emulator).then().body("result[0].QueueRecord[0].messagesCount", equalTo(150));
        as(emulator).body("{}").post("/ClearQueue/execute/" + ONLINE_ATOM).then().statusCode(400);
        as(emulator).body("{\"AtomId\":\"other\",\"QueueName\":\"orders\"}").post("/ClearQueue/execute/" + ONLINE_ATOM)
                .then().statusCode(400);
        as(emulator).body("{\"QueueName\":\"orders\"}").post("/ClearQueue/execute/no-such-atom").then().statusCode(404);
    }

    private static Response queues(EmulatorRuntimeInfo emulator) {
        String token = as(emulator).get("/async/ListQueues/" + ONLINE_ATOM).then().statusCode(200)
                .extract().path("asyncToken.token");
        return as(emulator).get("/async/ListQueues/response/" + token);
    }
}
