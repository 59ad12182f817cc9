package dev.boomiemulator.dataintegration.environment;

import com.fasterxml.jackson.databind.JsonNode;
import dev.boomiemulator.common.IdGenerator;
import dev.boomiemulator.dataintegration.Caller;
import dev.boomiemulator.dataintegration.DataIntegrationException.ValidationItem;
import dev.boomiemulator.dataintegration.DataIntegrationException;
import dev.boomiemulator.dataintegration.PageRequest.Paged;
import dev.boomiemulator.dataintegration.PageRequest;
import dev.boomiemulator.db.Transactions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The account's environments and each environment's variables. */
public final class EnvironmentService {
    /** The width of di_variable.name, as the list form's {@code name} declares in the OpenAPI document. */
    private static final int VARIABLE_NAME_MAX = 255;

    public static final String DEFAULT_GROUP = "Default";

    private final EnvironmentRepository environments;
    private final IdGenerator ids;
    private final Transactions transactions;

    public EnvironmentService(EnvironmentRepository environments, IdGenerator ids, Transactions transactions) {
        this.transactions = transactions;
        this.environments = environments;
        this.ids = ids;
    }

    /** The environments the caller's token may use, oldest first; deleted ones only when asked for. */
    public Paged<EnvironmentView> list(Caller caller, boolean includeDeleted, PageRequest page) {
        EnvironmentRepository.EnvironmentPage found = environments.page(caller.accountId(), includeDeleted,
                caller.environments(), page.offset(), page.itemsPerPage());
        return page.of(found.environments().stream()
                .map(environment -> EnvironmentView.of(environment, caller.diAccountId(),
                        environments.variables(caller.accountId(), environment.id())))
                .toList(), found.total());
    }

    /** The (not deleted) environment, or 404. */
    public DiEnvironment require(Caller caller, String environmentId) {
        return environments.find(caller.accountId(), environmentId)
                .filter(environment -> !environment.isDeleted())
                .orElseThrow(() -> DataIntegrationException.notFound("Environment " + environmentId + " not found"));
    }

    public Map<String, String> variables(Caller caller, String environmentId) {
        require(caller, environmentId);
        return environments.variables(caller.accountId(), environmentId);
    }

    /**
     * Adds and updates variables, keeping those not named; a null value removes one. The body is
     * {@code {"variables":{"NAME":"value"}}} or {@code {"variables":[{"name":"NAME","value":"value"}]}}.
     */
    public Map<String, String> merge(Caller caller, String environmentId, JsonNode body) {
        return transactions.write(caller.accountId(), () -> {
            require(caller, environmentId);
            JsonNode given = body.get("variables");
            Map<String, String> changes = new LinkedHashMap<>();
            if (given != null && given.isObject()) {
                given.fields().forEachRemaining(entry -> changes.put(name(entry.getKey()), text(entry.getValue())));
            } else if (given != null && given.isArray()) {
                for (JsonNode item : given) {
                    changes.put(name(item.path("name").asText("")), text(item.get("value")));
                }
            } else {
                throw DataIntegrationException.validation(List.of(ValidationItem.missing("body", "variables")));
            }
            environments.mergeVariables(caller.accountId(), environmentId, changes);
            return environments.variables(caller.accountId(), environmentId);
        });
    }

    /** A data flow group: its id and name. */
    public record Group(String id, String name) {
    }

    /**
     * The group a data flow joins: with a {@code groupId}, that group (named {@code groupName}, else its
     * known name, else "Default"); with only a {@code groupName}, the environment's group of that name
     * (created when there is none); with neither, the environment's default group.
     */
    public Group group(Caller caller, DiEnvironment environment, String groupId, String groupName) {
        String accountId = caller.accountId();
        if (groupId != null) {
            String name = groupName != null ? groupName
                    : environments.groupName(accountId, environment.id(), groupId).orElse(DEFAULT_GROUP);
            environments.ensureGroup(accountId, environment.id(), groupId, name);
            return new Group(groupId, name);
        }
        if (groupName != null) {
            String id = environments.groupIdNamed(accountId, environment.id(), groupName).orElseGet(() -> {
                String minted = ids.hex24();
                environments.ensureGroup(accountId, environment.id(), minted, groupName);
                return minted;
            });
            return new Group(id, groupName);
        }
        String id = environment.defaultGroupId();
        return new Group(id, environments.groupName(accountId, environment.id(), id).orElse(DEFAULT_GROUP));
    }

    private static String name(String name) {
        if (name.isBlank()) {
            throw DataIntegrationException.badRequest("A variable name cannot be empty");
        }
        // the map form's names are keys, which the OpenAPI document cannot limit
        if (name.length() > VARIABLE_NAME_MAX) {
            throw DataIntegrationException.validation(List.of(new ValidationItem("string_too_long",
                    List.of("body", "variables", name.substring(0, 40) + "..."),
                    "Variable name should have at most " + VARIABLE_NAME_MAX + " characters")));
        }
        return name;
    }

    private static String text(JsonNode value) {
        return value == null || value.isNull() ? null : value.isTextual() ? value.asText() : value.toString();
    }
}
