package dev.boomiemulator.platform;

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
 * processes, components, roles and folders of the account. Any other property is not taken for a reference.
 */
final class PlatformReferences implements References {
    /** Finds a generic object of the account: (objectName, accountId, id). */
    interface GenericLookup {
        boolean exists(String objectName, String accountId, String id);
    }

    private final Map<String, Target> targets;

    private record Target(String noun, BiPredicate<String, String> exists) {
    }

    PlatformReferences(DSLContext dsl, EnvironmentRepository environments, RuntimeRepository runtime,
                       Supplier<GenericLookup> generic) {
        Target atom = new Target("Atom", (account, id) -> runtime.atom(account, id).isPresent());
        this.targets = Map.of(
                "environmentId", new Target("environment", environments::exists),
                "atomId", atom,
                "runtimeId", atom,
                "containerId", atom,
                "processId", new Target("process", (account, id) -> runtime.process(account, id).isPresent()),
                "componentId", new Target("component", (account, id) -> dsl.fetchExists(COMPONENT_VERSION,
                        COMPONENT_VERSION.ACCOUNT_ID.eq(account).and(COMPONENT_VERSION.COMPONENT_ID.eq(id)))),
                "roleId", new Target("role", (account, id) -> generic.get().exists("Role", account, id)),
                "folderId", new Target("folder", (account, id) -> generic.get().exists("Folder", account, id)));
    }

    @Override
    public Optional<String> problem(String accountId, String property, String value) {
        Target target = targets.get(property);
        if (target == null || value == null || value.isBlank() || target.exists().test(accountId, value)) {
            return Optional.empty();
        }
        return Optional.of(property + " " + value + " is not " + article(target.noun()) + " " + target.noun()
                + " of account " + accountId + ".");
    }

    private static String article(String noun) {
        return "aeiouAEIOU".indexOf(noun.charAt(0)) >= 0 ? "an" : "a";
    }
}
