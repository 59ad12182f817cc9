package dev.boomiemulator.platform.component;

import com.fasterxml.jackson.databind.JsonNode;
import dev.boomiemulator.platform.BulkGet;
import dev.boomiemulator.platform.PlatformException;
import dev.boomiemulator.platform.packagedcomponent.PackagedComponent;
import dev.boomiemulator.platform.packagedcomponent.PackagedComponentRepository;
import dev.boomiemulator.platform.query.QueryEngine;
import dev.boomiemulator.platform.query.QueryResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;

/**
 * What components reference, as the component XML says: {@code ComponentReference} (where a component is used and
 * what it uses) and {@code PackagedComponentManifest} (the components a package carries: its component at the
 * packaged version, and what that version references, at their current versions).
 */
public final class ComponentReferenceService {
    private final ComponentReferences references;
    private final ComponentRepository components;
    private final PackagedComponentRepository packages;
    private final QueryEngine queries;

    public ComponentReferenceService(DSLContext dsl, QueryEngine queries) {
        this.references = new ComponentReferences(dsl);
        this.components = new ComponentRepository(dsl);
        this.packages = new PackagedComponentRepository(dsl);
        this.queries = queries;
    }

    /** {@code componentId} or {@code componentId~branchId} (the emulator has one branch: the id is what counts). */
    Map<String, Object> reference(String accountId, String componentIdAndBranch) {
        int tilde = componentIdAndBranch.indexOf('~');
        String componentId = tilde < 0 ? componentIdAndBranch : componentIdAndBranch.substring(0, tilde);
        var rows = references.involving(accountId, componentId);
        if (rows.isEmpty()) {
            // the document: no children and no parents is a 400, not an empty 200
            throw PlatformException.badRequest("Component " + componentId + " has no component references.");
        }
        return ComponentReferences.wrap(rows);
    }

    QueryResult query(String accountId, JsonNode body) {
        return queries.query(ComponentReferences.QUERY, accountId, body);
    }

    QueryResult queryMore(String accountId, String token) {
        return queries.queryMore(ComponentReferences.QUERY, accountId, token);
    }

    BulkGet.BulkResult bulk(String accountId, JsonNode body) {
        return BulkGet.run(body, id -> reference(accountId, id));
    }

    Map<String, Object> manifest(String accountId, String packageId) {
        PackagedComponent pkg = packages.find(accountId, packageId)
                .orElseThrow(() -> PlatformException.notFound("PackagedComponent", packageId));
        int version = pkg.version();
        List<Map<String, Object>> info = new ArrayList<>();
        info.add(componentInfo(pkg.componentId(), version));
        for (String child : references.children(accountId, pkg.componentId(), version)) {
            components.find(accountId, child, null).ifPresent(found -> info.add(componentInfo(child, found.version())));
        }
        Map<String, Object> manifest = new LinkedHashMap<>();
        manifest.put("@type", "PackagedComponentManifest");
        manifest.put("packageId", packageId);
        manifest.put("componentInfo", info);
        return manifest;
    }

    BulkGet.BulkResult manifests(String accountId, JsonNode body) {
        return BulkGet.run(body, id -> manifest(accountId, id));
    }

    private static Map<String, Object> componentInfo(String id, int version) {
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("@type", "ComponentInfo");
        info.put("id", id);
        info.put("version", version);
        return info;
    }
}
