package dev.boomiemulator.connectnow;

import com.fasterxml.jackson.databind.JsonNode;
import dev.boomiemulator.domain.integrationpack.Extensions;
import dev.boomiemulator.domain.integrationpack.IntegrationPackExtensionService;
import dev.boomiemulator.domain.integrationpack.IntegrationPackInstance;
import dev.boomiemulator.domain.integrationpack.IntegrationPackService;
import java.util.List;
import java.util.Optional;

/** Reading and upserting an installed pack's extensions, and OAuth2 access-token URLs. */
final class ExtensionService {
    private final IntegrationPackService packs;
    private final IntegrationPackExtensionService extensions;
    private final PackService packService;

    ExtensionService(IntegrationPackService packs, IntegrationPackExtensionService extensions, PackService packService) {
        this.packs = packs;
        this.extensions = extensions;
        this.packService = packService;
    }

    Views.ListResult<Extensions.Connection> connections(String accountId, JsonNode body) {
        return Views.list(extensions.connections(accountId, instance(accountId, body)));
    }

    Views.ListResult<Extensions.ProcessPropertyContainer> processProperties(String accountId, JsonNode body) {
        return Views.list(extensions.processProperties(accountId, instance(accountId, body)));
    }

    Views.ListResult<Extensions.CrossReference> crossReferences(String accountId, JsonNode body) {
        return Views.list(extensions.crossReferences(accountId, instance(accountId, body)));
    }

    Views.ListResult<Extensions.MapExtension> maps(String accountId, JsonNode body) {
        return Views.list(extensions.maps(accountId, instance(accountId, body)));
    }

    Views.InstanceExtensions upsert(String accountId, JsonNode body) {
        IntegrationPackInstance instance = packService.instance(accountId, ConnectNowRequests.required(body, "iPackInstanceId"));
        PackService.checkInstallType(body, "@ipackType", instance);
        extensions.upsert(accountId, instance, ConnectNowRequests.optional(body, "environmentId"),
                body.get("processPropertyContainers"), body.get("connections"), body.get("crossReferenceTables"));
        return new Views.InstanceExtensions(instance.id(), extensions.processProperties(accountId, instance),
                extensions.connections(accountId, instance), extensions.crossReferences(accountId, instance));
    }

    Views.ListResult<Extensions.MapExtension> upsertMaps(String accountId, JsonNode body) {
        String groupId = ConnectNowRequests.required(body, "extensionGroupId");
        IntegrationPackInstance instance = packs.instanceByGroupId(accountId, groupId).orElseThrow(() ->
                ConnectNowException.notFound("No integration pack instance or instance process with id " + groupId + "."));
        JsonNode maps = body.get("Maps");
        if (maps == null || !maps.isArray()) {
            throw ConnectNowException.badRequest("Maps is required: a list of maps as getExtendedMapsForInstalledIPack returns them.");
        }
        return Views.list(extensions.upsertMaps(accountId, instance, ConnectNowRequests.optional(body, "environmentId"), maps));
    }

    Extensions.OAuth2Url oauth2Url(String accountId, JsonNode body) {
        String connectionId = ConnectNowRequests.required(body, "connectionId");
        String fieldId = ConnectNowRequests.required(body, "fieldId");
        Optional<String> environmentId = ConnectNowRequests.optional(body, "environmentId");
        Optional<String> groupId = ConnectNowRequests.optional(body, "extensionGroupId");
        List<IntegrationPackInstance> candidates = groupId
                .map(id -> packs.instanceByGroupId(accountId, id).map(List::of).orElseThrow(() ->
                        ConnectNowException.notFound("No integration pack instance or instance process with id " + id + ".")))
                .orElseGet(() -> packs.instances(accountId));
        return extensions.oauth2Url(accountId, connectionId, fieldId, environmentId, groupId, candidates);
    }

    private IntegrationPackInstance instance(String accountId, JsonNode body) {
        IntegrationPackInstance instance = packService.instance(accountId, ConnectNowRequests.required(body, "id"));
        PackService.checkInstallType(body, "@type", instance);
        return instance;
    }
}
