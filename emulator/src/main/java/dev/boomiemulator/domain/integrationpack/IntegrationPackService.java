package dev.boomiemulator.domain.integrationpack;

import dev.boomiemulator.common.DomainException;
import dev.boomiemulator.common.EmulatorClock;
import dev.boomiemulator.common.IdGenerator;
import dev.boomiemulator.db.Transactions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The rules of integration packs that the Platform API (IntegrationPack, IntegrationPackInstance) and
 * Connect Now (install, attach, list, remove) share: a SINGLE pack is installed at most once and never
 * named; a MULTI pack may be installed many times under distinct names, each instance with its own
 * wrapper process ids.
 */
public final class IntegrationPackService {
    private final IntegrationPackRepository repository;
    private final IdGenerator ids;
    private final EmulatorClock clock;
    private final Transactions transactions;

    public IntegrationPackService(IntegrationPackRepository repository, IdGenerator ids, EmulatorClock clock, Transactions transactions) {
        this.transactions = transactions;
        this.repository = repository;
        this.ids = ids;
        this.clock = clock;
    }

    public List<IntegrationPack> packs(String accountId) {
        return repository.packs(accountId);
    }

    public Optional<IntegrationPack> pack(String accountId, String packId) {
        return repository.findPack(accountId, packId);
    }

    public List<IntegrationPackInstance> instances(String accountId) {
        return repository.instances(accountId);
    }

    public Optional<IntegrationPackInstance> instance(String accountId, String instanceId) {
        return repository.findInstance(accountId, instanceId);
    }

    /** The instance an instance id or one of its process ids names (Connect Now's extensionGroupId). */
    public Optional<IntegrationPackInstance> instanceByGroupId(String accountId, String extensionGroupId) {
        return instance(accountId, extensionGroupId).or(() -> {
            List<String> owners = repository.instanceIdsWithProcess(accountId, extensionGroupId);
            return owners.size() == 1 ? instance(accountId, owners.get(0)) : Optional.empty();
        });
    }

    /** The instances that bring a process with this id (wrapper id, or the pack's own process id). */
    public List<IntegrationPackInstance> instancesWithProcess(String accountId, String processId) {
        return repository.instanceIdsWithProcess(accountId, processId).stream()
                .map(id -> instance(accountId, id))
                .flatMap(Optional::stream)
                .toList();
    }

    /** Installs {@code pack}: the Platform's IntegrationPackInstance create. */
    public IntegrationPackInstance install(String accountId, IntegrationPack pack, Optional<String> overrideName) {
        return transactions.write(accountId, () -> {
            checkInstallable(accountId, pack, overrideName);
            IntegrationPackInstance instance = newInstance(pack, overrideName, ids.uuid(), Map.of(), List.of(), clock.instant());
            repository.insertInstance(accountId, pack, instance);
            return instance;
        });
    }

    /**
     * Installs with ids and attachments a fixture gives; the same rules as {@link #install}.
     *
     * @param wrapperIds wrapper process ids by original process id (MULTI); missing ones are generated
     */
    public IntegrationPackInstance installFixture(String accountId, IntegrationPack pack, Optional<String> overrideName,
                                                  String instanceId, Map<String, String> wrapperIds,
                                                  List<String> environmentIds, Instant installedDate) {
        checkInstallable(accountId, pack, overrideName);
        if (repository.findInstance(accountId, instanceId).isPresent()) {
            throw DomainException.badRequest("duplicate integration pack instance id '" + instanceId + "'");
        }
        IntegrationPackInstance instance = newInstance(pack, overrideName, instanceId, wrapperIds, environmentIds, installedDate);
        repository.insertInstance(accountId, pack, instance);
        return instance;
    }

    /**
     * Connect Now's createIntegrationPackDeployment: reuses the SINGLE pack's instance, or the MULTI
     * pack's instance of the same name (case-insensitive), else installs; then attaches it to the
     * environment (attaching twice changes nothing).
     */
    public IntegrationPackInstance deploy(String accountId, IntegrationPack pack, String environmentId,
                                          Optional<String> overrideName) {
        return transactions.write(accountId, () -> {
            if (!repository.environmentExists(accountId, environmentId)) {
                throw DomainException.notFound("Environment " + environmentId + " was not found.");
            }
            if (!pack.isMulti() && overrideName.isPresent()) {
                throw singleNotNamed(pack);
            }
            String wanted = pack.isMulti() ? overrideName.orElse(pack.name()) : null;
            Optional<IntegrationPackInstance> existing = pack.isMulti()
                    ? repository.instanceOfPackNamed(accountId, pack.id(), wanted)
                    : repository.firstInstanceOfPack(accountId, pack.id());
            IntegrationPackInstance instance = existing.orElseGet(() -> install(accountId, pack, overrideName));
            repository.attach(accountId, instance.id(), environmentId, clock.instant());
            return repository.findInstance(accountId, instance.id()).orElseThrow();
        });
    }

    /** Uninstalls: the instance, its processes, attachments and extension values go. @return whether it existed */
    public boolean uninstall(String accountId, String instanceId) {
        return transactions.write(accountId, () -> {
            return repository.deleteInstance(accountId, instanceId);
        });
    }

    private void checkInstallable(String accountId, IntegrationPack pack, Optional<String> overrideName) {
        if (!pack.isMulti()) {
            if (overrideName.isPresent()) {
                throw singleNotNamed(pack);
            }
            repository.firstInstanceOfPack(accountId, pack.id()).ifPresent(installed -> {
                throw DomainException.badRequest("Integration pack " + pack.id() + " (" + pack.name()
                        + ") is single-install and is already installed as instance " + installed.id() + ".");
            });
            return;
        }
        String name = overrideName.orElse(pack.name());
        repository.instanceOfPackNamed(accountId, pack.id(), name)
                .ifPresent(duplicate -> {
                    throw DomainException.badRequest("Duplicate integrationPackOverrideName '" + name + "': instance "
                            + duplicate.id() + " of integration pack " + pack.id() + " already has it.");
                });
    }

    private static DomainException singleNotNamed(IntegrationPack pack) {
        return DomainException.badRequest("integrationPackOverrideName can be set only for multi-install integration "
                + "packs; " + pack.id() + " (" + pack.name() + ") is single-install.");
    }

    private IntegrationPackInstance newInstance(IntegrationPack pack, Optional<String> overrideName, String instanceId,
                                                Map<String, String> wrapperIds, List<String> environmentIds,
                                                Instant installedDate) {
        String name = pack.isMulti() ? overrideName.orElse(pack.name()) : null;
        List<IntegrationPackInstance.Process> processes = new ArrayList<>();
        for (IntegrationPackDefinition.Process process : pack.definition().processes()) {
            if (pack.isMulti()) {
                String wrapper = wrapperIds.getOrDefault(process.id(), ids.uuid());
                processes.add(new IntegrationPackInstance.Process(process.id(), wrapper, name + " - " + process.name()));
            } else {
                processes.add(new IntegrationPackInstance.Process(process.id(), null, process.name()));
            }
        }
        return new IntegrationPackInstance(instanceId, pack.id(), pack.name(), pack.installationType(), name,
                processes, environmentIds, installedDate);
    }
}
