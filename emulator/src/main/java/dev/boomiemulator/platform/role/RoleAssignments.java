package dev.boomiemulator.platform.role;

import static dev.boomiemulator.platform.PlatformRequests.requiredText;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.boomiemulator.common.JsonFields;
import dev.boomiemulator.db.Transactions;
import dev.boomiemulator.platform.PlatformException;
import dev.boomiemulator.platform.generic.GenericObjects;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.function.BiPredicate;
import java.util.function.Supplier;

/**
 * Who and where a role applies: {@code AccountUserRole} gives a user a role in the account, {@code EnvironmentRole}
 * restricts an environment to a role. Both name a role of the account; each pair is made once, under an id
 * synthesized from the pair (as the document says of EnvironmentRole), so the same pair always has the same id.
 * Reads and deletes are the generic engine's.
 *
 * <p>An AccountUserRole for an email address the account does not know adds that user, as the real service does:
 * named as given, or from the address when no name is given ({@code jane.doe@example.com}: Jane Doe); a user
 * the account knows keeps the name it has, whatever the request says.
 *
 * @see <a href="https://developer.boomi.com/docs/api/platformapi/AccountUserRole">Boomi: AccountUserRole object</a>
 * @see <a href="https://developer.boomi.com/docs/api/platformapi/EnvironmentRole">Boomi: EnvironmentRole object</a>
 */
public final class RoleAssignments {
    static final String USER_ROLE = "AccountUserRole";
    static final String ENVIRONMENT_ROLE = "EnvironmentRole";

    private final Supplier<GenericObjects> objects;
    /** Whether an environment of the account has this id: (accountId, environmentId). */
    private final BiPredicate<String, String> environments;
    private final Transactions transactions;

    public RoleAssignments(Supplier<GenericObjects> objects, BiPredicate<String, String> environments,
                           Transactions transactions) {
        this.objects = objects;
        this.environments = environments;
        this.transactions = transactions;
    }

    JsonNode assignUser(String accountId, JsonNode body) {
        objects.get().check(USER_ROLE, body);
        String userId = requiredText(body, "userId", "the user's email address");
        if (!userId.matches("[^@\\s]+@[^@\\s]+")) {
            throw PlatformException.badRequest("userId must be the user's email address, not '" + userId + "'.");
        }
        String roleId = requiredText(body, "roleId", "the role to give");
        return transactions.write(accountId, () -> {
            role(accountId, roleId);
            String id = synthesized(userId, roleId);
            if (objects.get().exists(USER_ROLE, accountId, id)) {
                throw PlatformException.badRequest("User " + userId + " already has role " + roleId
                        + " (AccountUserRole " + id + ").");
            }
            Optional<JsonNode> known = knownUser(accountId, userId);
            ObjectNode assignment = body.deepCopy();
            assignment.put("@type", USER_ROLE);
            assignment.put("id", id);
            assignment.put("accountId", accountId);
            assignment.put("userId", userId);
            assignment.put("roleId", roleId);
            assignment.put("firstName", known.map(user -> user.path("firstName").asText())
                    .orElseGet(() -> JsonFields.text(body, "firstName").filter(n -> !n.isBlank())
                            .orElseGet(() -> nameFrom(userId, 0))));
            assignment.put("lastName", known.map(user -> user.path("lastName").asText())
                    .orElseGet(() -> JsonFields.text(body, "lastName").filter(n -> !n.isBlank())
                            .orElseGet(() -> nameFrom(userId, 1))));
            assignment.put("notifyUser", body.path("notifyUser").asBoolean(false));
            objects.get().save(USER_ROLE, accountId, id, assignment);
            return assignment;
        });
    }

    JsonNode restrictEnvironment(String accountId, String user, JsonNode body) {
        String environmentId = requiredText(body, "environmentId", "the environment to restrict");
        String roleId = requiredText(body, "roleId", "the role it is restricted to");
        return transactions.write(accountId, () -> {
            if (!environments.test(accountId, environmentId)) {
                throw PlatformException.badRequest("environmentId " + environmentId + " is not an environment of account "
                        + accountId + ".");
            }
            role(accountId, roleId);
            String id = synthesized(roleId, environmentId);
            if (objects.get().exists(ENVIRONMENT_ROLE, accountId, id)) {
                throw PlatformException.badRequest("Environment " + environmentId + " is already restricted to role "
                        + roleId + " (EnvironmentRole " + id + ").");
            }
            ObjectNode restriction = body.deepCopy();
            restriction.put("id", id);
            return objects.get().create(ENVIRONMENT_ROLE, accountId, restriction, user);
        });
    }

    private void role(String accountId, String roleId) {
        if (!objects.get().exists(RoleService.ROLE, accountId, roleId)) {
            throw PlatformException.badRequest("roleId " + roleId + " is not a role of account " + accountId
                    + " (getAssignableRoles lists them).");
        }
    }

    /** The user's name from any role the account already gave them. */
    private Optional<JsonNode> knownUser(String accountId, String userId) {
        // found by key, then compared whole, as before the key (which strips blanks and keeps 4,000 characters)
        return objects.get().listHavingIgnoringCase(USER_ROLE, accountId, "userId", userId).stream()
                .filter(assignment -> userId.equalsIgnoreCase(assignment.path("userId").asText())).findFirst();
    }

    /** Whether the account knows the user: one of its roles was given to them. */
    public boolean knowsUser(String accountId, String userId) {
        return knownUser(accountId, userId).isPresent();
    }

    /** The conceptual id of a pair: both ids, base64url-encoded as Boomi writes synthesized ids. */
    static String synthesized(String first, String second) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((first + ":" + second).getBytes(StandardCharsets.UTF_8));
    }

    /** "Jane" (part 0) and "Doe" (part 1) from jane.doe@example.com; "Jane" and "" from jane@example.com. */
    static String nameFrom(String email, int part) {
        String[] parts = email.substring(0, email.indexOf('@')).split("[._-]", 2);
        if (part >= parts.length || parts[part].isEmpty()) {
            return "";
        }
        return Character.toUpperCase(parts[part].charAt(0)) + parts[part].substring(1);
    }
}
