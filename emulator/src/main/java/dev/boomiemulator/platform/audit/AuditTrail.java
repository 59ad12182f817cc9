package dev.boomiemulator.platform.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.boomiemulator.common.EmulatorClock;
import dev.boomiemulator.common.IdGenerator;
import dev.boomiemulator.db.Transactions;
import dev.boomiemulator.platform.PlatformAnswers;
import dev.boomiemulator.platform.PlatformRequests;
import dev.boomiemulator.platform.generic.GenericObjects;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.router.Endpoint;
import java.io.IOException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The account's audit log: each successful change of an environment, a component, a package or a deployment leaves
 * an {@code AuditLog} entry (who, when, what, which object), as the real service records them, readable through
 * {@code AuditLog} get, query and bulk. The entry is written from the route the change took and its answer, so the
 * rules of each object need not know about auditing, and in the change's own transaction: a change and its entry are
 * stored together or not at all, under one hold of the account's lock (a second transaction for the entry was 40% of
 * a create's CPU).
 */
public final class AuditTrail {
    /**
     * A change worth an entry: its route (as the document writes it), the entry's type and action, a noun. A POST other
     * than a component's takes a JSON (or XML read as JSON) body, read before the account's turn.
     */
    private record Audited(String method, String route, String type, String action, String noun) {
        boolean readsJsonBody() {
            return method.equals("POST") && !type.equals("as.component");
        }
    }

    private static final List<Audited> AUDITED = List.of(
            new Audited("POST", "/Environment", "as.environment", "ADD", "Environment"),
            new Audited("POST", "/Environment/{id}", "as.environment", "UPDATE", "Environment"),
            new Audited("POST", "/Environment/{id}/update", "as.environment", "UPDATE", "Environment"),
            new Audited("DELETE", "/Environment/{id}", "as.environment", "DELETE", "Environment"),
            new Audited("POST", "/Component", "as.component", "ADD", "Component"),
            new Audited("POST", "/Component/{componentId}", "as.component", "UPDATE", "Component"),
            new Audited("POST", "/Component/{componentId}/update", "as.component", "UPDATE", "Component"),
            new Audited("POST", "/PackagedComponent", "as.packagedcomponent", "ADD", "Packaged component"),
            new Audited("DELETE", "/PackagedComponent/{id}", "as.packagedcomponent", "DELETE", "Packaged component"),
            new Audited("POST", "/DeployedPackage", "as.deployment", "ADD", "Deployment"),
            new Audited("DELETE", "/DeployedPackage/{id}", "as.deployment", "DELETE", "Deployment"));
    private static final Pattern XML_ID = Pattern.compile(" (?:componentId|id)=\"([^\"]+)\"");

    /** Where entries are kept: generic AuditLog objects. */
    private final Supplier<GenericObjects> store;
    private final IdGenerator ids;
    private final EmulatorClock clock;
    private final Transactions transactions;

    public AuditTrail(Supplier<GenericObjects> store, IdGenerator ids, EmulatorClock clock, Transactions transactions) {
        this.store = store;
        this.ids = ids;
        this.clock = clock;
        this.transactions = transactions;
    }

    /**
     * The handler for a Platform route: for a change worth an entry, its own handler and then the entry, in one
     * transaction (the handler's own writes join it); any other route's handler as it is.
     */
    public Handler recording(Endpoint route) {
        String path = PlatformRequests.objectRoute(route.path);
        String method = route.method.name();
        return AUDITED.stream().filter(audited -> audited.method().equals(method) && audited.route().equals(path))
                .findFirst()
                .map(audited -> (Handler) ctx -> changeAndRecord(ctx, route.handler, audited))
                .orElse(route.handler);
    }

    private void changeAndRecord(Context ctx, Handler change, Audited audited) throws Exception {
        if (audited.readsJsonBody()) {
            PlatformRequests.readBodyAhead(ctx);
        }
        try {
            transactions.write(PlatformRequests.accountId(ctx), () -> {
                try {
                    change.handle(ctx);
                } catch (RuntimeException failed) {
                    throw failed; // as it is: a conflict must reach the retry, a client error its mapping
                } catch (Exception failed) {
                    throw new ChangeFailed(failed);
                }
                if (ctx.statusCode() < 300) {
                    record(ctx, audited);
                }
            });
        } catch (ChangeFailed failed) {
            throw failed.change;
        }
    }

    /** Carries a handler's checked failure out of the transaction, which it rolls back. */
    private static final class ChangeFailed extends RuntimeException {
        private final Exception change;

        ChangeFailed(Exception change) {
            super(null, null, false, false);
            this.change = change;
        }
    }

    private void record(Context ctx, Audited audited) {
        String accountId = PlatformRequests.accountId(ctx);
        String objectId = objectId(ctx).orElse("");
        String documentId = ids.uuid();
        ObjectNode entry = JsonNodeFactory.instance.objectNode();
        entry.put("@type", "AuditLog");
        entry.put("documentId", documentId);
        entry.put("accountId", accountId);
        entry.put("containerId", objectId);
        entry.put("userId", Optional.ofNullable(PlatformRequests.user(ctx)).orElse(""));
        entry.put("date", clock.instant().truncatedTo(ChronoUnit.SECONDS).toString());
        entry.put("type", audited.type());
        entry.put("action", audited.action());
        entry.put("modifier", "API");
        entry.put("level", "INFO");
        entry.put("source", "API");
        entry.put("message", audited.noun() + " " + objectId + " " + past(audited.action()) + " through the API.");
        entry.putArray("AuditLogProperty").addObject().put("@type", "AuditLogProperty").put("name", "OBJECT_ID")
                .put("value", objectId);
        store.get().saveNew("AuditLog", accountId, documentId, entry);
    }

    /** The changed object's id: the path's, else the answer's ({@code id}, {@code deploymentId}, {@code packageId}...). */
    private static Optional<String> objectId(Context ctx) {
        for (var parameter : ctx.pathParamMap().entrySet()) {
            if (!parameter.getKey().equals("accountId")) {
                return Optional.of(parameter.getValue());
            }
        }
        JsonNode json;
        try {
            json = PlatformAnswers.json(ctx);
        } catch (IOException notJson) {
            // a component's answer is its XML
            String answer = ctx.result();
            Matcher id = XML_ID.matcher(answer == null ? "" : answer);
            return id.find() ? Optional.of(id.group(1)) : Optional.empty();
        }
        if (json != null) {
            for (String field : new String[] {"id", "deploymentId", "packageId", "componentId"}) {
                if (json.hasNonNull(field)) {
                    return Optional.of(json.get(field).asText());
                }
            }
        }
        return Optional.empty();
    }

    private static String past(String action) {
        return switch (action) {
            case "ADD" -> "added";
            case "UPDATE" -> "updated";
            default -> "deleted";
        };
    }
}
