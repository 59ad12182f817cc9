package dev.boomiemulator.connectnow;

import dev.boomiemulator.domain.integrationpack.IntegrationPackInstance;
import dev.boomiemulator.domain.integrationpack.IntegrationPackService;
import dev.boomiemulator.domain.process.AtomSummary;
import dev.boomiemulator.domain.process.RuntimeRepository;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Where an integration pack process runs: the process an id names (the wrapper id of a MULTI instance,
 * the process id of a SINGLE one, or a MULTI pack's original id when only one instance has it), and the
 * Atoms of the environments its instance is attached to.
 */
final class PackProcesses {
    private final IntegrationPackService packs;
    private final RuntimeRepository runtime;
    private final ConnectNowRepository repository;

    PackProcesses(IntegrationPackService packs, RuntimeRepository runtime, ConnectNowRepository repository) {
        this.packs = packs;
        this.runtime = runtime;
        this.repository = repository;
    }

    record Resolved(IntegrationPackInstance instance, IntegrationPackInstance.Process process) {
    }

    record Placement(String environmentId, AtomSummary atom) {
    }

    /** The process an id names; unknown: 404, an original id several instances share: 400. */
    Resolved resolve(String accountId, String processId) {
        return find(accountId, processId).orElseThrow(() -> ConnectNowException.notFound("Process " + processId
                + " is not a process of an installed integration pack instance (see getInstalledIPackInstanceProcesses)."));
    }

    Optional<Resolved> find(String accountId, String processId) {
        List<IntegrationPackInstance> owners = packs.instancesWithProcess(accountId, processId);
        List<Resolved> exact = new ArrayList<>();
        List<Resolved> original = new ArrayList<>();
        for (IntegrationPackInstance instance : owners) {
            for (IntegrationPackInstance.Process process : instance.processes()) {
                if (process.processId().equals(processId)) {
                    exact.add(new Resolved(instance, process));
                } else if (process.originalProcessId().equals(processId)) {
                    original.add(new Resolved(instance, process));
                }
            }
        }
        if (!exact.isEmpty()) {
            return Optional.of(exact.get(0));
        }
        if (original.size() > 1) {
            throw ConnectNowException.badRequest("Process " + processId + " belongs to several instances of a multi-install "
                    + "pack (" + original.stream().map(r -> r.instance().id()).collect(Collectors.joining(", "))
                    + "); use the instance's own (wrapper) process id from getInstalledIPackInstanceProcesses.");
        }
        return original.stream().findFirst();
    }

    /** The Atoms of the instance's environments, environments by name, Atoms by name. */
    List<Placement> atoms(String accountId, IntegrationPackInstance instance) {
        Map<String, String> names = repository.environments(accountId).stream()
                .collect(Collectors.toMap(Views.Environment::id, Views.Environment::name));
        List<Placement> placements = new ArrayList<>();
        instance.environmentIds().stream()
                .sorted(Comparator.comparing((String id) -> names.getOrDefault(id, id)).thenComparing(id -> id))
                .forEach(environmentId -> runtime.atomsInEnvironment(accountId, environmentId)
                        .forEach(atom -> placements.add(new Placement(environmentId, atom))));
        return placements;
    }

    /** The first ONLINE Atom of the instance's environments that the optional environment and Atom ids allow. */
    Placement place(String accountId, IntegrationPackInstance instance, Optional<String> environmentId,
                    Optional<String> atomId) {
        environmentId.filter(env -> !instance.environmentIds().contains(env)).ifPresent(env -> {
            throw ConnectNowException.badRequest("Integration pack instance " + instance.id()
                    + " is not attached to environment " + env + ".");
        });
        List<Placement> candidates = atoms(accountId, instance).stream()
                .filter(p -> environmentId.map(env -> env.equals(p.environmentId())).orElse(true))
                .filter(p -> atomId.map(id -> id.equals(p.atom().id())).orElse(true))
                .toList();
        if (candidates.isEmpty()) {
            throw ConnectNowException.badRequest(atomId.map(id -> "Atom " + id + " is not attached to an environment "
                            + "integration pack instance " + instance.id() + " is attached to.")
                    .orElse("Integration pack instance " + instance.id() + " is attached to no environment with an Atom"
                            + environmentId.map(env -> " (" + env + ")").orElse("") + "; deploy it to one first."));
        }
        return candidates.stream().filter(p -> p.atom().canRun()).findFirst().orElseThrow(() ->
                ConnectNowException.badRequest("No Atom to run on is ONLINE: "
                        + candidates.stream().map(p -> p.atom().name() + " (" + p.atom().status() + ")")
                        .collect(Collectors.joining(", ")) + "."));
    }
}
