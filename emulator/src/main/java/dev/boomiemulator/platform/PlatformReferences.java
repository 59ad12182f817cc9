package dev.boomiemulator.platform;

import static dev.boomiemulator.db.jooq.Tables.ACCOUNT_USER;
import static dev.boomiemulator.db.jooq.Tables.COMPONENT_VERSION;

import dev.boomiemulator.domain.process.RuntimeRepository;
import dev.boomiemulator.platform.environment.EnvironmentRepository;
import dev.boomiemulator.platform.generic.References;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiPredicate;
import java.util.function.Supplier;
import org.jooq.DSLContext;

/**
 * The references generic objects make, by property name: to environments, Atoms (also named runtimes and containers),
 * processes, components, roles, folders and users of the account. Any other property is not taken for a reference.
 */
final class PlatformReferences implements References {
    /** Finds a generic object of the account: (objectName, accountId, id). */
    interface GenericLookup {
        boolean exists(String objectName, String accountId, String id);
    }

    private final Map<String, Target> targets;

    /** {@code noun} with its article: "an environment". */
    private record Target(String noun, BiPredicate<String, String> exists) {
    }

    /**
     * @param knownUsers whether the account knows a user by a role it gave them (AccountUserRole); a user with API
     *                   credentials in the fixture is known too
     */
    PlatformReferences(DSLContext dsl, EnvironmentRepository environments, RuntimeRepository runtime,
                       Supplier<GenericLookup> generic, BiPredicate<String, String> knownUsers) {
        Target atom = new Target("an Atom", (account, id) -> runtime.atom(account, id).isPresent());
        this.targets = Map.of(
                "environmentId", new Target("an environment", environments::exists),
                "atomId", atom,
                "runtimeId", atom,
                "containerId", atom,
                "processId", new Target("a process", (account, id) -> runtime.process(account, id).isPresent()),
                "componentId", new Target("a component", (account, id) -> dsl.fetchExists(COMPONENT_VERSION,
                        COMPONENT_VERSION.ACCOUNT_ID.eq(account).and(COMPONENT_VERSION.COMPONENT_ID.eq(id)))),
                "roleId", new Target("a role", (account, id) -> generic.get().exists("Role", account, id)),
                "folderId", new Target("a folder", (account, id) -> generic.get().exists("Folder", account, id)),
                "userId", new Target("a user", (account, id) -> knownUsers.test(account, id)
                        || dsl.fetchExists(ACCOUNT_USER, ACCOUNT_USER.ACCOUNT_ID.eq(account)
                                .and(ACCOUNT_USER.USERNAME.eq(id)))));
    }

    @Override
    public Optional<String> problem(String accountId, String property, String value) {
        Target target = targets.get(property);
        if (target == null || value == null || value.isBlank() || target.exists().test(accountId, value)) {
            return Optional.empty();
        }
        return Optional.of(property + " " + value + " is not " + target.noun() + " of account " + accountId + ".");
    }
}
