package dev.boomiemulator.platform.atomsettings;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.boomiemulator.db.Transactions;
import dev.boomiemulator.platform.PlatformException;
import dev.boomiemulator.platform.PlatformRequests;
import dev.boomiemulator.platform.generic.GenericObjects;
import java.util.HashSet;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Supplier;

/**
 * {@code PersistedProcessProperties}, the process property values an Atom keeps between runs. An update replaces
 * them all, as the document says (a process left out loses its properties); each names a process of the account,
 * once, with its {@code ProcessProperties}. Reads are asynchronous: {@code async/PersistedProcessProperties/{atomId}}
 * answers a token (for an Atom of the account only), and the generic engine's {@code response/{token}} answers the
 * properties as they are then, none before the first update.
 *
 * @see <a href="https://developer.boomi.com/docs/api/platformapi/PersistedProcessProperties">Boomi: PersistedProcessProperties</a>
 */
public final class PersistedProperties {
    static final String PERSISTED = "PersistedProcessProperties";

    private final Supplier<GenericObjects> objects;
    private final AtomHosts atoms;
    /** Whether a process of the account has this id: (accountId, processId). */
    private final BiPredicate<String, String> processes;
    private final Transactions transactions;

    public PersistedProperties(Supplier<GenericObjects> objects, AtomHosts atoms, BiPredicate<String, String> processes,
                               Transactions transactions) {
        this.objects = objects;
        this.atoms = atoms;
        this.processes = processes;
        this.transactions = transactions;
    }

    JsonNode requestRead(String accountId, String atomId) {
        atoms.require(accountId, atomId);
        return objects.get().asyncGet(PERSISTED, accountId, atomId);
    }

    JsonNode replace(String accountId, String atomId, JsonNode body) {
        objects.get().check(PERSISTED, body);
        PlatformRequests.keyMatchesPath(body, "atomId", atomId);
        Set<String> named = new HashSet<>();
        for (JsonNode process : body.path("Process")) {
            String processId = process.path("processId").asText("");
            if (processId.isBlank()) {
                throw PlatformException.badRequest("Every Process needs its processId.");
            }
            if (!named.add(processId)) {
                throw PlatformException.badRequest("Process " + processId + " is named twice: give all its properties once.");
            }
            if (!process.path("ProcessProperties").isObject()) {
                throw PlatformException.badRequest("Process " + processId + " needs its ProcessProperties.");
            }
            if (!processes.test(accountId, processId)) {
                throw PlatformException.badRequest("processId " + processId + " is not a process of account " + accountId + ".");
            }
        }
        return transactions.write(accountId, () -> {
            atoms.require(accountId, atomId);
            ObjectNode properties = body.deepCopy();
            properties.put("@type", PERSISTED);
            properties.put("atomId", atomId);
            if (!properties.has("Process")) {
                properties.putArray("Process");
            }
            objects.get().save(PERSISTED, accountId, atomId, properties);
            return properties;
        });
    }
}
