package dev.boomiemulator.platform.packagedcomponent;

import com.fasterxml.jackson.databind.JsonNode;
import dev.boomiemulator.common.EmulatorClock;
import dev.boomiemulator.common.IdGenerator;
import dev.boomiemulator.common.JsonFields;
import dev.boomiemulator.db.Transactions;
import dev.boomiemulator.domain.process.ProcessSummary;
import dev.boomiemulator.domain.process.RuntimeRepository;
import dev.boomiemulator.platform.BulkGet;
import dev.boomiemulator.platform.PlatformException;
import dev.boomiemulator.platform.query.QueryEngine;
import dev.boomiemulator.platform.query.QueryResult;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * The rules of packaging: the component must exist in the account, its version must be one it has had
 * (absent or {@code ""} means the current one), and a packageVersion is unique per component (a
 * duplicate is a 400). Without a packageVersion one is made from the component version ({@code 3.0},
 * then {@code 3.1}, ...).
 */
public final class PackagedComponentService {
    private final PackagedComponentRepository packages;
    private final RuntimeRepository runtime;
    private final QueryEngine queries;
    private final IdGenerator ids;
    private final EmulatorClock clock;
    private final Transactions transactions;

    public PackagedComponentService(PackagedComponentRepository packages, RuntimeRepository runtime, QueryEngine queries,
                                    IdGenerator ids, EmulatorClock clock, Transactions transactions) {
        this.transactions = transactions;
        this.packages = packages;
        this.runtime = runtime;
        this.queries = queries;
        this.ids = ids;
        this.clock = clock;
    }

    /** What a new package is made of; null fields take their defaults. */
    public record Request(String componentId, Integer componentVersion, boolean versionAsText, String componentType,
                          String packageVersion, String notes, Boolean shareable) {
        public static Request of(JsonNode body) {
            JsonNode version = body.get("componentVersion");
            return new Request(
                    JsonFields.text(body, "componentId").orElse(null),
                    JsonFields.integer(body, "componentVersion").map(Long::intValue).orElse(null),
                    version != null && version.isTextual(),
                    JsonFields.text(body, "componentType").orElse(null),
                    JsonFields.text(body, "packageVersion").orElse(null),
                    JsonFields.text(body, "notes").orElse(null),
                    JsonFields.bool(body, "shareable").orElse(null));
        }
    }

    public PackagedComponent create(String accountId, String user, JsonNode body) {
        return create(accountId, user, Request.of(body));
    }

    public PackagedComponent create(String accountId, String user, Request request) {
        return transactions.write(accountId, () -> {
            if (request.componentId() == null) {
                throw PlatformException.badRequest("componentId is required.");
            }
            ProcessSummary component = runtime.process(accountId, request.componentId()).orElseThrow(() ->
                    PlatformException.badRequest("Component " + request.componentId() + " does not exist in account "
                            + accountId + "."));
            if (request.componentType() != null && !request.componentType().equalsIgnoreCase("process")) {
                throw PlatformException.badRequest("Component " + component.id() + " is a process, not a "
                        + request.componentType() + ".");
            }
            int version = Optional.ofNullable(request.componentVersion()).orElse(component.currentVersion());
            if (version < 1 || version > component.currentVersion()) {
                throw PlatformException.badRequest("Component " + component.id() + " has no version " + version
                        + "; its versions are 1 to " + component.currentVersion() + ".");
            }
            String packageVersion = request.packageVersion() != null ? request.packageVersion()
                    : nextPackageVersion(accountId, component.id(), version);
            packages.findVersion(accountId, component.id(), packageVersion).ifPresent(existing -> {
                throw PlatformException.badRequest("A packaged component with packageVersion '" + packageVersion
                        + "' already exists for component " + component.id() + " (package " + existing.packageId()
                        + "): duplicate packageVersion.");
            });
            PackagedComponent pkg = new PackagedComponent(ids.uuid(), packageVersion, component.id(),
                    request.versionAsText() ? String.valueOf(version) : version, "process", clock.instant(), user,
                    request.notes(), Boolean.TRUE.equals(request.shareable()), false, null);
            packages.insert(accountId, pkg);
            return pkg;
        });
    }

    /**
     * Deletes a package version: it stays readable, {@code deleted: true}, and can no longer be deployed. A package an
     * active deployment uses cannot be deleted (the real service's "in use"); deleting one twice is a 400.
     */
    public void delete(String accountId, String packageId) {
        transactions.write(accountId, () -> {
            PackagedComponent pkg = get(accountId, packageId);
            if (pkg.deleted()) {
                throw PlatformException.badRequest("PackagedComponent " + packageId + " is already deleted.");
            }
            if (packages.isDeployed(accountId, packageId)) {
                throw PlatformException.badRequest("PackagedComponent " + packageId + " is in use: it is deployed. "
                        + "Undeploy it (DELETE its DeployedPackage) first.");
            }
            packages.markDeleted(accountId, packageId);
        });
    }

    public PackagedComponent get(String accountId, String packageId) {
        return packages.find(accountId, packageId).orElseThrow(() -> PlatformException.notFound("PackagedComponent", packageId));
    }

    public Optional<PackagedComponent> find(String accountId, String packageId) {
        return packages.find(accountId, packageId);
    }

    public QueryResult query(String accountId, JsonNode body) {
        return queries.query(PackagedComponentRepository.QUERY, accountId, body);
    }

    public QueryResult queryMore(String accountId, String token) {
        return queries.queryMore(PackagedComponentRepository.QUERY, accountId, token);
    }

    public BulkGet.BulkResult bulk(String accountId, JsonNode body) {
        return BulkGet.run(body, id -> get(accountId, id));
    }

    /**
     * The first {@code version.minor} the component's packages do not use yet, from one read of those starting
     * {@code version.}: asked one candidate at a time, the 1,000th package of a component version read 1,000 times
     * (25 creates a second once a few thousand packages of one component were made).
     */
    private String nextPackageVersion(String accountId, String componentId, int version) {
        String prefix = version + ".";
        Set<String> taken = new HashSet<>(packages.packageVersionsStartingWith(accountId, componentId, prefix));
        for (int minor = 0; ; minor++) {
            String candidate = prefix + minor;
            if (!taken.contains(candidate)) {
                return candidate;
            }
        }
    }
}
