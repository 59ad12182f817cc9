package dev.boomiemulator.platform.queue;

import static dev.boomiemulator.platform.PlatformAnswers.answer;
import static dev.boomiemulator.platform.PlatformRequests.accountId;
import static dev.boomiemulator.platform.PlatformRequests.objectBody;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.boomiemulator.common.JsonFields;
import dev.boomiemulator.db.Transactions;
import dev.boomiemulator.domain.process.RuntimeRepository;
import dev.boomiemulator.platform.PlatformException;
import io.javalin.http.Context;
import dev.boomiemulator.platform.generic.GenericObjects;
import java.util.function.Supplier;

/**
 * {@code POST ClearQueue/execute/{atomId}}: empties a queue of an Atom (its dead letters with {@code DLQ: true}; one
 * topic subscriber's with {@code SubscriberName}). The Atom's queues are its {@code ListQueues} record (seeded by
 * fixture, read through {@code async/ListQueues}), so the next ListQueues read shows the queue empty. As the real
 * service does, clearing a queue the Atom does not have, or an empty one, still succeeds.
 *
 * @see <a href="https://developer.boomi.com/docs/api/platformapi/ClearQueue">Boomi: ClearQueue action</a>
 */
public final class ClearQueue {
    private static final String LIST_QUEUES = "ListQueues";

    /** Where the Atoms' ListQueues records are. */
    private final Supplier<GenericObjects> objects;
    private final RuntimeRepository runtime;
    private final Transactions transactions;

    public ClearQueue(Supplier<GenericObjects> objects, RuntimeRepository runtime, Transactions transactions) {
        this.objects = objects;
        this.runtime = runtime;
        this.transactions = transactions;
    }

    public void execute(Context ctx) {
        answer(ctx, execute(accountId(ctx), ctx.pathParam("id"), objectBody(ctx)));
    }

    JsonNode execute(String accountId, String atomId, JsonNode body) {
        JsonFields.text(body, "AtomId").filter(given -> !given.equals(atomId)).ifPresent(given -> {
            throw PlatformException.badRequest("The AtomId in the body (" + given + ") is not the one in the path ("
                    + atomId + ").");
        });
        String queueName = JsonFields.text(body, "QueueName").filter(name -> !name.isBlank())
                .orElseThrow(() -> PlatformException.badRequest("QueueName is required."));
        boolean deadLetters = body.path("DLQ").asBoolean(false);
        String subscriber = JsonFields.text(body, "SubscriberName").orElse(null);
        runtime.atom(accountId, atomId).orElseThrow(() -> PlatformException.notFound("Atom", atomId));
        transactions.write(accountId, () -> objects.get().find(LIST_QUEUES, accountId, atomId).ifPresent(found -> {
            ObjectNode changed = found.deepCopy();
            for (JsonNode queue : changed.path("QueueRecord")) {
                if (queueName.equals(queue.path("queueName").asText())) {
                    clear(queue, subscriber, deadLetters);
                }
            }
            if (!changed.equals(found)) {
                objects.get().save(LIST_QUEUES, accountId, atomId, changed);
            }
        }));
        ObjectNode answer = body.deepCopy();
        answer.put("@type", "ClearQueueRequest");
        answer.put("AtomId", atomId);
        answer.put("QueueName", queueName);
        answer.put("DLQ", deadLetters);
        return answer;
    }

    private static void clear(JsonNode queue, String subscriber, boolean deadLetters) {
        String count = deadLetters ? "deadLettersCount" : "messagesCount";
        if (subscriber == null) {
            ((ObjectNode) queue).put(count, 0);
        }
        for (JsonNode topic : queue.path("topicSubscribers")) {
            if (subscriber == null || subscriber.equals(topic.path("SubscriberName").asText())) {
                ((ObjectNode) topic).put(deadLetters ? "deadLettersCount" : "messageCount", 0);
            }
        }
    }
}
