package dev.boomiemulator.platform.branch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.boomiemulator.common.EmulatorClock;
import dev.boomiemulator.common.JsonFields;
import dev.boomiemulator.db.Transactions;
import dev.boomiemulator.platform.PlatformException;
import dev.boomiemulator.platform.generic.GenericObjects;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;

/**
 * The rules of the Branch object, over the generic engine's storage (which also answers its get, query and bulk).
 * A branch is made from a parent branch ({@code parentId}) or from a packaged component or deployment
 * ({@code packageId}); it starts {@code ready: false} in stage {@code CREATING}, and becomes ready
 * ({@code NORMAL}) {@link #CREATION} later on the emulator clock, as the real service copies the parent
 * asynchronously. Names are unique among the account's branches; an update changes the name only; a delete marks the
 * branch deleted. The account's {@code main} branch (seeded by the default fixtures) cannot be deleted.
 */
public final class BranchService {
    static final Duration CREATION = Duration.ofSeconds(2);
    private static final String BRANCH = "Branch";
    private static final String MAIN = "main";
    private static final int MAX_BRANCHES = 10_000;

    /** Whether a packaged component or a deployment of the account has this id. */
    public interface Packages {
        boolean exists(String accountId, String packageOrDeploymentId);
    }

    private final Supplier<GenericObjects> objects;
    private final Packages packages;
    private final EmulatorClock clock;
    private final Transactions transactions;

    public BranchService(Supplier<GenericObjects> objects, Packages packages, EmulatorClock clock,
                         Transactions transactions) {
        this.objects = objects;
        this.packages = packages;
        this.clock = clock;
        this.transactions = transactions;
    }

    JsonNode create(String accountId, String user, JsonNode body) {
        return transactions.write(accountId, () -> {
            String name = name(body);
            unique(accountId, name, null);
            String parentId = JsonFields.text(body, "parentId").filter(id -> !id.isBlank()).orElse(null);
            String packageId = JsonFields.text(body, "packageId").filter(id -> !id.isBlank()).orElse(null);
            if (parentId == null && packageId == null) {
                throw PlatformException.badRequest("A branch is made from a branch (parentId) or from a packaged "
                        + "component or deployment (packageId).");
            }
            if (parentId != null) {
                JsonNode parent = objects.get().find(BRANCH, accountId, parentId).orElseThrow(() ->
                        PlatformException.badRequest("parentId " + parentId + " is not a branch of account " + accountId + "."));
                if (parent.path("deleted").asBoolean()) {
                    throw PlatformException.badRequest("parentId " + parentId + " is a deleted branch.");
                }
            }
            if (packageId != null && !packages.exists(accountId, packageId)) {
                throw PlatformException.badRequest("packageId " + packageId
                        + " is neither a packaged component nor a deployment of account " + accountId + ".");
            }
            ObjectNode branch = body.deepCopy();
            branch.remove(List.of("id", "deleted", "ready", "stage"));
            branch.put("name", name);
            branch.put("deleted", false);
            branch.put("ready", false);
            branch.put("stage", "CREATING");
            return objects.get().create(BRANCH, accountId, branch, user);
        });
    }

    JsonNode update(String accountId, String id, String user, JsonNode body) {
        return transactions.write(accountId, () -> {
            JsonNode current = find(accountId, id);
            if (current.path("deleted").asBoolean()) {
                throw PlatformException.badRequest("Branch " + id + " is deleted.");
            }
            String name = name(body);
            unique(accountId, name, id);
            ObjectNode changes = JsonNodeFactory.instance.objectNode().put("name", name); // only the name changes
            return objects.get().update(BRANCH, accountId, id, changes, user);
        });
    }

    void delete(String accountId, String id) {
        transactions.write(accountId, () -> {
            JsonNode branch = find(accountId, id);
            if (MAIN.equals(branch.path("name").asText())) {
                throw PlatformException.badRequest("The main branch cannot be deleted.");
            }
            if (branch.path("deleted").asBoolean()) {
                throw PlatformException.badRequest("Branch " + id + " is already deleted.");
            }
            ObjectNode deleted = branch.deepCopy();
            deleted.put("deleted", true);
            objects.get().save(BRANCH, accountId, id, deleted);
        });
    }

    /** Makes ready the account's branches whose creation the clock has passed; before every read of Branch. */
    public void settle(String accountId) {
        Instant now = clock.instant();
        // a branch is ready CREATION after its creation, which its createdDate records
        List<JsonNode> due = objects.get().list(BRANCH, accountId, MAX_BRANCHES).stream()
                .filter(branch -> "CREATING".equals(branch.path("stage").asText())
                        && !createdAt(branch, now).plus(CREATION).isAfter(now))
                .toList();
        if (due.isEmpty()) {
            return;
        }
        transactions.write(accountId, () -> due.forEach(branch -> {
            ObjectNode ready = branch.deepCopy();
            ready.put("ready", true);
            ready.put("stage", "NORMAL");
            objects.get().save(BRANCH, accountId, branch.path("id").asText(), ready);
        }));
    }

    /** When the branch was made; a fixture's branch without a readable createdDate counts as made long ago. */
    private static Instant createdAt(JsonNode branch, Instant now) {
        try {
            return Instant.parse(branch.path("createdDate").asText(""));
        } catch (java.time.format.DateTimeParseException unreadable) {
            return now.minus(CREATION);
        }
    }

    private JsonNode find(String accountId, String id) {
        return objects.get().find(BRANCH, accountId, id).orElseThrow(() -> PlatformException.notFound(BRANCH, id));
    }

    private static String name(JsonNode body) {
        return JsonFields.text(body, "name").filter(name -> !name.isBlank())
                .orElseThrow(() -> PlatformException.badRequest("A branch needs a name."));
    }

    private void unique(String accountId, String name, String except) {
        boolean taken = objects.get().list(BRANCH, accountId, MAX_BRANCHES).stream()
                .anyMatch(branch -> name.equals(branch.path("name").asText()) && !branch.path("deleted").asBoolean()
                        && !branch.path("id").asText().equals(except));
        if (taken) {
            throw PlatformException.badRequest("A branch named '" + name + "' already exists.");
        }
    }

}
