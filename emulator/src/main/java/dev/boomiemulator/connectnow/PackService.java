package dev.boomiemulator.connectnow;

import com.fasterxml.jackson.databind.JsonNode;
import dev.boomiemulator.domain.integrationpack.IntegrationPack;
import dev.boomiemulator.domain.integrationpack.IntegrationPackInstance;
import dev.boomiemulator.domain.integrationpack.IntegrationPackService;
import java.util.Locale;

/** Available packs, installing and attaching, installed instances, their processes, removal. */
final class PackService {
    private final IntegrationPackService packs;

    PackService(IntegrationPackService packs) {
        this.packs = packs;
    }

    Views.Instance createDeployment(String accountId, JsonNode body) {
        String packId = ConnectNowRequests.required(body, "integrationPackId");
        String environmentId = ConnectNowRequests.required(body, "environmentId");
        IntegrationPack pack = packs.pack(accountId, packId).orElseThrow(() ->
                ConnectNowException.notFound("Integration pack " + packId + " is not available to account " + accountId + "."));
        return Views.Instance.of(packs.deploy(accountId, pack, environmentId,
                ConnectNowRequests.optional(body, "integrationPackOverrideName")));
    }

    Views.ListResult<Views.Pack> available(String accountId) {
        return Views.list(packs.packs(accountId).stream().map(Views.Pack::of).toList());
    }

    Views.ListResult<Views.Instance> installed(String accountId) {
        return Views.list(packs.instances(accountId).stream().map(Views.Instance::of).toList());
    }

    Views.ListResult<Views.Process> processes(String accountId, JsonNode body) {
        IntegrationPackInstance instance = instance(accountId, ConnectNowRequests.required(body, "id"));
        return Views.list(instance.processes().stream()
                .map(p -> new Views.Process(p.processId(), p.name(),
                        java.util.List.of(new Views.ProcessPackInfo(instance.integrationPackId(), instance.id()))))
                .toList());
    }

    Views.DeleteResult delete(String accountId, JsonNode body) {
        String id = ConnectNowRequests.required(body, "id");
        if (!packs.uninstall(accountId, id)) {
            throw notFound(id);
        }
        return new Views.DeleteResult(id);
    }

    IntegrationPackInstance instance(String accountId, String id) {
        return packs.instance(accountId, id).orElseThrow(() -> notFound(id));
    }

    /**
     * The seed's {@code @type} (or {@code @ipackType}) is the install type: SINGLE or MULTI (any case) must
     * match the instance's pack; any other value (empty, a type name) is ignored.
     */
    static void checkInstallType(JsonNode body, String field, IntegrationPackInstance instance) {
        ConnectNowRequests.optional(body, field).map(v -> v.toUpperCase(Locale.ROOT))
                .filter(v -> v.equals("SINGLE") || v.equals("MULTI"))
                .filter(v -> !v.equals(instance.installationType().name()))
                .ifPresent(v -> {
                    throw ConnectNowException.badRequest("Integration pack instance " + instance.id() + " is a "
                            + instance.installationType() + "-install pack, not " + v + " (" + field + ").");
                });
    }

    private static ConnectNowException notFound(String id) {
        return ConnectNowException.notFound("Integration pack instance not found: " + id);
    }
}
