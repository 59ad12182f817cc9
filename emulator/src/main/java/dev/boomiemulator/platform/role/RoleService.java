package dev.boomiemulator.platform.role;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.boomiemulator.common.JsonFields;
import dev.boomiemulator.db.Transactions;
import dev.boomiemulator.platform.PlatformException;
import dev.boomiemulator.platform.generic.GenericObjects;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The rules of the Role object, over the generic engine's storage (which also answers its get, query and bulk):
 * <ul>
 *   <li>a role has a name no other role of the account has, and each of its privileges a name;</li>
 *   <li>{@code parentId}, the role it inherits privileges from, is a role of the account, and never the role
 *       itself or one that inherits from it;</li>
 *   <li>Boomi's four default roles (seeded by the default fixtures with their real ids) cannot be changed or
 *       deleted;</li>
 *   <li>a role cannot be deleted while a user has it ({@code AccountUserRole}), an environment is restricted to it
 *       ({@code EnvironmentRole}) or another role inherits from it: remove those first.</li>
 * </ul>
 *
 * @see <a href="https://developer.boomi.com/docs/api/platformapi/Role">Boomi: Role object</a>
 */
public final class RoleService {
    static final String ROLE = "Role";
    static final int MAX_ROWS = 100_000;
    /** Boomi's default roles: Administrator, Standard User, Production Support and Support. */
    static final Map<String, String> DEFAULT_ROLES = Map.of(
            "fcb6dd44-0ca8-11e2-a477-1231381987a5", "Administrator",
            "fcb6e2d0-0ca8-11e2-a477-1231381987a5", "Standard User",
            "fcb6e3b6-0ca8-11e2-a477-1231381987a5", "Production Support",
            "fcb6e474-0ca8-11e2-a477-1231381987a5", "Support");

    private final Supplier<GenericObjects> objects;
    private final Transactions transactions;

    public RoleService(Supplier<GenericObjects> objects, Transactions transactions) {
        this.objects = objects;
        this.transactions = transactions;
    }

    JsonNode create(String accountId, String user, JsonNode body) {
        return transactions.write(accountId, () -> {
            String name = name(body);
            unique(accountId, name, null);
            privilegesNamed(body);
            parent(accountId, body, null);
            return objects.get().create(ROLE, accountId, body, user);
        });
    }

    JsonNode update(String accountId, String id, String user, JsonNode body) {
        return transactions.write(accountId, () -> {
            find(accountId, id);
            notDefault(id, "changed");
            if (body.has("name")) {
                unique(accountId, name(body), id);
            }
            privilegesNamed(body);
            parent(accountId, body, id);
            ObjectNode changes = body.deepCopy();
            changes.remove("accountId"); // a role stays in its account
            return objects.get().update(ROLE, accountId, id, changes, user);
        });
    }

    void delete(String accountId, String id) {
        transactions.write(accountId, () -> {
            find(accountId, id);
            notDefault(id, "deleted");
            long users = named(accountId, "AccountUserRole", "roleId", id);
            long environments = named(accountId, "EnvironmentRole", "roleId", id);
            long heirs = objects.get().listHaving(ROLE, accountId, "parentId", id).stream()
                    .filter(role -> id.equals(role.path("parentId").asText()) && !id.equals(role.path("id").asText()))
                    .count();
            if (users + environments + heirs > 0) {
                throw PlatformException.badRequest("Role " + id + " is in use: " + users + " user assignment(s) "
                        + "(AccountUserRole), " + environments + " environment restriction(s) (EnvironmentRole) and "
                        + heirs + " role(s) inheriting from it (parentId). Remove those first.");
            }
            objects.get().delete(ROLE, accountId, id);
        });
    }

    /** How many objects name the role in {@code property}, read through that property's value index. */
    private long named(String accountId, String objectName, String property, String id) {
        return objects.get().listHaving(objectName, accountId, property, id).stream()
                .filter(row -> id.equals(row.path(property).asText())).count();
    }

    private JsonNode find(String accountId, String id) {
        return objects.get().find(ROLE, accountId, id).orElseThrow(() -> PlatformException.notFound(ROLE, id));
    }

    private static void notDefault(String id, String what) {
        String name = DEFAULT_ROLES.get(id);
        if (name != null) {
            throw PlatformException.badRequest(name + " (" + id + ") is one of Boomi's default roles and cannot be "
                    + what + ". Create a role with parentId " + id + " to build on it.");
        }
    }

    private static String name(JsonNode body) {
        return JsonFields.text(body, "name").map(String::strip).filter(name -> !name.isEmpty())
                .orElseThrow(() -> PlatformException.badRequest("A role needs a name."));
    }

    private void unique(String accountId, String name, String except) {
        // found by key, then compared whole: a key keeps a name's first 4,000 characters
        boolean taken = objects.get().listHavingIgnoringCase(ROLE, accountId, "name", name).stream()
                .anyMatch(role -> name.equalsIgnoreCase(role.path("name").asText().strip())
                        && !role.path("id").asText().equals(except));
        if (taken) {
            throw PlatformException.badRequest("A role named '" + name + "' already exists in account " + accountId + ".");
        }
    }

    /** The document requires a name of each privilege; the schema check has made sure the list is a list. */
    private static void privilegesNamed(JsonNode body) {
        for (JsonNode privilege : body.path("Privileges").path("Privilege")) {
            if (privilege.path("name").asText("").isBlank()) {
                throw PlatformException.badRequest("Every privilege of a role needs a name (Privileges.Privilege[].name).");
            }
        }
    }

    /** The role it inherits from must exist and must not lead back to the role itself. */
    private void parent(String accountId, JsonNode body, String id) {
        String parentId = JsonFields.text(body, "parentId").filter(parent -> !parent.isBlank()).orElse(null);
        if (parentId == null) {
            return;
        }
        Set<String> seen = new HashSet<>();
        String at = parentId;
        while (at != null && seen.add(at)) {
            if (at.equals(id)) {
                throw PlatformException.badRequest("Role " + id + " cannot inherit from itself or from a role that "
                        + "inherits from it (parentId " + parentId + ").");
            }
            String current = at;
            JsonNode role = objects.get().find(ROLE, accountId, current).orElseThrow(() -> PlatformException.badRequest(
                    (current.equals(parentId) ? "parentId " : "parentId " + parentId + " inherits from ") + current
                            + ", which is not a role of account " + accountId + "."));
            at = JsonFields.text(role, "parentId").filter(next -> !next.isBlank()).orElse(null);
        }
    }

    /** The roles of the account (the defaults, seeded first, then its own), for {@code getAssignableRoles}. */
    List<JsonNode> assignable(String accountId) {
        return objects.get().list(ROLE, accountId, MAX_ROWS);
    }
}
