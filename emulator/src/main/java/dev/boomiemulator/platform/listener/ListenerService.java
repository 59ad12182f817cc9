package dev.boomiemulator.platform.listener;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.boomiemulator.common.EmulatorClock;
import dev.boomiemulator.common.IdGenerator;
import dev.boomiemulator.common.JsonFields;
import dev.boomiemulator.db.Transactions;
import dev.boomiemulator.domain.process.RuntimeRepository;
import dev.boomiemulator.platform.PlatformException;
import dev.boomiemulator.platform.query.FilterComparisons;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jooq.DSLContext;

/**
 * Listener processes: {@code changeListenerStatus} pauses, resumes or restarts them on an Atom, and
 * {@code async/ListenerStatus/query} reports their status through a token, as the real service does. A listener is
 * a process deployed to the Atom's environment with a {@code listenerStatus} (RUNNING or PAUSED). A change takes
 * effect {@link #TAKES_EFFECT} later on the emulator clock, as a real Atom picks it up asynchronously: a status
 * read at once still shows the old status; advance the clock to see the new one.
 */
public final class ListenerService {
    static final String LISTENING = "listening";
    static final String PAUSED = "paused";
    /** How long an Atom takes to apply a change. */
    static final Duration TAKES_EFFECT = Duration.ofSeconds(1);
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final ListenerRepository listeners;
    private final RuntimeRepository runtime;
    private final IdGenerator ids;
    private final EmulatorClock clock;
    private final Transactions transactions;

    public ListenerService(DSLContext dsl, RuntimeRepository runtime, IdGenerator ids, EmulatorClock clock,
                           Transactions transactions) {
        this.listeners = new ListenerRepository(dsl);
        this.runtime = runtime;
        this.ids = ids;
        this.clock = clock;
        this.transactions = transactions;
    }

    /** {@code changeListenerStatus}: one listener ({@code pause}, {@code resume}, {@code restart}) or all ({@code _all}). */
    void change(String accountId, JsonNode body) {
        if (!body.isObject()) {
            throw PlatformException.badRequest("The request body must be a ChangeListenerStatusRequest.");
        }
        String action = JsonFields.text(body, "action").map(a -> a.toLowerCase(Locale.ROOT))
                .orElseThrow(() -> PlatformException.badRequest("action is required: restart, restart_all, pause, "
                        + "pause_all, resume or resume_all."));
        String atomId = atom(accountId, JsonFields.text(body, "containerId").orElse(null));
        boolean all = action.endsWith("_all");
        String verb = all ? action.substring(0, action.length() - "_all".length()) : action;
        if (!List.of("pause", "resume", "restart").contains(verb)) {
            throw PlatformException.badRequest("action must be restart, restart_all, pause, pause_all, resume or "
                    + "resume_all, not '" + action + "'.");
        }
        String status = verb.equals("pause") ? PAUSED : LISTENING;
        transactions.write(accountId, () -> {
            Instant now = clock.instant();
            Map<String, String> deployed = listeners.deployedListeners(accountId, atomId);
            List<String> targets;
            if (all) {
                targets = new ArrayList<>(deployed.keySet());
            } else {
                String listenerId = JsonFields.text(body, "listenerId").filter(id -> !id.isBlank())
                        .orElseThrow(() -> PlatformException.badRequest("listenerId is required for " + action
                                + "; use " + action + "_all for every listener."));
                if (!deployed.containsKey(listenerId)) {
                    throw PlatformException.badRequest("Process " + listenerId + " is not a listener deployed to "
                            + "Atom " + atomId + ".");
                }
                targets = List.of(listenerId);
            }
            for (String listenerId : targets) {
                String current = status(accountId, atomId, listenerId, deployed.get(listenerId), now);
                listeners.change(accountId, atomId, listenerId, status, current, now.plus(TAKES_EFFECT));
            }
        });
    }

    /** {@code async/ListenerStatus/query}: a token for the statuses of an Atom's listeners (or one of them). */
    JsonNode query(String accountId, JsonNode body) {
        JsonNode expression = body.path("QueryFilter").path("expression");
        String atomId = atom(accountId, argument(expression, "containerId"));
        String listenerId = argument(expression, "listenerId");
        String token = ids.uuid();
        transactions.write(accountId, () -> listeners.insertQuery(token, accountId, atomId, listenerId, clock.instant()));
        ObjectNode answer = NODES.objectNode();
        answer.put("@type", "AsyncOperationTokenResult");
        answer.putObject("asyncToken").put("@type", "AsyncToken").put("token", token);
        answer.put("responseStatusCode", 202);
        return answer;
    }

    /** The statuses a query asked for, as they are now. */
    JsonNode result(String accountId, String token) {
        String[] query = listeners.query(token, accountId).orElseThrow(() -> PlatformException.of(404,
                "No ListenerStatus query has the token " + token + "."));
        Instant now = clock.instant();
        ArrayNode result = NODES.arrayNode();
        listeners.deployedListeners(accountId, query[0]).forEach((listenerId, deployedStatus) -> {
            if (query[1].isEmpty() || query[1].equals(listenerId)) {
                result.addObject().put("@type", "ListenerStatus").put("listenerId", listenerId)
                        .put("status", status(accountId, query[0], listenerId, deployedStatus, now));
            }
        });
        ObjectNode answer = NODES.objectNode();
        answer.put("@type", "AsyncOperationTokenResult");
        answer.put("responseStatusCode", 200);
        answer.put("numberOfResults", result.size());
        answer.set("result", result);
        return answer;
    }

    private String status(String accountId, String atomId, String listenerId, String deployed, Instant now) {
        return listeners.changedStatus(accountId, atomId, listenerId, now).orElse(deployed);
    }

    private String atom(String accountId, String atomId) {
        if (atomId == null || atomId.isBlank()) {
            throw PlatformException.badRequest("containerId is required: the Atom whose listeners to act on.");
        }
        return runtime.atom(accountId, atomId).orElseThrow(() -> PlatformException.notFound("Atom", atomId)).id();
    }

    /** The argument of an EQUALS on {@code property}; another operator on it is refused; null when there is none. */
    private static String argument(JsonNode expression, String property) {
        return FilterComparisons.on(expression, property).map(comparison -> {
            if (!"EQUALS".equals(comparison.path("operator").asText())) {
                throw PlatformException.badRequest("ListenerStatus queries take EQUALS on " + property + " only.");
            }
            return FilterComparisons.firstArgument(comparison);
        }).orElse(null);
    }
}
