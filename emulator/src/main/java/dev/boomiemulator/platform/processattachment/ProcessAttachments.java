package dev.boomiemulator.platform.processattachment;

import static dev.boomiemulator.platform.PlatformRequests.requiredText;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.boomiemulator.common.JsonFields;
import dev.boomiemulator.db.Transactions;
import dev.boomiemulator.domain.process.RuntimeRepository;
import dev.boomiemulator.platform.PlatformException;
import dev.boomiemulator.platform.generic.GenericObjects;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The legacy attachments of a process: {@code ProcessEnvironmentAttachment} (a process to an environment) and
 * {@code ProcessAtomAttachment} (a process to an Atom), over the generic engine's storage, which answers their
 * queries (and deletes an Atom attachment).
 * <ul>
 *   <li>the process is a process of the account ({@code componentType} is {@code process}, filled when left out),
 *       the environment or Atom one of the account, and each pair is attached once;</li>
 *   <li>a process deployed to an environment is attached to it: a deployment makes the attachment, as deploying
 *       through the real service attaches, and it shows in the next query;</li>
 *   <li>a process cannot be detached from an environment it is deployed to: undeploy it first.</li>
 * </ul>
 *
 * @see <a href="https://developer.boomi.com/docs/api/platformapi/ProcessEnvironmentAttachment">Boomi: ProcessEnvironmentAttachment</a>
 */
public final class ProcessAttachments {
    static final String TO_ENVIRONMENT = "ProcessEnvironmentAttachment";
    static final String TO_ATOM = "ProcessAtomAttachment";
    private static final String PROCESS = "process";

    private final Supplier<GenericObjects> objects;
    private final RuntimeRepository runtime;
    /** Whether an environment of the account has this id: (accountId, environmentId). */
    private final BiPredicate<String, String> environments;
    private final Transactions transactions;

    public ProcessAttachments(Supplier<GenericObjects> objects, RuntimeRepository runtime,
                              BiPredicate<String, String> environments, Transactions transactions) {
        this.objects = objects;
        this.runtime = runtime;
        this.environments = environments;
        this.transactions = transactions;
    }

    JsonNode attachToEnvironment(String accountId, String user, JsonNode body) {
        String environmentId = requiredText(body, "environmentId", null);
        return attach(accountId, user, body, TO_ENVIRONMENT, () -> {
            if (!environments.test(accountId, environmentId)) {
                throw PlatformException.badRequest("environmentId " + environmentId + " is not an environment of account "
                        + accountId + ".");
            }
        });
    }

    JsonNode attachToAtom(String accountId, String user, JsonNode body) {
        String atomId = requiredText(body, "atomId", null);
        return attach(accountId, user, body, TO_ATOM, () -> {
            if (runtime.atom(accountId, atomId).isEmpty()) {
                throw PlatformException.badRequest("atomId " + atomId + " is not an Atom of account " + accountId + ".");
            }
        });
    }

    private JsonNode attach(String accountId, String user, JsonNode body, String object, Runnable targetExists) {
        String processId = requiredText(body, "processId", null);
        String type = JsonFields.text(body, "componentType").filter(t -> !t.isBlank()).orElse(PROCESS);
        if (!type.toLowerCase(Locale.ROOT).equals(PROCESS)) {
            throw PlatformException.badRequest(object + " attaches processes: componentType must be 'process', not '"
                    + type + "'.");
        }
        return transactions.write(accountId, () -> {
            if (runtime.process(accountId, processId).isEmpty()) {
                throw PlatformException.badRequest("processId " + processId + " is not a process of account " + accountId + ".");
            }
            targetExists.run();
            ObjectNode attachment = body.deepCopy();
            attachment.put("componentType", PROCESS);
            return objects.get().create(object, accountId, attachment, user); // which refuses a pair attached already
        });
    }

    void detachFromEnvironment(String accountId, String id) {
        transactions.write(accountId, () -> {
            JsonNode attachment = objects.get().find(TO_ENVIRONMENT, accountId, id)
                    .orElseThrow(() -> PlatformException.notFound(TO_ENVIRONMENT, id));
            String processId = attachment.path("processId").asText();
            String environmentId = attachment.path("environmentId").asText();
            if (runtime.isDeployed(accountId, processId, environmentId)) {
                throw PlatformException.badRequest("Process " + processId + " is deployed to environment " + environmentId
                        + ": undeploy it (DELETE DeployedPackage/{deploymentId}) before detaching it.");
            }
            objects.get().delete(TO_ENVIRONMENT, accountId, id);
        });
    }

    /** Attaches each deployed process to its environment where no attachment says so yet; before every read. */
    public void attachDeployed(String accountId) {
        var deployed = runtime.deployedProcesses(accountId);
        if (deployed.isEmpty()) {
            return;
        }
        // only the attachments of the deployed processes, in one read through processId's value index: listing every
        // attachment of the account made each read grow with them (at 3,000 attachments, 154 queries/s against 1,721)
        Set<String> processes = deployed.stream().map(Map.Entry::getKey).collect(Collectors.toSet());
        Set<Map.Entry<String, String>> attached = new HashSet<>();
        for (JsonNode attachment : objects.get().listHaving(TO_ENVIRONMENT, accountId, "processId", processes)) {
            attached.add(Map.entry(attachment.path("processId").asText(), attachment.path("environmentId").asText()));
        }
        var missing = deployed.stream().filter(pair -> !attached.contains(pair)).toList();
        if (missing.isEmpty()) {
            return;
        }
        transactions.write(accountId, () -> missing.forEach(pair -> {
            ObjectNode attachment = JsonNodeFactory.instance.objectNode();
            attachment.put("componentType", PROCESS);
            attachment.put("environmentId", pair.getValue());
            attachment.put("processId", pair.getKey());
            try {
                objects.get().create(TO_ENVIRONMENT, accountId, attachment, null);
            } catch (PlatformException attachedMeanwhile) {
                // a concurrent read attached it first: the pair is attached either way
            }
        }));
    }
}
